package org.liaison.meetings.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.meetings.model.Meeting;
import org.liaison.support.directory.OrganizationDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.meetings.MeetingFixture.admin;

/**
 * Every meeting of {@code sample-data/meetings.jsonl} goes through the API and comes back as the articles describe
 * it. The organisations of {@code organizations.jsonl} are put in the directory first; the meetings get fresh ids
 * (the shared database outlives one run) with their follow-up links kept.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class SampleMeetingsRoundTripTest {

    static final Path SAMPLE_DATA = Path.of("..", "sample-data");

    @Inject
    OrganizationDirectory directory;

    @Test
    void everySampleMeetingRoundTripsThroughTheApi() throws Exception {
        for (String line : Files.readAllLines(SAMPLE_DATA.resolve("organizations.jsonl"))) {
            JsonNode org = EventJson.mapper().readTree(line);
            QuarkusTransaction.requiringNew().run(() -> directory.apply(new OrganizationState(
                    UUID.fromString(org.get("id").asText()), 0, org.get("kind").asText(), org.get("nameAr").asText(),
                    org.path("nameEn").asText(null))));
        }
        Map<String, String> ids = new HashMap<>();
        Map<String, JsonNode> shown = new HashMap<>();
        List<String> lines = Files.readAllLines(SAMPLE_DATA.resolve("meetings.jsonl"));
        assertEquals(6, lines.size());
        for (String line : lines) {
            ObjectNode request = (ObjectNode) EventJson.mapper().readTree(line);
            String sampleId = request.get("id").asText();
            ids.put(sampleId, UUID.randomUUID().toString());
            request.put("id", ids.get(sampleId));
            if (request.has("followUpOf")) {
                request.put("followUpOf", ids.get(request.get("followUpOf").asText()));
            }
            admin().body(request.toString()).post("/meetings").then().statusCode(201);
            JsonNode view = EventJson.mapper().readTree(admin().get("/meetings/" + ids.get(sampleId))
                    .then().statusCode(200).extract().asString());
            assertShowsWhatWasSent(request, view);
            assertReadAsRowsAsAnEntity(UUID.fromString(ids.get(sampleId)));
            shown.put(sampleId, view);
        }

        JsonNode snc10 = shown.get("fd82903a-2691-5d79-bef7-a1f6759af154");
        assertEquals("2024-06-10", snc10.get("date").asText());
        assertEquals(List.of(), texts(snc10.get("dateWarnings")), "the date given and the one read agree");
        assertEquals(List.of("geneva-communique", "unsc-2118", "unsc-2254"), ids(snc10.get("instruments")));
        assertEquals("Syrian Memory", snc10.at("/participants/7/organization/nameEn").asText());
        assertEquals(11, snc10.get("participants").size());

        JsonNode snc11 = shown.get("096c1515-d7af-5059-8299-b08144749a58");
        assertEquals("2024-06-11", snc11.get("date").asText(), "«غداً الثلاثاء» read against 10 June 2024");
        assertEquals(ids.get("fd82903a-2691-5d79-bef7-a1f6759af154"), snc11.get("followUpOf").asText());
        assertTrue(snc11.at("/unnamedParticipants/0/count").isNull(), "«عدد كبير»: a group nobody counted");
        assertEquals("عدد كبير من المبعوثين والممثلين الدوليين الخاصين إلى سوريا",
                snc11.at("/unnamedParticipants/0/description").asText());

        JsonNode paris = shown.get("a6007b72-de04-537e-9857-52626e155b35");
        assertTrue(paris.get("date").isNull(), "«يوم الثلاثاء المقبل» without a publication date gives no day");
        assertFalse(paris.get("dateWarnings").isEmpty());
        assertEquals(150, paris.at("/unnamedParticipants/0/count").asInt());
        assertEquals("civil_society_organization", paris.at("/unnamedParticipants/0/organizationKind").asText());
        assertEquals(List.of("unsc-2254"), ids(paris.get("instruments")));
        // The page names no outlet: the source is its headline, not the initiative posing as publisher.
        assertTrue(paris.at("/sources/0/publisher").isNull());
        assertEquals("مبادرة “مدنية” تجمع فاعلين سوريين في فرنسا لبحث التطورات السورية",
                paris.at("/sources/0/title").asText());
        assertEquals("رئيس إدارة مبادرة «مدنية»", paris.at("/participants/0/note").asText());

        JsonNode hasakah = shown.get("791dfc39-f450-5d96-9dec-f2dabff70f82");
        assertEquals("2023", hasakah.get("date").asText(), "the year it reviewed 2022 as past and planned 2023 in");
        assertEquals("أمس السبت", hasakah.get("dateAsWritten").asText());
        assertTrue(hasakah.at("/sources/0/note").asText().contains("held in 2023"));
        assertEquals("نورث بالس", hasakah.at("/sources/0/publisher").asText());
        assertTrue(hasakah.at("/sources/0/note").asText().startsWith("North Pulse (نورث بالس)"));
        assertEquals(8, hasakah.get("outcomes").size());
        assertTrue(hasakah.at("/outcomes/2").asText().startsWith("٣- لحماية ثورة 19 تموز"));
        assertTrue(hasakah.at("/outcomes/2").asText().contains("ولإنهاء الاحتلال التركي وهجماته"));
        assertEquals(List.of("بدران جيا كرد", "ممثليات الإدارة الذاتية في الخارج", "المجلس التنفيذي", "هيئة الصحة",
                "هيئة التربية", "هيئة البلديات", "هيئة الثقافة"), participants(hasakah));
        assertTrue(hasakah.get("summary").asText().contains("والجامعات"),
                "the universities are in the summary: none is named, so none is a record");
        assertEquals("ممثلون عن الجامعات", hasakah.at("/unnamedParticipants/0/description").asText(),
                "and a group of the participants");
        assertEquals("تم الخروج بجملة من التوصيات وتم تبنيها كمخطط عمل للعام 2023",
                hasakah.at("/agenda/2/result").asText());

        JsonNode qamishli = shown.get("a24980bf-c09a-5e5c-85ef-787fc65034e9");
        assertNull(qamishli.get("dateAsWritten").textValue());
        assertEquals("political_party", qamishli.at("/unnamedParticipants/0/organizationKind").asText(),
                "the SDC's member parties, which the article does not name, as a group");
        assertTrue(qamishli.at("/agenda/3/result").asText().contains("ستضاف لورقة العمل"));
        JsonNode conference = shown.get("3e80e274-b920-5172-b306-5903b9dd035d");
        assertEquals("planned", conference.get("status").asText());
        assertEquals(ids.get("a24980bf-c09a-5e5c-85ef-787fc65034e9"), conference.get("followUpOf").asText());
        assertTrue(conference.get("date").isNull(), "the article gives the conference no date");
        assertTrue(conference.get("place").isNull(), "nor a place");
        assertEquals("وهناك لجنة تحضيرية تعمل على عقد مؤتمر للقوى والشخصيات السورية المعارضة",
                conference.at("/sources/0/quote").asText());

        assertStatementsRoundTrip(ids);
    }

    /**
     * The statements of articles 001 and 004 go to their meetings (as loaded above) and show as sent: each the
     * article's own sentence, quoted only where the article quotes the speaker.
     */
    private static void assertStatementsRoundTrip(Map<String, String> meetingIds) throws Exception {
        Map<String, JsonNode> shown = new HashMap<>();
        for (String line : Files.readAllLines(SAMPLE_DATA.resolve("statements.jsonl"))) {
            ObjectNode request = (ObjectNode) EventJson.mapper().readTree(line);
            String sampleId = request.get("id").asText();
            String meeting = meetingIds.get(request.get("meetingId").asText());
            request.put("id", UUID.randomUUID().toString()).put("meetingId", meeting);
            JsonNode view = EventJson.mapper().readTree(admin().body(request.toString())
                    .post("/meetings/" + meeting + "/statements").then().statusCode(201).extract().asString());
            for (String field : List.of("speakerPersonId", "speakerOrganizationId", "speakerName", "textAr",
                    "quoted")) {
                assertEquals(request.get(field), view.get(field), field + " of " + sampleId);
            }
            assertEquals(request.at("/sources/0/quote"), view.at("/sources/0/quote"));
            assertFalse(view.get("speakerOrganization").get("nameAr").isNull(), "a known organisation");
            shown.put(sampleId, view);
        }
        assertEquals(13, shown.size());
        JsonNode briefing = shown.get("fdd2d756-0fa4-5bc2-86a0-6b37441b7034");
        assertFalse(briefing.get("quoted").asBoolean(), "article 001 tells what was said, it quotes nobody");
        assertEquals(List.of("geneva-communique", "unsc-2118", "unsc-2254"), ids(briefing.get("instruments")));
        long quoted = shown.values().stream().filter(v -> v.get("quoted").asBoolean()).count();
        assertEquals(1, quoted, "Badran Jia Kurd's words at the annual meeting are the one quote");
        List<String> jamous = given().auth().oauth2(TestTokens.admin())
                .get("/people/0c1e4a98-9697-5db2-92a2-15d1e37bae81/statements").then().statusCode(200).extract()
                .path("items.textAr");
        assertTrue(jamous.size() >= 3 && jamous.stream().anyMatch(t -> t.contains("إحاطة عامة")), jamous.toString());
    }

    /** Each entry of a list field is shown with every key it was sent with, as sent. */
    private static void assertEntriesShowWhatWasSent(String field, JsonNode sent, JsonNode view) {
        assertEquals(sent.size(), view.get(field).size(), field);
        for (int i = 0; i < sent.size(); i++) {
            JsonNode given = sent.get(i);
            for (Iterator<String> keys = given.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                assertEquals(given.get(key), view.at("/" + field + "/" + i + "/" + key), field + "[" + i + "]." + key);
            }
        }
    }

    /** Each participant as the article names it: the person, or else the organisation. */
    private static List<String> participants(JsonNode meeting) {
        List<String> names = new ArrayList<>();
        meeting.get("participants").forEach(p -> names.add(p.hasNonNull("personName") ? p.get("personName").asText()
                : p.at("/organization/nameAr").asText()));
        return names;
    }

    /** Search pages read meetings as plain rows ({@code MeetingRows}); they show as the entity does. */
    private void assertReadAsRowsAsAnEntity(UUID id) throws Exception {
        Function<UUID, OrganizationState> names = org -> directory.find(org).orElse(null);
        List<MeetingView> views = QuarkusTransaction.requiringNew().call(() -> List.of(
                MeetingView.of(Meeting.findById(id), names, true),
                MeetingView.of(Meeting.readOnly(List.of(id)).get(0), names, true)));
        assertEquals(EventJson.mapper().writeValueAsString(views.get(0)),
                EventJson.mapper().writeValueAsString(views.get(1)));
        assertEquals(views.get(0), views.get(1));
    }

    /** Each field the request gave is shown as given (instruments and dates are read, and checked above). */
    private static void assertShowsWhatWasSent(ObjectNode request, JsonNode view) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = request.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            switch (field.getKey()) {
                case "instruments" -> assertEquals(field.getValue().size(), view.get("instruments").size(),
                        "instruments");
                case "participants" -> {
                    assertEntriesShowWhatWasSent(field.getKey(), field.getValue(), view);
                    for (int i = 0; i < field.getValue().size(); i++) {
                        if (field.getValue().get(i).has("organizationId")) {
                            assertFalse(view.at("/participants/" + i + "/organization/nameAr").isNull());
                        }
                    }
                }
                // Entries the service completes (an agenda item's decisions, a group's kind): what was sent as sent.
                case "agenda", "unnamedParticipants" ->
                        assertEntriesShowWhatWasSent(field.getKey(), field.getValue(), view);
                case "place" -> field.getValue().fields().forEachRemaining(
                        e -> assertEquals(e.getValue(), view.get("place").get(e.getKey()), "place." + e.getKey()));
                case "sources" -> {
                    assertEquals(field.getValue().size(), view.get("sources").size());
                    field.getValue().get(0).fields().forEachRemaining(
                            e -> assertEquals(e.getValue(), view.at("/sources/0/" + e.getKey()),
                                    "sources." + e.getKey()));
                }
                default -> assertEquals(field.getValue(), view.get(field.getKey()), field.getKey());
            }
        }
    }

    private static List<String> ids(JsonNode instruments) {
        List<String> ids = new ArrayList<>();
        instruments.forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        ((ArrayNode) array).forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
