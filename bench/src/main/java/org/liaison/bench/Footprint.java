package org.liaison.bench;

import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.ServiceProcess;

import java.util.List;

/**
 * A Quarkus app's time from {@code java -jar} to {@code /q/health/ready} answering 200 ({@link ServiceProcess}), its
 * resident memory once the read workloads have run, and how it was started: a time to ready means little without
 * knowing what else was starting on the same cores.
 *
 * @param heapMiB     its -Xmx
 * @param peakRssMiB  the most it was resident since it started (VmHWM), read with {@code rssMiB}
 * @param alone       whether nothing else was starting at the same time
 */
record Footprint(String name, double startupSeconds, int heapMiB, long rssMiB, long peakRssMiB, String started,
                 boolean alone) {

    static Footprint of(ServiceProcess process, String started, boolean alone) {
        return new Footprint(process.name, process.startupTime.toNanos() / 1e9, process.heapMiB, process.rssMiB(),
                process.peakRssMiB(), started, alone);
    }

    /**
     * A service's peak resident memory (the kernel's VmHWM: the most since its process started, so read after a
     * workload it covers that workload and all before it, in the same process) beside its heap limit.
     */
    record Peak(String name, int heapMiB, long peakRssMiB) {

        /** Every service instance of the cluster now (a restarted one's peak starts again with its process). */
        static List<Peak> of(Cluster cluster) {
            return cluster.instances().stream().map(i -> new Peak(i.name, i.heapMiB, i.peakRssMiB())).toList();
        }
    }
}
