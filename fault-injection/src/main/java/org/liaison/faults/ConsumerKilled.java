package org.liaison.faults;

import org.liaison.infra.LiaisonTopology;

import java.time.Duration;

/**
 * F2: under steady writes, meetings-service is SIGKILLed mid-batch and restarted, then recommendations-service is
 * stopped with SIGTERM and restarted. After the restarts every event has exactly one effect in each of them.
 */
final class ConsumerKilled extends Fault {

    ConsumerKilled() {
        super("F2", "a consumer SIGKILLed mid-batch, another stopped with SIGTERM, both restarted, under 20 writes/s");
    }

    @Override
    void inject(FaultRun run) {
        try (OffsetWatch offsets = new OffsetWatch(run.cluster); Load load = run.load(20)) {
            Load.sleep(Duration.ofSeconds(3));
            run.cluster.instance(LiaisonTopology.MEETINGS).kill();
            Load.sleep(Duration.ofSeconds(2));
            long restarted = System.nanoTime();
            run.cluster.restart(LiaisonTopology.MEETINGS.name());
            run.note("meetings-service SIGKILLed, ready again " + millisSince(restarted) + " ms after its restart");

            Load.sleep(Duration.ofSeconds(2));
            run.cluster.instance(LiaisonTopology.RECOMMENDATIONS).terminate();
            restarted = System.nanoTime();
            run.cluster.restart(LiaisonTopology.RECOMMENDATIONS.name());
            run.note("recommendations-service stopped with SIGTERM, ready again " + millisSince(restarted)
                    + " ms after its restart");
            Load.sleep(Duration.ofSeconds(2));
            offsets.stop().forEach(run::problem);
        }
    }

    static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }
}
