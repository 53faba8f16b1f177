package org.liaison.faults;

import org.liaison.contracts.Topics;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.TestTokens;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * F9: writer A takes its outbox sequence number, then holds its transaction open for 2 s (a trigger sleeps in it)
 * while writer B commits a later one, which the relay publishes first. A's event must still be published and
 * applied: a relay reading "after the last sequence seen" would skip it for ever.
 */
final class CommitOrderGap extends Fault {

    private static final int ROUNDS = 3;

    CommitOrderGap() {
        super("F9",
                "commit-order gap: a create holds its outbox row uncommitted 2 s while a later one commits, under 10 "
                + "writes/s");
    }

    @Override
    void inject(FaultRun run) throws Exception {
        try (SleepingTrigger held = new SleepingTrigger(run.cluster, LiaisonTopology.ORGS, "fault_commit_order_gap",
                "after insert", "outbox_event", "for each row when (new.payload->>'nameEn' like 'fault F9 slow%')", 2);
             Load load = run.load(10)) {
            for (int round = 0; round < ROUNDS; round++) {
                oneRound(run, round);
            }
        }
    }

    private void oneRound(FaultRun run, int round) {
        UUID office = UUID.randomUUID();
        String token = TestTokens.editor(office);
        CompletableFuture<Ledger.Write> slow = CompletableFuture.supplyAsync(() ->
                create(run, office, token, "fault F9 slow " + round + " " + UUID.randomUUID()));
        awaitHeldTransaction(run);
        Ledger.Write fast = create(run, office, token, "fault F9 fast " + round + " " + UUID.randomUUID());
        Ledger.Write held = slow.join();
        if (!held.acknowledged() || !fast.acknowledged()) {
            run.problem("round " + round + ": the creates were answered " + held.status() + " and " + fast.status());
            return;
        }
        long heldSeq = outboxSeq(run, held.orgId());
        long fastSeq = outboxSeq(run, fast.orgId());
        run.expect(heldSeq < fastSeq, "round " + round + ": the held create's outbox row (seq " + heldSeq
                + ") was not taken before the later one's (seq " + fastSeq + "): no gap was made");
        run.expect(TopicLog.awaitKey(run.cluster.bootstrapServers(), Topics.ORGS, held.orgId().toString(), 1,
                Duration.ofSeconds(10)),
                "round " + round + ": the held create's event (seq " + heldSeq + ") was never published");
    }

    /** Waits until a backend of orgs is sleeping in the trigger: writer A holds its outbox row, uncommitted. */
    private static void awaitHeldTransaction(FaultRun run) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (Connection db = run.cluster.database(LiaisonTopology.ORGS); Statement sql = db.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (var rows = sql.executeQuery(
                        "select 1 from pg_stat_activity where datname = current_database() "
                                + "and wait_event = 'PgSleep'")) {
                    if (rows.next()) {
                        return;
                    }
                }
                Load.sleep(Duration.ofMillis(20));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Ledger.Write create(FaultRun run, UUID office, String token, String marker) {
        return Load.register(run.cluster, run.ledger(), office, token, "negotiation_body", "هيئة التفاوض السورية",
                marker);
    }

    private static long outboxSeq(FaultRun run, UUID aggregate) {
        try (Connection db = run.cluster.database(LiaisonTopology.ORGS);
             var sql = db.prepareStatement("select min(seq) from outbox_event where aggregate_id = ?")) {
            sql.setObject(1, aggregate);
            try (var rows = sql.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
