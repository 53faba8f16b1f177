package org.liaison.faults;

import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.InfraProcess;
import org.liaison.infra.testing.ServiceProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs faults one after another against one cluster: before each, the system must be quiet; after each, it must
 * recover within the fault's target and pass the oracle.
 */
final class FaultSuite {

    /** Every fault, in the order {@code ./liaison faults} runs them. */
    static final Map<String, Supplier<Fault>> FAULTS = faults();

    /** How long the suite waits for recovery before it calls a fault unrecovered. */
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(90);

    private static Map<String, Supplier<Fault>> faults() {
        Map<String, Supplier<Fault>> all = new LinkedHashMap<>();
        all.put("F1", BrokerDown::new);
        all.put("F2", ConsumerKilled::new);
        all.put("F3", Poison::new);
        all.put("F4", Duplicates::new);
        all.put("F5", DatabaseDown::new);
        all.put("F6", InstanceKilled::new);
        all.put("F7", BadInputUnderLoad::new);
        all.put("F8", RelayKilledBeforeMark::new);
        all.put("F9", CommitOrderGap::new);
        all.put("F10", StreamSubscribers::new);
        all.put("F11", ConsumerDatabaseRefusesWrites::new);
        return all;
    }

    private FaultSuite() {
    }

    /** The faults named (all when none is), with unknown names refused before anything starts. */
    static List<Fault> select(List<String> names) {
        List<String> wanted = names.isEmpty() ? List.copyOf(FAULTS.keySet())
                : names.stream().map(n -> n.trim().toUpperCase(Locale.ROOT)).filter(n -> !n.isEmpty()).toList();
        List<Fault> faults = new ArrayList<>();
        for (String name : wanted) {
            Supplier<Fault> fault = FAULTS.get(name);
            if (fault == null) {
                throw new IllegalArgumentException("no fault " + name + "; known: " + FAULTS.keySet());
            }
            faults.add(fault.get());
        }
        return faults;
    }

    static List<FaultResult> run(List<Fault> faults, Path workDirectory) {
        List<FaultResult> results = new ArrayList<>();
        long started = System.nanoTime();
        try (Cluster cluster = Cluster.start(workDirectory)) {
            log("cluster up in %d s: %s", Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                    cluster.instances().stream().map(i -> i.name + " " + i.baseUrl).toList());
            Oracle oracle = new Oracle(cluster);
            for (Fault fault : faults) {
                FaultResult result = runOne(fault, cluster, oracle);
                results.add(result);
                log("%s %s: acknowledged %d, lost %d, duplicate effects %d, recovery %s s%s", result.name(),
                        result.passed() ? "passed" : "FAILED", result.writesAcknowledged(), result.lost(),
                        result.duplicateEffects(),
                        result.recoverySeconds() == null ? "-"
                                : String.format(Locale.ROOT, "%.1f", result.recoverySeconds()),
                        result.problems().isEmpty() ? "" : "; " + String.join("; ", result.problems()));
            }
        }
        return results;
    }

    private static FaultResult runOne(Fault fault, Cluster cluster, Oracle oracle) {
        log("%s: %s", fault.name(), fault.description());
        FaultRun run = new FaultRun(fault.name(), cluster, oracle);
        long started = System.nanoTime();
        if (oracle.awaitRecovery(RECOVERY_LIMIT) == null) {
            run.problem("the system was not quiet before the fault (lag " + safeLag(oracle) + ")");
        }
        Map<String, Long> deadLettersBefore = oracle.deadLetterCounts();
        Duration recovery = null;
        List<String> regressions;
        try (VersionWatch watch = new VersionWatch(oracle)) {
            try {
                fault.inject(run);
            } catch (Exception | AssertionError e) {
                run.problem("the fault script failed: " + e);
                e.printStackTrace(System.out);
            }
            heal(cluster, run);
            recovery = oracle.awaitRecovery(RECOVERY_LIMIT);
            run.note("recovery: " + oracle.lastRecovery());
            regressions = watch.stop();
        }
        regressions.forEach(run::problem);
        if (recovery == null) {
            run.problem("not recovered within " + RECOVERY_LIMIT.toSeconds() + " s (lag " + safeLag(oracle) + ")");
        } else if (recovery.compareTo(fault.recoveryTarget()) > 0) {
            run.problem(String.format(Locale.ROOT, "recovered in %.1f s, over the %d s target",
                    recovery.toMillis() / 1000.0, fault.recoveryTarget().toSeconds()));
        }
        try {
            fault.afterRecovery(run);
        } catch (Exception | AssertionError e) {
            run.problem("the fault's own check failed: " + e);
            e.printStackTrace(System.out);
        }
        try {
            oracle.validEventsDeadLettered(deadLettersBefore).forEach(run::problem);
        } catch (Exception e) {
            run.problem("the dead-letter topics could not be read: " + e);
        }
        Oracle.Verdict verdict;
        try {
            verdict = oracle.check(run.ledger());
        } catch (Exception e) {
            verdict = new Oracle.Verdict(run.ledger().acknowledged().size(), 0, 0, List.of("the oracle failed: " + e));
        }
        run.note("answers to the client's writes: " + run.ledger().statusCounts());
        run.ledger().firstRefusals().forEach((status, body) -> run.note("first " + status + ": " + body));
        List<String> problems = new ArrayList<>(run.problems());
        problems.addAll(verdict.problems());
        Ledger ledger = run.ledger();
        boolean passed = problems.isEmpty() && verdict.lost() == 0 && verdict.duplicateEffects() == 0;
        return new FaultResult(fault.name(), fault.description(), ledger.all().size(), verdict.acknowledged(),
                ledger.count(w -> w.status() < 0), verdict.lost(), verdict.duplicateEffects(),
                recovery == null ? null : recovery.toMillis() / 1000.0, fault.recoveryTarget().toSeconds(),
                Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0, passed, problems, run.notes());
    }

    /**
     * A fault that failed half way may leave PostgreSQL or Kafka down or frozen, or an instance down: put them back so
     * that the next fault has a whole system.
     */
    private static void heal(Cluster cluster, FaultRun run) {
        for (InfraProcess infra : List.of(cluster.postgres, cluster.kafka)) {
            try {
                String restored = infra.restore();
                if (restored != null) {
                    run.problem(restored);
                }
            } catch (RuntimeException e) {
                run.problem("could not restore the infrastructure: " + e);
            }
        }
        for (ServiceProcess instance : cluster.instances()) {
            if (!instance.isAlive()) {
                run.problem(instance.name + " was left stopped by the fault; restarted");
                cluster.restart(instance.name);
            }
        }
    }

    private static String safeLag(Oracle oracle) {
        try {
            return oracle.lag().toString();
        } catch (RuntimeException e) {
            return "unknown: " + e.getMessage();
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[faults] " + format + "%n", args);
    }
}
