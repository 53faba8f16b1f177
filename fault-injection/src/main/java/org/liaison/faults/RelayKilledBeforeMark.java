package org.liaison.faults;

import org.liaison.contracts.Topics;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.util.UUID;

/**
 * F8: orgs-service's relay is SIGKILLed after the broker acknowledged an event and before the row was marked
 * published. A trigger holds the relay's mark for 5 s to open that window; the event is seen on the topic, the
 * service is killed inside the window, and the restarted relay publishes the event again, which every consumer
 * applies once.
 */
final class RelayKilledBeforeMark extends Fault {

    private static final int HOLD_SECONDS = 5;

    RelayKilledBeforeMark() {
        super("F8", "orgs-service SIGKILLed between the broker's ack of an event and the outbox mark, then restarted");
    }

    @Override
    void inject(FaultRun run) throws Exception {
        Ledger.Write write;
        try (SleepingTrigger hold = new SleepingTrigger(run.cluster, LiaisonTopology.ORGS, "fault_relay_mark",
                "before update", "outbox_event", "for each statement", HOLD_SECONDS)) {
            UUID office = UUID.randomUUID();
            write = Load.register(run.cluster, run.ledger(), office, TestTokens.editor(office),
                    "civil_society_organization", "بيتنا", "fault F8 " + UUID.randomUUID());
            if (!write.acknowledged()) {
                run.problem("the create was answered " + write.status());
                return;
            }
            if (!awaitOnTopic(run, write.orgId(), 1, Duration.ofSeconds(HOLD_SECONDS - 1))) {
                run.problem("the event was not on orgs.events within " + (HOLD_SECONDS - 1)
                        + " s: nothing to kill between");
                return;
            }
            run.cluster.instance(LiaisonTopology.ORGS).kill();
        }
        long restarted = System.nanoTime();
        run.cluster.restart(LiaisonTopology.ORGS.name());
        run.note("orgs-service ready again " + ConsumerKilled.millisSince(restarted) + " ms after its restart");
        run.expect(awaitOnTopic(run, write.orgId(), 2, Duration.ofSeconds(15)),
                "the event of " + write.orgId()
                        + " was not published again after the relay was killed before its mark");
    }

    private static boolean awaitOnTopic(FaultRun run, UUID aggregate, int times, Duration within) {
        return TopicLog.awaitKey(run.cluster.bootstrapServers(), Topics.ORGS, aggregate.toString(), times, within);
    }
}
