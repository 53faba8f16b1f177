package org.liaison.meetings.meeting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.RecommendationSetState;
import org.liaison.contracts.RecommendationState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.BadInput;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * H2: {@code advances} names recommendations a meeting is evidence for; recommendations-service adds it to their
 * timelines. An editor may name only recommendations its office (or an office below it) may report for, as this
 * service knows them from {@code recommendations.events}; anything else is refused here and writes nothing.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingAdvancesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OrganizationDirectory directory;

    @Test
    void h2_anEditorCannotAddEvidenceToAnotherOfficesRecommendation() throws Exception {
        UUID administration = UUID.randomUUID();
        UUID dfr = UUID.randomUUID();
        UUID snc = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            directory.apply(organization(administration, "الإدارة الذاتية لشمال وشرق سوريا", null));
            directory.apply(organization(dfr, "دائرة العلاقات الخارجية", administration));
            directory.apply(organization(snc, "هيئة التفاوض السورية", null));
        });
        // The Department's 2023 work plan, as recommendations-service publishes it.
        UUID set = UUID.randomUUID();
        UUID eight = UUID.randomUUID();
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            events.send(Topics.RECOMMENDATIONS, set.toString(), UUID.randomUUID().toString(),
                    EventTypes.RECOMMENDATION_SET_ADOPTED, "recommendation-set/" + set,
                    EventJson.mapper().writeValueAsString(new RecommendationSetState(set, 0, dfr, 2023, null, null,
                            "توصيات الاجتماع السنوي لدائرة العلاقات الخارجية: مخطط عمل 2023", null, List.of(),
                            List.of(new RecommendationSetState.Item(eight, 8, "8")))));
            events.send(Topics.RECOMMENDATIONS, eight.toString(), UUID.randomUUID().toString(),
                    EventTypes.RECOMMENDATION_ADDED, "recommendation/" + eight,
                    EventJson.mapper().writeValueAsString(new RecommendationState(eight, 0, set, 8, "8",
                            "العمل على تطوير الحوار السوري-السوري، واعتباره الطريق الأمثل للحل السياسي.", null,
                            List.of("dialogue"), null, List.of(), List.of(), "adopted", List.of(), List.of())));
        }
        // The Department's own editors may name it, once this service has heard of it.
        String own = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                        schedule(TestTokens.editor(dfr), null, dfr,
                                "الاجتماع السنوي لدائرة العلاقات الخارجية في الحسكة", eight),
                r -> r.statusCode() == 201).path("id");
        as(TestTokens.admin()).get("/meetings/" + own).then().body("advances", contains(eight.toString()));

        // Another office's editors may not: 403 naming the entry, and nothing is recorded.
        UUID refused = UUID.randomUUID();
        Response answer = schedule(TestTokens.editor(snc), refused, snc,
                "اجتماع موسع لهيئة التفاوض السورية مع مديري منظمات المجتمع المدني السوري", eight);
        BadInput.assertProblem(answer, 403);
        BadInput.assertNames(answer, "advances[0]");
        as(TestTokens.admin()).get("/meetings/" + refused).then().statusCode(404);

        // The Administration above the Department may, and so may an admin.
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.MEETINGS)) {
            String above = schedule(TestTokens.editor(administration), null, administration,
                    "اجتماع الإدارة الذاتية مع ممثلياتها في الخارج", eight).then().statusCode(201).extract().path("id");
            ConsumerRecord<String, String> record = topic.awaitKey(above, Duration.ofSeconds(15));
            assertEquals("editor", header(record, CloudEventHeaders.ACTOR_ROLE), "the event says what the actor was");
        }
        schedule(TestTokens.admin(), null, snc, "اجتماع موسع لهيئة التفاوض السورية مع المبعوثين الدوليين", eight)
                .then().statusCode(201);

        // An id this service has never heard of is 422.
        Response unknown = schedule(TestTokens.admin(), null, snc, "اجتماع موسع", UUID.randomUUID());
        BadInput.assertProblem(unknown, 422);
        BadInput.assertNames(unknown, "advances[0]");

        // Adding it later by PATCH is checked the same way; an edit that keeps what is there is not.
        String sncMeeting = schedule(TestTokens.editor(snc), null, snc, "اجتماع موسع لهيئة التفاوض السورية", null)
                .then().statusCode(201).extract().path("id");
        Response patched = patch(TestTokens.editor(snc), sncMeeting, "{\"advances\": [\"" + eight + "\"]}");
        BadInput.assertProblem(patched, 403);
        BadInput.assertNames(patched, "advances[0]");
        as(TestTokens.admin()).get("/meetings/" + sncMeeting).then().body("advances", equalTo(List.of()))
                .header("ETag", "\"0\"");
        // Recorded by the Department, organised by the Commission: the Commission's editors may still edit it.
        String recorded = schedule(TestTokens.editor(dfr), null, snc, "اجتماع موسع لهيئة التفاوض السورية مع المبعوثين",
                eight)
                .then().statusCode(201).extract().path("id");
        patch(TestTokens.editor(snc), recorded, "{\"titleEn\": \"Expanded meeting with envoys\"}").then()
                .statusCode(200)
                .body("advances", contains(eight.toString()));
    }

    private static OrganizationState organization(UUID id, String nameAr, UUID parent) {
        return new OrganizationState(id, 0, "department", nameAr, null, List.of(), List.of(), parent,
                parent == null ? null : "unit_of", "SY", null, List.of(), List.of(), List.of(), null, null, true,
                List.of(), List.of(), List.of(), null);
    }

    private static Response schedule(String token, UUID id, UUID organizer, String titleAr, UUID advances) {
        return as(token).contentType(ContentType.JSON).body("""
                        {%s"kind": "expanded_meeting", "status": "held", "titleAr": "%s", "date": "2024-06-10",
                         "organizerId": "%s"%s}"""
                        .formatted(id == null ? "" : "\"id\": \"" + id + "\", ", titleAr, organizer,
                        advances == null ? "" : ", \"advances\": [\"" + advances + "\"]"))
                .post("/meetings");
    }

    private static Response patch(String token, String id, String body) {
        String etag = as(TestTokens.admin()).get("/meetings/" + id).then().statusCode(200).extract().header("ETag");
        return as(token).contentType(ContentType.JSON).header("If-Match", etag).body(body).patch("/meetings/" + id);
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
