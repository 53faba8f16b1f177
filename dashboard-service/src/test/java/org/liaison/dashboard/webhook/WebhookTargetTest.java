package org.liaison.dashboard.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.infra.testing.TestTokens;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * M3 (security review): where a webhook may point. Private, shared, unique-local, loopback and link-local
 * addresses and ports other than 80 and 443 are refused unless the deployment's allow-list names them (the test
 * profile allows 127.0.0.1 and ::1 on any port, and nothing else); the delivery log names what went wrong in
 * general words, never the socket's.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class WebhookTargetTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final UUID office = UUID.randomUUID();
    private final String editor = TestTokens.editor(office);

    @Test
    void m3_privateSharedUniqueLocalLoopbackAndOtherPortsAreRefusedAtRegistration() {
        List<String> refused = List.of(
                "http://10.0.0.5:2375/containers/web/stop",
                "http://10.0.0.5/hook",
                "http://172.16.3.4/hook",
                "http://192.168.1.1/hook",
                "http://100.64.0.1/hook",
                "http://100.100.100.200/latest/meta-data",
                "http://[fd00:ec2::254]/latest/meta-data",
                "http://[fc00::1]/hook",
                "http://[fec0::1]/hook",
                "http://[::ffff:10.0.0.5]/hook",
                "http://127.0.0.2/hook",
                "http://198.18.0.1/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[fe80::1]/hook",
                "http://0.0.0.0/hook",
                "https://hooks.example.org:2375/hook",
                "http://hooks.example.org:8080/hook");
        for (String url : refused) {
            given().auth().oauth2(editor).contentType("application/json").body(Map.of("url", url)).post("/webhooks")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("status", equalTo(422)).body("errors.field", hasItem("url"));
        }
        given().auth().oauth2(editor).get("/webhooks").then().statusCode(200).body("total", equalTo(0));

        // An update is checked the same way, and a refused one changes nothing.
        String id = Hooks.create(editor, Map.of("url", "https://hooks.example.org/hook")).getString("id");
        given().auth().oauth2(editor).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("url", "http://192.168.1.1/hook", "subject", "meeting/*")).patch("/webhooks/" + id)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("url"));
        var unchanged = Hooks.get(editor, id);
        assertEquals("https://hooks.example.org/hook", unchanged.getString("url"));
        assertEquals(null, unchanged.getString("subject"));
        assertEquals(0, unchanged.getInt("version"));
        Hooks.delete(editor, id);
    }

    @Test
    void m3_theDeliveryLogSaysWhatWentWrongInGeneralWords() throws Exception {
        UUID org = UUID.randomUUID();
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        try (Receiver failing = new Receiver(0); SlowReceiver hanging = SlowReceiver.hanging();
             Publish publish = new Publish()) {
            failing.failAlways(true);
            String refusedId = Hooks.create(editor, Map.of("url", "http://127.0.0.1:" + closedPort + "/hook",
                    "organizationId", org.toString())).getString("id");
            String failingId = Hooks.create(editor, Map.of("url", failing.url(), "organizationId", org.toString()))
                    .getString("id");
            String hangingId = Hooks.create(editor, Map.of("url", hanging.url(), "organizationId", org.toString()))
                    .getString("id");

            publish.organization(org, "سجل التسليم");
            await().atMost(PATIENCE).until(() -> Hooks.attempts(editor, refusedId).size() >= 2
                    && Hooks.attempts(editor, failingId).size() >= 2
                    && !Hooks.attempts(editor, hangingId).isEmpty());
            assertErrors(refusedId, "connection refused");
            assertErrors(failingId, "HTTP 500");
            assertErrors(hangingId, "timeout");
            Map<String, Object> delivery = Hooks.deliveries(editor, refusedId).get(0);
            assertEquals("connection refused", delivery.get("lastError"));

            await().atMost(PATIENCE).until(() -> "paused".equals(Hooks.get(editor, refusedId).getString("status")));
            String reason = Hooks.get(editor, refusedId).getString("pausedReason");
            assertTrue(reason.endsWith("connection refused"), reason);
            for (String id : List.of(refusedId, failingId, hangingId)) {
                Hooks.delete(editor, id);
            }
        }
    }

    @Test
    void m3_anAttemptConnectsToTheAddressItCheckedAndKeepsTheNameForTheHostHeader() throws Exception {
        UUID org = UUID.randomUUID();
        String name = "hooks-" + UUID.randomUUID() + ".liaison.test";
        InetAddress allowed = InetAddress.getByName("127.0.0.1");
        InetAddress internal = InetAddress.getByName("127.0.0.2");
        try (SlowReceiver receiver = SlowReceiver.answeringAfter(Duration.ZERO, allowed, 0);
             SlowReceiver inside = SlowReceiver.answeringAfter(Duration.ZERO, internal, receiver.port());
             Publish publish = new Publish()) {
            // A name whose every look-up answers differently, as a rebinding DNS server would: first the allowed
            // address, then one the allow-list does not cover, and so on.
            FlippingResolver dns = new FlippingResolver(name, allowed, internal);
            QuarkusMock.installMockForType(dns, HostResolver.class);
            String id = Hooks.create(editor, Map.of("url", "http://" + name + ":" + receiver.port() + "/hook",
                    "organizationId", org.toString())).getString("id");

            String eventId = publish.organization(org, "إعادة الربط");
            await().atMost(PATIENCE).until(() -> receiver.eventIds().contains(eventId));
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertEquals("delivered", Hooks.deliveryOf(editor, id, eventId).get("status")));

            assertEquals(List.of(), inside.eventIds(), "the address that was refused is never connected to");
            assertEquals(name + ":" + receiver.port(), receiver.hosts().get(0), "the Host header keeps the name");
            List<Map<String, Object>> attempts = Hooks.attempts(editor, id);
            assertEquals(List.of("not sent: the target is not allowed"),
                    attempts.stream().filter(a -> a.get("statusCode") == null).map(a -> a.get("error")).distinct()
                            .toList(),
                    () -> "" + attempts);
            assertEquals(1 + attempts.size(), dns.lookups.get(),
                    "one look-up at registration and one per attempt, none for the connection: " + attempts);
            Hooks.delete(editor, id);
        }
    }

    /** Answers {@code first}, {@code second}, {@code first}, ... for {@code name}; any other name as usual. */
    static final class FlippingResolver extends HostResolver {
        final AtomicInteger lookups = new AtomicInteger();
        private final String name;
        private final InetAddress first;
        private final InetAddress second;

        FlippingResolver(String name, InetAddress first, InetAddress second) {
            this.name = name;
            this.first = first;
            this.second = second;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            if (!host.equalsIgnoreCase(name)) {
                return super.resolve(host);
            }
            return new InetAddress[]{lookups.getAndIncrement() % 2 == 0 ? first : second};
        }
    }

    private void assertErrors(String hookId, String expected) {
        List<Map<String, Object>> attempts = Hooks.attempts(editor, hookId);
        Set<Object> errors = Set.copyOf(attempts.stream().map(a -> a.get("error")).toList());
        assertEquals(Set.of(expected), errors, () -> "attempts: " + attempts);
    }
}
