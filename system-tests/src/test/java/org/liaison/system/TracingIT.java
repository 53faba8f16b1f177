package org.liaison.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.system.OtlpReceiver.Kind;
import org.liaison.system.OtlpReceiver.ReceivedSpan;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One request's trace across the services, as a collector receives it over OTLP: the caller's W3C traceparent is
 * the parent of orgs-service's request span; the relay's publish span of the event the request wrote is a child of
 * that request span (the context stored with the outbox row); and the apply spans of meetings-service's and
 * recommendations-service's consumers and dashboard-service's fan-out span are children of the publish span (named
 * on the Kafka record by ce_traceparent).
 */
class TracingIT {

    static LiaisonSystem system;

    @BeforeAll
    static void start() {
        system = LiaisonSystem.shared();
    }

    @Test
    void aRequestsTraceReachesEveryServiceThatAppliesItsEvent() {
        HexFormat hex = HexFormat.of();
        SecureRandom random = new SecureRandom();
        String traceId = hex.formatHex(random.generateSeed(16));
        String callerSpanId = hex.formatHex(random.generateSeed(8));

        String orgId = given().auth().oauth2(TestTokens.admin()).baseUri(system.orgs.baseUrl)
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .contentType(ContentType.JSON)
                .body("""
                        {"kind": "negotiation_body", "nameAr": "هيئة التفاوض السورية", \
                        "nameEn": "Syrian Negotiation Commission", "distinct": true}""")
                .post("/organizations").then().statusCode(201).extract().path("id");

        ReceivedSpan request = awaitSpan("orgs-service's request span", span -> span.traceId().equals(traceId)
                && span.service().equals("orgs-service") && span.kind() == Kind.SERVER);
        assertEquals(callerSpanId, request.parentSpanId(), "the caller's traceparent is the request's parent");

        ReceivedSpan publish = awaitSpan("orgs-service's publish span", span -> span.traceId().equals(traceId)
                && span.service().equals("orgs-service") && span.kind() == Kind.PRODUCER);
        assertEquals(request.spanId(), publish.parentSpanId(), "published in the context stored with the outbox row");
        assertEquals(orgId, publish.attributes().get("cloudevents.event_subject").replace("organization/", ""));

        for (String service : List.of("meetings-service", "recommendations-service", "dashboard-service")) {
            ReceivedSpan consumed = awaitSpan(service + "'s span for the event", span -> span.service().equals(service)
                    && span.kind() == Kind.CONSUMER && span.parentSpanId().equals(publish.spanId()));
            assertEquals(traceId, consumed.traceId(), service + " works on the event in the request's trace");
            assertEquals(publish.attributes().get("cloudevents.event_id"),
                    consumed.attributes().get("cloudevents.event_id"));
        }
    }

    private static ReceivedSpan awaitSpan(String what, Predicate<ReceivedSpan> match) {
        await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> find(match).isPresent());
        return find(match).orElseThrow();
    }

    private static Optional<ReceivedSpan> find(Predicate<ReceivedSpan> match) {
        return system.traces.spans().stream().filter(match).findFirst();
    }
}
