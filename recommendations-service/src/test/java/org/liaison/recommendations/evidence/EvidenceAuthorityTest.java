package org.liaison.recommendations.evidence;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.recommendations.Fixtures.post;

/**
 * H2: a meeting's {@code advances} becomes evidence only on recommendations the office that wrote it may report for
 * (the recommendation's issuing, lead or supporting office, or an office above one of them; admins for any). The
 * meeting events come through the real broker with the actor extensions meetings-service sets.
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class EvidenceAuthorityTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    CloudEventProducer events;

    @BeforeEach
    void open() {
        events = new CloudEventProducer(bootstrapServers);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void h2_aMeetingAddsEvidenceOnlyToRecommendationsItsOfficeMayReportFor() {
        UUID administration = Fixtures.organization("الإدارة الذاتية لشمال وشرق سوريا", null);
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية", administration);
        UUID snc = Fixtures.organization("هيئة التفاوض السورية", null);
        String eight = Fixtures.recommendation(Fixtures.adopt(Fixtures.set(dfr, 2023, "8",
                "العمل على تطوير الحوار السوري-السوري، واعتباره الطريق الأمثل للحل السياسي.")), 8);
        List<UUID> advances = List.of(UUID.fromString(eight));

        // Another office's editors claim its expanded meeting advanced the Department's recommendation: refused.
        MeetingState sncMeeting = meeting(snc,
                "اجتماع موسع لهيئة التفاوض السورية مع مديري منظمات المجتمع المدني السوري", "2024-06-10", 0, advances);
        apply(sncMeeting, snc, "editor");
        // Its later edits, by whoever, do not add it either: the claim was decided when it was made.
        apply(withVersion(sncMeeting, 1), TestTokens.ADMIN_OFFICE, "admin");
        // A reader's token never writes a meeting; an event without an actor is nobody's claim.
        apply(meeting(snc,
                "اجتماع موسع لهيئة التفاوض السورية مع المبعوثين الدوليين الخاصين إلى سوريا "
                        + "ومديري منظمات المجتمع المدني",
                "2024-06-11", 0, advances), dfr, "reader");
        apply(meeting(snc, "اجتماع موسع", "2024-06-11", 0, advances), null, null);

        // The Department itself, the Administration above it, and an admin may.
        MeetingState own = meeting(dfr, "الاجتماع السنوي لدائرة العلاقات الخارجية في الحسكة", "2023-01", 0, advances);
        apply(own, dfr, "editor");
        MeetingState above = meeting(administration, "اجتماع الإدارة الذاتية مع ممثلياتها في الخارج", "2023-03", 0,
                advances);
        apply(above, administration, "editor");
        MeetingState admin = meeting(snc, "اجتماع موسع لهيئة التفاوض السورية مع المبعوثين الدوليين", "2023-05", 0,
                advances);
        apply(admin, TestTokens.ADMIN_OFFICE, "admin");

        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + eight + "/status").then().statusCode(200)
                .body("items.kind", contains("status_change", "evidence", "evidence", "evidence"))
                .body("items.findAll { it.kind == 'evidence' }.meetingIds.flatten()", containsInAnyOrder(
                        own.id().toString(), above.id().toString(), admin.id().toString()));
    }

    @Test
    void h2_evidenceDoesNotCountTowardTheTimelineCap() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية", null);
        String six = Fixtures.recommendation(Fixtures.adopt(Fixtures.set(dfr, 2023, "6",
                "العمل على كسب المزيد من الدعم للمنطقة في إطار دعم جهود الاستقرار")), 6);
        // As many evidence entries as the whole cap (liaison.recommendations.timeline-max, 200).
        QuarkusTransaction.requiringNew()
                .run(() -> Arc.container().instance(EntityManager.class).get().createNativeQuery("""
                        insert into recommendation_timeline (id, recommendation_id, kind, status, date_text, date_start,
                                                             meeting_ids, recorded_at)
                        select gen_random_uuid(), ?1, 'evidence', 'adopted', '2023-02', date '2023-02-01',
                               array[gen_random_uuid()], now() from generate_series(1, 200)""")
                .setParameter(1, UUID.fromString(six)).executeUpdate());
        post(TestTokens.editor(dfr), "/recommendations/" + six + "/status",
                Map.of("status", "in_progress", "date", "2023-04"))
                .then().statusCode(201);
    }

    @Test
    void h2_aMeetingDated9999DoesNotPinTheReportStatus() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية", null);
        Response set = Fixtures.adopt(Fixtures.set(dfr, 2023, "5",
                "العمل على إنشاء محكمة دولية أو ذات طابع دولي في شمال وشرق سوريا لمحاكمة عناصر داعش"));
        String five = Fixtures.recommendation(set, 5);
        apply(meeting(dfr, "الاجتماع السنوي لدائرة العلاقات الخارجية في الحسكة", "9999-12-31", 0,
                List.of(UUID.fromString(five))), dfr, "editor");
        post(TestTokens.editor(dfr), "/recommendations/" + five + "/status",
                Map.of("status", "in_progress", "date", "2023-06"))
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/reports/" + dfr + "/2023").then()
                .statusCode(200)
                .body("recommendations[0].timeline.kind", contains("status_change", "status_change", "evidence"))
                .body("recommendations[0].status", equalTo("in_progress"))
                .body("recommendations[0].lastChangeDate", equalTo("2023-06"))
                .body("countsByStatus.in_progress", equalTo(1)).body("countsByStatus.adopted", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + five).then()
                .body("status", equalTo("in_progress"));
    }

    @Test
    void h2_ownersRetractEvidenceWithATimelineEntryAndAnEvent() {
        UUID administration = Fixtures.organization("الإدارة الذاتية لشمال وشرق سوريا", null);
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية", administration);
        UUID snc = Fixtures.organization("هيئة التفاوض السورية", null);
        Response set = Fixtures.adopt(Fixtures.set(dfr, 2023, "2",
                "تطوير الدبلوماسية المجتمعية كوظيفة استراتيجية ومأسسة العمل"));
        String two = Fixtures.recommendation(set, 2);
        MeetingState meeting = meeting(administration, "اجتماع الإدارة الذاتية مع ممثلياتها في الخارج", "2023-03", 0,
                List.of(UUID.fromString(two)));
        apply(meeting, administration, "editor");
        String evidence = given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + two + "/status")
                .then().body("items[1].kind", equalTo("evidence")).body("items[1].retracted", equalTo(false))
                .extract().path("items[1].id");
        String adoption = given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + two + "/status")
                .then().extract().path("items[0].id");
        String retraction = "/recommendations/" + two + "/evidence/" + evidence + "/retraction";

        // Not an owner: 403; a reader: 403; not evidence: 409; no such entry: 404. None writes anything.
        post(TestTokens.editor(snc), retraction, Map.of()).then().statusCode(403)
                .contentType("application/problem+json");
        post(TestTokens.reader(dfr), retraction, Map.of()).then().statusCode(403);
        post(TestTokens.editor(dfr), "/recommendations/" + two + "/evidence/" + adoption + "/retraction", Map.of())
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("entryId"));
        post(TestTokens.editor(dfr), "/recommendations/" + two + "/evidence/" + UUID.randomUUID() + "/retraction",
                Map.of())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + two + "/status").then()
                .body("items", hasSize(2));

        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RECOMMENDATIONS)) {
            post(TestTokens.editor(dfr), retraction, Map.of("note", "الاجتماع لم يتناول هذه التوصية"))
                    .then().statusCode(201).body("kind", equalTo("evidence_retracted"))
                    .body("retracts", equalTo(evidence))
                    .body("status", equalTo("adopted")).body("reportedBy.id", equalTo(dfr.toString()))
                    .body("meetingIds", contains(meeting.id().toString()));
            ConsumerRecord<String, String> record = topic.await(r -> two.equals(r.key())
                            && EventTypes.RECOMMENDATION_EVIDENCE_RETRACTED.equals(header(r, CloudEventHeaders.TYPE)),
                    "recommendation.evidence-retracted", Duration.ofSeconds(20));
            assertEquals(dfr.toString(), header(record, CloudEventHeaders.ACTOR_OFFICE));
        }
        post(TestTokens.editor(dfr), retraction, Map.of()).then().statusCode(409);
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/recommendations/" + two + "/status").then()
                .body("items.kind", contains("status_change", "evidence", "evidence_retracted"))
                .body("items[1].retracted", equalTo(true));
        // The meeting no longer counts as evidence in the report; its event again adds nothing.
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023").then()
                .body("recommendations[0].evidence", hasSize(0));
        apply(withVersion(meeting, 1), administration, "editor");
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/" + two + "/status").then()
                .body("items", hasSize(3));
    }

    /** Sends the meeting's event as meetings-service would for a request of {@code office} with {@code role}. */
    private void apply(MeetingState state, UUID office, String role) {
        Map<String, String> actor = new HashMap<>();
        if (office != null) {
            actor.put(CloudEventHeaders.ACTOR_OFFICE, office.toString());
            actor.put(CloudEventHeaders.ACTOR_SUBJECT, role + "@" + office);
            actor.put(CloudEventHeaders.ACTOR_ROLE, role);
        }
        try {
            events.send(Topics.MEETINGS, state.id().toString(), UUID.randomUUID().toString(),
                    state.version() == 0 ? EventTypes.MEETING_SCHEDULED : EventTypes.MEETING_UPDATED,
                    "meeting/" + state.id(), EventJson.mapper().writeValueAsString(state), actor);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        // The directory row and the evidence are written in one transaction: once one shows, so does the other.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/directory/meetings/" + state.id()).then().statusCode(200)
                .body("version", equalTo((int) state.version())));
    }

    static MeetingState meeting(UUID organizer, String titleAr, String date, long version, List<UUID> advances) {
        return new MeetingState(UUID.randomUUID(), version, "expanded_meeting", "held", titleAr, null,
                PartialDate.parse(date), null, null, null, null, null, organizer, List.of(), List.of(), List.of(),
                List.of(), null, List.of(), null, List.of(), advances, List.of(), false, List.of(organizer));
    }

    static MeetingState withVersion(MeetingState m, long version) {
        return new MeetingState(m.id(), version, m.kind(), m.status(), m.titleAr(), m.titleEn(), m.date(),
                m.dateAsWritten(), m.startTime(), m.endTime(), m.timeZone(), m.place(), m.organizerId(),
                m.participants(),
                m.unnamedParticipants(), m.agenda(), m.topics(), m.summary(), m.outcomes(), m.followUpOf(),
                m.instruments(), m.advances(), m.sources(), m.restricted(), m.parties());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
