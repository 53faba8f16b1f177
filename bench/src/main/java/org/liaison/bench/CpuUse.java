package org.liaison.bench;

import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CPU time each process of the system used over a workload, divided by the writes it answered: where a
 * create's cost goes (the service, the consumers, the broker, PostgreSQL, the load generator), to set beside
 * pgbench's whole transaction. Read from the operating system, so it counts JIT compilation and GC as well as the
 * work itself; on Linux it includes the children a process has reaped (PostgreSQL's sessions that ended, such as
 * pgbench's), which {@link ProcessHandle.Info#totalCpuDuration} leaves out.
 */
final class CpuUse {

    static final String POSTGRES = "postgres";
    /** The bench's own JVM: the load generator and the streams' client. */
    static final String BENCH = "bench (Gatling)";
    /** USER_HZ: /proc counts CPU time in these ticks a second on Linux. */
    static final long TICKS_PER_SECOND = 100;

    /** Each process (tree) by name: a service instance, "kafka", "postgres" (the postmaster and its sessions). */
    private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();
    private final Map<String, Duration> start;

    private CpuUse(Cluster cluster) {
        for (ServiceProcess instance : cluster.instances()) {
            ProcessHandle.of(instance.pid()).ifPresent(p -> processes.put(instance.name, p));
        }
        ProcessHandle.of(cluster.kafka.serverPid()).ifPresent(p -> processes.put("kafka", p));
        ProcessHandle.of(cluster.postgres.serverPid()).ifPresent(p -> processes.put(POSTGRES, p));
        start = sample();
    }

    /** Starts counting now. */
    static CpuUse from(Cluster cluster) {
        return new CpuUse(cluster);
    }

    /** @return milliseconds of CPU per write since {@link #from}, per process, and their sum under "total" */
    Map<String, Double> msPer(long writes) {
        Map<String, Double> perWrite = new LinkedHashMap<>();
        secondsSince().forEach((process, seconds) -> perWrite.put(process, seconds * 1000 / writes));
        perWrite.put("total", perWrite.values().stream().mapToDouble(Double::doubleValue).sum());
        return perWrite;
    }

    /** @return seconds of CPU each process used since {@link #from} */
    Map<String, Double> secondsSince() {
        Map<String, Double> used = new LinkedHashMap<>();
        sample().forEach((process, cpu) ->
                used.put(process, cpu.minus(start.getOrDefault(process, Duration.ZERO)).toNanos() / 1e9));
        return used;
    }

    private Map<String, Duration> sample() {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        processes.forEach((name, process) -> cpu.put(name, treeCpu(process)));
        // The bench's own JVM only: its descendants are the system's processes, counted above.
        cpu.put(BENCH, cpuOf(ProcessHandle.current()));
        return cpu;
    }

    private static Duration treeCpu(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).map(CpuUse::cpuOf)
                .reduce(reapedChildrenCpu(root.pid()), Duration::plus);
    }

    /**
     * The CPU time of the process's children that have ended and been waited for: fields cutime and cstime of
     * /proc/PID/stat; zero where there is no /proc.
     */
    static Duration reapedChildrenCpu(long pid) {
        return Duration.ofMillis(statTicks(Path.of("/proc", Long.toString(pid), "stat"), 16, 17)
                * 1000 / TICKS_PER_SECOND);
    }

    /**
     * The sum of fields of a /proc stat file (a process's or a thread's), numbered as proc(5) numbers them (utime is
     * 14, cutime 16): CPU times in USER_HZ ticks. Zero where the file cannot be read (no /proc, the thread ended).
     */
    static long statTicks(Path stat, int... fields) {
        try {
            String text = Files.readString(stat);
            // After the command name in parentheses (which may hold spaces), the state is field 3.
            String[] after = text.substring(text.lastIndexOf(')') + 2).split(" ");
            long ticks = 0;
            for (int field : fields) {
                ticks += Long.parseLong(after[field - 3]);
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Duration cpuOf(ProcessHandle process) {
        Optional<Duration> cpu = process.info().totalCpuDuration();
        return cpu.orElse(Duration.ZERO);
    }
}
