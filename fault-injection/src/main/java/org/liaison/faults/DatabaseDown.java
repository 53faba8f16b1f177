package org.liaison.faults;

import org.liaison.infra.testing.InfraProcess;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * F5: under steady writes, PostgreSQL is stopped hard (SIGKILL of the postmaster) and started again 15 s later on
 * the same port and data directory. Meanwhile every write is answered at once with a 503 problem that says when to
 * retry (Retry-After), never a 500 and never a hang past the client's timeout; the connection pools recover by
 * themselves; the client's retries with the same Idempotency-Key create nothing twice (the oracle counts).
 */
final class DatabaseDown extends Fault {

    static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final int WRITES_PER_SECOND = 10;

    DatabaseDown() {
        super("F5", "PostgreSQL SIGKILLed (postmaster) and restarted 15 s later, under 10 writes/s");
    }

    @Override
    void inject(FaultRun run) {
        InfraProcess postgres = run.cluster.postgres;
        long down = System.nanoTime();
        long up;
        try (Load load = run.load(WRITES_PER_SECOND)) {
            Load.sleep(Duration.ofSeconds(3));
            try (HealthWatch health = new HealthWatch(run.cluster.instances())) {
                down = System.nanoTime();
                postgres.kill();
                Load.sleep(OUTAGE.minus(Duration.ofNanos(System.nanoTime() - down)));
                long restarting = System.nanoTime();
                postgres.start();
                up = System.nanoTime();
                run.note(String.format(Locale.ROOT, "PostgreSQL down %.1f s, its restart took %.1f s",
                        (restarting - down) / 1e9, (up - restarting) / 1e9));
                // Writes go on until the pools are back: the first acknowledged write after the restart.
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (firstSuccessAfter(run, up).isEmpty() && System.nanoTime() < deadline) {
                    Load.sleep(Duration.ofMillis(200));
                }
                Load.sleep(Duration.ofSeconds(2));
                health.stop().forEach(line -> run.note("times from the SIGKILL: " + line));
            }
        } finally {
            String restored = postgres.restore();
            if (restored != null) {
                run.problem(restored + " (the fault script did not finish)");
            }
        }
        judge(run, down, up);
    }

    private static void judge(FaultRun run, long down, long up) {
        List<Ledger.Attempt> attempts = run.ledger().attempts();
        List<Ledger.Attempt> during = attempts.stream().filter(a -> a.sentBetween(down, up)).toList();
        Map<String, Long> answers = Ledger.summary(during, a -> true);
        run.note("writes sent while PostgreSQL was down: " + answers);
        run.expect(!during.isEmpty(), "no write was sent while PostgreSQL was down");
        Map<String, Long> wrong = Ledger.summary(during, a -> !a.success()
                && !(a.status() == 503 && a.retryAfter() && a.problemJson()));
        run.expect(wrong.isEmpty(), "while PostgreSQL was down, writes were answered other than 503 problem+json with"
                + " Retry-After: " + wrong);
        long hangs = attempts.stream().filter(Ledger.Attempt::timedOut).count();
        run.expect(hangs == 0, hangs + " writes got no answer within the client's " + Api.TIMEOUT.toSeconds() + " s");
        OptionalLong slowest503 = during.stream().filter(a -> a.status() == 503).mapToLong(Ledger.Attempt::tookMillis)
                .max();
        double average503 = during.stream().filter(a -> a.status() == 503).mapToLong(Ledger.Attempt::tookMillis)
                .average().orElse(0);
        slowest503.ifPresent(ms -> run.note(String.format(Locale.ROOT,
                "a 503 came after %.0f ms on average, %d ms at most", average503, ms)));
        OptionalLong first = firstSuccessAfter(run, up);
        if (first.isEmpty()) {
            run.problem("no write was acknowledged within 20 s of PostgreSQL's restart: the pools did not recover");
        } else {
            run.note(String.format(Locale.ROOT, "first write acknowledged %.1f s after PostgreSQL was back",
                    (first.getAsLong() - up) / 1e9));
        }
        long retried = run.ledger().count(w -> w.kind() == Ledger.Kind.CREATE && w.attempts() > 1);
        run.note(retried + " creates were retried with their Idempotency-Key");
    }

    /** When the first write sent after {@code up} was acknowledged (nanoTime), if one was. */
    private static OptionalLong firstSuccessAfter(FaultRun run, long up) {
        return run.ledger().attempts().stream().filter(a -> a.success() && a.sentNanos() - up >= 0)
                .mapToLong(a -> a.sentNanos() + a.tookMillis() * 1_000_000).min();
    }
}
