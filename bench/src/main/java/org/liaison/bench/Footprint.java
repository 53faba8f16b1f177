package org.liaison.bench;

import org.liaison.infra.testing.ServiceProcess;

/**
 * A Quarkus app's time from {@code java -jar} to {@code /q/health/ready} answering 200 ({@link ServiceProcess}), its
 * resident memory once the read workloads have run, and how it was started: a time to ready means little without
 * knowing what else was starting on the same cores.
 *
 * @param alone whether nothing else was starting at the same time
 */
record Footprint(String name, double startupSeconds, long rssMiB, String started, boolean alone) {

    static Footprint of(ServiceProcess process, String started, boolean alone) {
        return new Footprint(process.name, process.startupTime.toNanos() / 1e9, process.rssMiB(), started, alone);
    }
}
