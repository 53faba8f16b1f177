package org.liaison.faults;

import org.liaison.infra.FileTrees;
import org.liaison.infra.InfraLogging;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./liaison faults [F2 F3 ...]}: starts a cluster of its own (free ports, a fresh directory under
 * {@code target/faults}), runs the faults named (all when none is), writes {@code target/faults/report.json} and
 * {@code report.md}, and exits 0 only if every fault passed (1 otherwise, 2 for an unknown fault).
 */
public final class FaultMain {

    private FaultMain() {
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        InfraLogging.configureConsole();
        List<Fault> faults;
        try {
            faults = FaultSuite.select(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<FaultResult> results = run(faults, reportDirectory());
        System.exit(results.stream().allMatch(FaultResult::passed) ? 0 : 1);
    }

    /** Runs the faults and writes the report into {@code directory}; the cluster's data is deleted afterwards. */
    static List<FaultResult> run(List<Fault> faults, Path directory) {
        Path work = directory.resolve("cluster");
        FileTrees.deleteQuietly(work);
        if (System.getProperty("liaison.logs") == null) {
            System.setProperty("liaison.logs", directory.resolve("logs").toString());
        }
        FileTrees.deleteQuietly(Path.of(System.getProperty("liaison.logs")));
        List<FaultResult> results = FaultSuite.run(faults, work);
        Report.write(directory, results);
        FileTrees.deleteQuietly(work);
        FaultSuite.log("report: %s", directory.resolve("report.md"));
        return results;
    }

    static Path reportDirectory() {
        return Path.of(System.getProperty("liaison.faults.report", "target/faults")).toAbsolutePath();
    }
}
