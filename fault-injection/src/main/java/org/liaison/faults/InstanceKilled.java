package org.liaison.faults;

import org.liaison.infra.LiaisonTopology;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * F6: two instances of every service; under steady writes, orgs-service (whose relay may hold the outbox lease) and
 * meetings-service are SIGKILLed on instance 1. The second instances take over: the other relay publishes, the
 * consumer group rebalances without its committed offsets ever going back, and nothing is lost or applied twice.
 */
final class InstanceKilled extends Fault {

    private static final List<LiaisonTopology.Service> DOUBLED = List.of(LiaisonTopology.ORGS, LiaisonTopology.MEETINGS,
            LiaisonTopology.RECOMMENDATIONS, LiaisonTopology.DASHBOARD);

    InstanceKilled() {
        super("F6", "two instances of every service, instance 1 of orgs-service and meetings-service SIGKILLed under 20 writes/s");
    }

    @Override
    void inject(FaultRun run) {
        DOUBLED.stream().map(service -> CompletableFuture.runAsync(() -> run.cluster.startInstance(service, 2)))
                .toList().forEach(CompletableFuture::join);
        try (OffsetWatch offsets = new OffsetWatch(run.cluster)) {
            try (Load load = run.load(20)) {
                Load.sleep(Duration.ofSeconds(5));
                run.cluster.instance(LiaisonTopology.ORGS).kill();
                run.cluster.instance(LiaisonTopology.MEETINGS).kill();
                Load.sleep(Duration.ofSeconds(10));
            }
            run.cluster.restart(LiaisonTopology.ORGS.name());
            run.cluster.restart(LiaisonTopology.MEETINGS.name());
            Load.sleep(Duration.ofSeconds(2));
            offsets.stop().forEach(run::problem);
        } finally {
            DOUBLED.stream().map(service -> CompletableFuture.runAsync(() -> run.cluster.remove(service.name() + "#2")))
                    .toList().forEach(CompletableFuture::join);
        }
    }
}
