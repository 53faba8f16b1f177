package org.liaison.faults;

import org.liaison.infra.testing.InfraProcess;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * F1: under steady writes, the broker is SIGKILLed and started again 30 s later (same port, same log directory),
 * then frozen with SIGSTOP for 30 s and resumed. The writes keep being acknowledged meanwhile (they only reach
 * PostgreSQL: the outbox holds their events), and afterwards the relays publish the backlog and the consumers catch
 * up by themselves. What readiness said while the broker was away goes into the notes.
 */
final class BrokerDown extends Fault {

    static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final int WRITES_PER_SECOND = 10;

    BrokerDown() {
        super("F1",
                "the broker SIGKILLed for 30 s and restarted, then frozen (SIGSTOP) for 30 s and resumed, under 10 "
                + "writes/s");
    }

    @Override
    void inject(FaultRun run) {
        InfraProcess kafka = run.cluster.kafka;
        try {
            killed(run, kafka);
            Duration settled = run.oracle.awaitRecovery(Duration.ofSeconds(60));
            if (settled == null) {
                run.problem("not recovered within 60 s of the broker's restart (lag " + run.oracle.lag() + ")");
            } else {
                run.note(String.format(Locale.ROOT, "after the restart: recovered in %.1f s (%s)",
                        settled.toMillis() / 1000.0, run.oracle.lastRecovery()));
                if (settled.compareTo(recoveryTarget()) > 0) {
                    run.problem(String.format(Locale.ROOT,
                            "recovered from the broker's SIGKILL in %.1f s, over the %d s target",
                            settled.toMillis() / 1000.0, recoveryTarget().toSeconds()));
                }
            }
            frozen(run, kafka);
        } finally {
            String restored = kafka.restore();
            if (restored != null) {
                run.problem(restored + " (the fault script did not finish)");
            }
        }
    }

    /** SIGKILL, 30 s without a broker, start; returns with the broker up again and the writes stopped. */
    private static void killed(FaultRun run, InfraProcess kafka) {
        try (Load load = run.load(WRITES_PER_SECOND)) {
            Load.sleep(Duration.ofSeconds(3));
            long down = System.nanoTime();
            long up;
            try (HealthWatch health = new HealthWatch(run.cluster.instances())) {
                kafka.kill();
                Load.sleep(OUTAGE.minus(Duration.ofNanos(System.nanoTime() - down)));
                long restarting = System.nanoTime();
                kafka.start();
                up = System.nanoTime();
                run.note(String.format(Locale.ROOT, "SIGKILL: broker down %.1f s, its restart took %.1f s",
                        (restarting - down) / 1e9, (up - restarting) / 1e9));
                Load.sleep(Duration.ofSeconds(2));
                health.stop().forEach(line -> run.note("while killed (times from the SIGKILL): " + line));
            }
            writesWhileDown(run, "killed", down, up);
        }
    }

    /** SIGSTOP, 30 s frozen, SIGCONT; returns with the broker resumed and the writes stopped. */
    private static void frozen(FaultRun run, InfraProcess kafka) {
        try (Load load = run.load(WRITES_PER_SECOND)) {
            Load.sleep(Duration.ofSeconds(3));
            long stopped = System.nanoTime();
            long resumed;
            try (HealthWatch health = new HealthWatch(run.cluster.instances())) {
                kafka.pause(true);
                try {
                    Load.sleep(OUTAGE);
                } finally {
                    kafka.pause(false);
                }
                resumed = System.nanoTime();
                Load.sleep(Duration.ofSeconds(2));
                health.stop().forEach(line -> run.note("while frozen (times from the SIGSTOP): " + line));
            }
            writesWhileDown(run, "frozen", stopped, resumed);
        }
    }

    /** Every write sent while the broker was away must have been acknowledged: none of them needs it. */
    private static void writesWhileDown(FaultRun run, String how, long from, long to) {
        List<Ledger.Attempt> during = run.ledger().attempts().stream().filter(a -> a.sentBetween(from, to)).toList();
        Map<String, Long> answers = Ledger.summary(during, a -> true);
        long slowest = during.stream().mapToLong(Ledger.Attempt::tookMillis).max().orElse(0);
        run.note("writes sent while the broker was " + how + ": " + answers + ", slowest answer " + slowest + " ms");
        run.expect(!during.isEmpty(), "no write was sent while the broker was " + how);
        Map<String, Long> refused = Ledger.summary(during, a -> !a.success());
        run.expect(refused.isEmpty(),
                "writes sent while the broker was " + how + " were not all acknowledged: " + refused);
    }
}
