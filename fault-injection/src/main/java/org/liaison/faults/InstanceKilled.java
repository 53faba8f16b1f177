package org.liaison.faults;

import org.liaison.contracts.CloudEventHeaders;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * F6: two instances of every service; under steady writes, orgs-service (whose relay may hold the outbox lease),
 * meetings-service and dashboard-service (webhook consumer and sender) are SIGKILLed on instance 1. The second
 * instances take over: the other relay publishes, the consumer groups rebalance without their committed offsets ever
 * going back, nothing is lost or applied twice, and an office's webhook receives every organisation event once in
 * effect (a repeat only under the same {@code webhook-id}, which a Standard Webhooks receiver deduplicates by).
 */
final class InstanceKilled extends Fault {

    private static final List<LiaisonTopology.Service> DOUBLED = List.of(LiaisonTopology.ORGS, LiaisonTopology.MEETINGS,
            LiaisonTopology.RECOMMENDATIONS, LiaisonTopology.DASHBOARD);

    /**
     * How long after recovery the webhook may still be catching up: a delivery claimed by the killed instance comes
     * back when its lease runs out (twice the attempt timeout plus 5 s: 25 s by default).
     */
    private static final Duration DELIVERY_LIMIT = Duration.ofSeconds(40);
    private static final String WEBHOOK_TYPES = "organization.";

    private final UUID office = UUID.randomUUID();
    private WebhookReceiver receiver;
    private String webhookId;
    private Set<String> eventsBefore = Set.of();

    InstanceKilled() {
        super("F6", "two instances of every service, instance 1 of orgs-service, meetings-service and dashboard-service"
                + " SIGKILLed under 20 writes/s, with an office's webhook receiving organisation events");
    }

    @Override
    void inject(FaultRun run) throws Exception {
        subscribe(run);
        DOUBLED.stream().map(service -> CompletableFuture.runAsync(() -> run.cluster.startInstance(service, 2)))
                .toList().forEach(CompletableFuture::join);
        try (OffsetWatch offsets = new OffsetWatch(run.cluster)) {
            try (Load load = run.load(20)) {
                Load.sleep(Duration.ofSeconds(5));
                run.cluster.instance(LiaisonTopology.ORGS).kill();
                run.cluster.instance(LiaisonTopology.MEETINGS).kill();
                run.cluster.instance(LiaisonTopology.DASHBOARD).kill();
                Load.sleep(Duration.ofSeconds(10));
            }
            run.cluster.restart(LiaisonTopology.ORGS.name());
            run.cluster.restart(LiaisonTopology.MEETINGS.name());
            run.cluster.restart(LiaisonTopology.DASHBOARD.name());
            Load.sleep(Duration.ofSeconds(2));
            offsets.stop().forEach(run::problem);
        } finally {
            DOUBLED.stream().map(service -> CompletableFuture.runAsync(() -> run.cluster.remove(service.name() + "#2")))
                    .toList().forEach(CompletableFuture::join);
        }
    }

    /** The office's webhook for every organisation event, and the organisation events already on the topic. */
    private void subscribe(FaultRun run) throws Exception {
        receiver = new WebhookReceiver();
        String body = Api.JSON.writeValueAsString(Map.of("url", receiver.url(), "types", List.of(WEBHOOK_TYPES + "*")));
        Api.Answer created = Api.send("POST", run.cluster.url(LiaisonTopology.DASHBOARD) + "/webhooks",
                TestTokens.editor(office), body, null, null);
        if (created.status() != 201) {
            throw new IllegalStateException("the webhook was not created: " + created.status() + " " + created.body());
        }
        webhookId = created.body().path("id").asText();
        receiver.verifyWith(created.body().path("secret").asText());
        eventsBefore = organizationEvents(run);
    }

    @Override
    void afterRecovery(FaultRun run) throws Exception {
        if (receiver == null) {
            return;
        }
        try {
            Set<String> expected = organizationEvents(run);
            expected.removeAll(eventsBefore);
            long started = System.nanoTime();
            Map<String, WebhookReceiver.Arrivals> arrivals = receiver.arrivals();
            while (!arrivals.keySet().containsAll(expected) && System.nanoTime() - started < DELIVERY_LIMIT.toNanos()) {
                Load.sleep(Duration.ofMillis(200));
                arrivals = receiver.arrivals();
            }
            checkDeliveries(run, expected, arrivals, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            Api.send("DELETE", run.cluster.url(LiaisonTopology.DASHBOARD) + "/webhooks/" + webhookId,
                    TestTokens.editor(office), null, null, null);
            receiver.close();
        }
    }

    private void checkDeliveries(FaultRun run, Set<String> expected, Map<String, WebhookReceiver.Arrivals> arrivals,
                                 Duration waited) {
        Set<String> missing = expected.stream().filter(id -> !arrivals.containsKey(id)).collect(Collectors.toSet());
        long repeated = expected.stream().map(arrivals::get).filter(a -> a != null && a.times() > 1).count();
        Set<String> underTwoIds = expected.stream()
                .filter(id -> arrivals.containsKey(id) && !arrivals.get(id).sameWebhookId())
                .collect(Collectors.toSet());
        run.note(String.format(Locale.ROOT, "webhook: %d organisation events published during the fault, %d received"
                        + " (the last %.1f s after recovery), %d of them more than once under the same webhook-id",
                expected.size(), expected.size() - missing.size(), waited.toMillis() / 1000.0, repeated));
        run.expect(!expected.isEmpty(), "no organisation event was published while the webhook listened");
        run.expect(missing.isEmpty(), missing.size() + " organisation events never reached the webhook within "
                + DELIVERY_LIMIT.toSeconds() + " s of recovery, e.g. " + missing.stream().limit(3).toList());
        run.expect(underTwoIds.isEmpty(), underTwoIds.size() + " events reached the webhook under two webhook-ids"
                + " (a receiver would apply them twice), e.g. " + underTwoIds.stream().limit(3).toList());
        run.expect(receiver.unverified() == 0,
                receiver.unverified() + " webhook requests failed signature verification");
    }

    private static Set<String> organizationEvents(FaultRun run) {
        return TopicLog.readAll(run.cluster.bootstrapServers(), LiaisonTopology.ORGS.publishes().orElseThrow()).stream()
                .filter(r -> String.valueOf(TopicLog.header(r, CloudEventHeaders.TYPE)).startsWith(WEBHOOK_TYPES))
                .map(TopicLog::eventId).collect(Collectors.toSet());
    }
}
