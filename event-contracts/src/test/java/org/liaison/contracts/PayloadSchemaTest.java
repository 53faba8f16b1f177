package org.liaison.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The payload records and the published JSON Schemas describe the same documents. */
class PayloadSchemaTest {

    private static JsonSchema schema(String name) throws Exception {
        try (InputStream in = PayloadSchemaTest.class.getResourceAsStream("/schemas/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void organizationStateSatisfiesItsSchema() throws Exception {
        var state = new OrganizationState(UUID.randomUUID(), 2, "negotiation_body",
                "هيئة التفاوض السورية", "Syrian Negotiation Commission");
        JsonNode json = EventJson.mapper().valueToTree(state);
        assertEquals(Set.of(), schema("organization-state.schema.json").validate(json));
    }

    @Test
    void aFullOrganizationStateSatisfiesItsSchema() throws Exception {
        var state = new OrganizationState(UUID.randomUUID(), 3, "office",
                "مكتب التنسيق والعلاقات العامة المحلية والدولية",
                null, List.of(),
                List.of(new OtherName("مكتب التنسيق والعلاقات المحلية والدولية للعلويين", null, null, "headline")),
                UUID.randomUUID(), "office_of", "SY", null, List.of("روحي", "مدني", "علاقات عامة"),
                List.of("اللامركزية الموسعة", "بناء ثقافة ديمقراطية", "تمكين المرأة"), 4,
                List.of(), PartialDate.parse("2024"), null, true, List.of(new Identifier(null, "A-1")),
                List.of(new Link("https://example.org", null)),
                List.of(new Source("نورث بالس", null, PartialDate.parse("2023-01"), null),
                        new Source(null, null, null, "no outlet named",
                                "تشكيل مكتب التنسيق والعلاقات المحلية والدولية للعلويين: الأهداف والرؤية",
                                "لتحقيق أربعة مبادئ أساسية", LocalDate.of(2026, 12, 6), "ar")), UUID.randomUUID());
        JsonNode json = EventJson.mapper().valueToTree(state);
        assertEquals(Set.of(), schema("organization-state.schema.json").validate(json));
        assertEquals("2023-01", json.at("/sources/0/publishedOn").asText());
        assertEquals(4, json.get("principlesStatedCount").asInt());
        assertEquals("2026-12-06", json.at("/sources/1/accessedOn").asText());
        assertTrue(json.at("/sources/1/publisher").isNull());
        ((ObjectNode) json.at("/sources/1")).putNull("title");
        assertFalse(schema("organization-state.schema.json").validate(json).isEmpty(),
                "a source needs a url, a publisher or a title");
        ((ObjectNode) json.at("/sources/1")).put("title", "عنوان").put("quote", "ق".repeat(1001));
        assertFalse(schema("organization-state.schema.json").validate(json).isEmpty(), "a quote is at most 1,000");
        ((ObjectNode) json.at("/sources/1")).put("quote", "ق");
        ((ObjectNode) json).put("country", "Syria");
        assertFalse(schema("organization-state.schema.json").validate(json).isEmpty());
    }

    @Test
    void instrumentStateSatisfiesItsSchema() throws Exception {
        var state = new InstrumentState(InstrumentState.aggregateId("cedaw"), 1, "cedaw", "convention",
                "اتفاقية القضاء على جميع أشكال التمييز ضد المرأة (سيداو)",
                "Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)", 1979,
                List.of("سيداو"), List.of("CEDAW"));
        JsonNode json = EventJson.mapper().valueToTree(state);
        assertEquals(Set.of(), schema("instrument-state.schema.json").validate(json));
        assertEquals(InstrumentState.aggregateId("cedaw"), UUID.fromString(json.get("id").asText()));
        ((ObjectNode) json).put("kind", "treaty");
        assertFalse(schema("instrument-state.schema.json").validate(json).isEmpty());
    }

    @Test
    void anOrganizationCitesInstrumentsInItsState() throws Exception {
        var state = new OrganizationState(UUID.randomUUID(), 1, "office",
                "مكتب التنسيق والعلاقات العامة المحلية والدولية", null, List.of(), List.of(), null, null, "SY", null,
                List.of(), List.of(), null, List.of(), null, null, true, List.of(), List.of(), List.of(), null,
                List.of("unsc-1325", "cedaw"));
        JsonNode json = EventJson.mapper().valueToTree(state);
        assertEquals(Set.of(), schema("organization-state.schema.json").validate(json));
        assertEquals("cedaw", json.at("/instruments/1").asText());
        ((ObjectNode) json).putArray("instruments").add("");
        assertFalse(schema("organization-state.schema.json").validate(json).isEmpty());
    }

    @Test
    void documentStateSatisfiesItsSchema() throws Exception {
        UUID office = UUID.randomUUID();
        var file = new DocumentState(UUID.randomUUID(), 1, "ورقة عمل مكتب العلاقات", "working_paper", "ar",
                LocalDate.of(2023, 3, 1), "ورقة-عمل.pdf", "application/pdf", 2048L, "ab".repeat(32), null,
                List.of(UUID.randomUUID()), List.of(), true, List.of(office), office, Instant.now());
        JsonNode json = EventJson.mapper().valueToTree(file);
        assertEquals(Set.of(), schema("document-state.schema.json").validate(json));
        var link = new DocumentState(UUID.randomUUID(), 1, "البيان الختامي", "final_statement", null, null, null,
                null, null, null, "https://example.org/statement", List.of(), List.of(UUID.randomUUID()), false,
                List.of(), null, Instant.now());
        assertEquals(Set.of(), schema("document-state.schema.json").validate(EventJson.mapper().valueToTree(link)));
        ((ObjectNode) json).put("url", "https://example.org/also");
        assertFalse(schema("document-state.schema.json").validate(json).isEmpty(), "a file or a link, not both");
        ((ObjectNode) json).putNull("url").put("kind", "report");
        assertFalse(schema("document-state.schema.json").validate(json).isEmpty());
        ((ObjectNode) json).put("kind", "minutes").put("sha256", "not-a-hash");
        assertFalse(schema("document-state.schema.json").validate(json).isEmpty());
    }

    @Test
    void meetingStateSatisfiesItsSchema() throws Exception {
        var state = new MeetingState(UUID.randomUUID(), 0, "expanded_meeting",
                "اجتماع موسع مع مديري منظمات المجتمع المدني السوري", null,
                PartialDate.parse("2024-06-10"), UUID.randomUUID(), false, List.of());
        JsonNode json = EventJson.mapper().valueToTree(state);
        assertEquals(Set.of(), schema("meeting-state.schema.json").validate(json));
        assertEquals("2024-06-10", json.get("date").asText());
    }

    @Test
    void aFullMeetingStateSatisfiesItsSchema() throws Exception {
        UUID snc = UUID.randomUUID();
        var state = new MeetingState(UUID.randomUUID(), 2, "meeting_with_envoys", "held",
                "اجتماع موسع مع المبعوثين الدوليين", "Expanded meeting with envoys", PartialDate.parse("2024-06-11"),
                "غداً الثلاثاء", LocalTime.of(10, 0), LocalTime.of(13, 30), "Asia/Damascus",
                new MeetingState.MeetingPlace("باريس", "Paris", "FR", "معهد العالم العربي", "Arab World Institute",
                        "in_person"),
                snc, List.of(new MeetingState.MeetingParticipant(UUID.randomUUID(), UUID.randomUUID(), "بدر جاموس",
                        "speaker", snc, null),
                        new MeetingState.MeetingParticipant(null, UUID.randomUUID(), null, "envoy", null, "UN envoy")),
                List.of(new MeetingState.ParticipantGroup(150, "ممثلون عن 150 منظمة مدنية سورية",
                                "civil_society_organization"),
                        new MeetingState.ParticipantGroup(null, "عدد كبير من المبعوثين الدوليين الخاصين", null)),
                List.of(new MeetingState.AgendaItem("1", "تنسيق المواقف", "اتفق على اجتماع متابعة",
                        List.of("اجتماع متابعة")), new MeetingState.AgendaItem(null, "العملية السياسية", null, null)),
                List.of("العملية السياسية"), "ملخص", List.of("اجتماع متابعة"),
                UUID.randomUUID(), List.of("geneva-communique", "unsc-2118", "unsc-2254"), List.of(UUID.randomUUID()),
                List.of(new Source("هيئة التفاوض السورية", null, PartialDate.parse("2024-06-10"), null)),
                true, List.of(snc));
        JsonNode json = EventJson.mapper().valueToTree(state);
        assertEquals(Set.of(), schema("meeting-state.schema.json").validate(json));
        assertEquals("10:00", json.get("startTime").asText().substring(0, 5));
        assertEquals("unsc-2254", json.at("/instruments/2").asText());
        ((ObjectNode) json).put("status", "done");
        assertFalse(schema("meeting-state.schema.json").validate(json).isEmpty());
        ((ObjectNode) json).put("status", "held");
        ((ObjectNode) json.at("/participants/0")).put("role", "host");
        assertFalse(schema("meeting-state.schema.json").validate(json).isEmpty(), "roles are a closed list");
        ((ObjectNode) json.at("/participants/0")).put("role", "speaker");
        assertEquals("عدد كبير من المبعوثين الدوليين الخاصين", json.at("/unnamedParticipants/1/description").asText());
        assertTrue(json.at("/unnamedParticipants/1/count").isNull(), "a group the source does not count");
        assertEquals("تنسيق المواقف", json.at("/agenda/0/title").asText());
        ((ObjectNode) json.at("/unnamedParticipants/1")).putNull("description");
        assertFalse(schema("meeting-state.schema.json").validate(json).isEmpty(),
                "a group with neither a count nor a description says nothing");
    }

    @Test
    void recommendationStateSatisfiesItsSchema() throws Exception {
        UUID dfr = UUID.randomUUID();
        UUID evidence = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        var state = new RecommendationState(UUID.randomUUID(), 3, UUID.randomUUID(), 8, "8",
                "العمل على تطوير الحوار السوري-السوري، واعتباره الطريق الأمثل للحل السياسي.",
                "Develop the Syrian-Syrian dialogue as the path to a political solution.", List.of("dialogue"), dfr,
                List.of(), List.of("unsc-2254"), "adopted", List.of(
                new RecommendationState.Entry(UUID.randomUUID(), "status_change", "adopted", null, null, dfr,
                        List.of(), List.of(), Instant.parse("2023-01-08T09:00:00Z"), null, null, 0),
                new RecommendationState.Entry(evidence, "evidence", "adopted", PartialDate.parse("2023-03"), null, null,
                        List.of(meeting), List.of(), Instant.parse("2023-03-02T09:00:00Z")),
                new RecommendationState.Entry(UUID.randomUUID(), "evidence_retracted", "adopted", null,
                        "الاجتماع لم يتناول هذه التوصية", dfr, List.of(meeting), List.of(),
                        Instant.parse("2023-03-05T09:00:00Z"), evidence)),
                List.of(new RecommendationState.Link("carried_over_to", UUID.randomUUID())), 0,
                List.of(new RecommendationState.Action(UUID.randomUUID(), 2, "التواصل مع البرلمان الأوروبي", null, dfr,
                        PartialDate.parse("2023-09"), "in_progress", 30, 2)),
                List.of(indicator(dfr)));
        JsonNode json = EventJson.mapper().valueToTree(state);
        assertEquals(Set.of(), schema("recommendation-state.schema.json").validate(json));
        assertEquals("12.5", json.at("/indicators/0/measurements/0/value").asText());
        assertEquals("2023-06", json.at("/indicators/0/measurements/0/measuredOn").asText());
        assertTrue(json.at("/indicators/0/measurements/1/value").isNull(), "a withdrawal measures nothing");
        ((ObjectNode) json.at("/indicators/0/measurements/1")).put("value", 3);
        assertFalse(schema("recommendation-state.schema.json").validate(json).isEmpty(), "a withdrawal has no value");
        ((ObjectNode) json.at("/indicators/0/measurements/1")).putNull("value");
        ((ObjectNode) json.at("/indicators/0/measurements/0")).putNull("measuredOn");
        assertFalse(schema("recommendation-state.schema.json").validate(json).isEmpty(), "a measurement is dated");
        ((ObjectNode) json.at("/indicators/0/measurements/0")).put("measuredOn", "2023-06");
        ((ObjectNode) json.at("/indicators/0/measurements/0")).put("kind", "estimate");
        assertFalse(schema("recommendation-state.schema.json").validate(json).isEmpty(), "kinds are a closed list");
        ((ObjectNode) json.at("/indicators/0/measurements/0")).put("kind", "measurement");
        ((ObjectNode) json.at("/indicators/0")).put("baseline", "ten");
        assertFalse(schema("recommendation-state.schema.json").validate(json).isEmpty(), "a baseline is a number");
        ((ObjectNode) json.at("/indicators/0")).put("baseline", 10);
        assertEquals(Set.of(), schema("recommendation-state.schema.json").validate(json));
        assertEquals(0, json.at("/timeline/0/progress").asInt());
        assertTrue(json.at("/timeline/1/progress").isNull(), "evidence reports no progress");
        ((ObjectNode) json.at("/timeline/0")).put("progress", 101);
        assertFalse(schema("recommendation-state.schema.json").validate(json).isEmpty(), "progress is a percentage");
        ((ObjectNode) json.at("/timeline/0")).put("progress", 0);
        ((ObjectNode) json).put("progress", -1);
        assertFalse(schema("recommendation-state.schema.json").validate(json).isEmpty(), "progress is a percentage");
        ((ObjectNode) json).put("progress", 0);
        assertEquals("2023-09", json.at("/actions/0/dueDate").asText());
        ((ObjectNode) json.at("/actions/0")).put("status", "finished");
        assertFalse(schema("recommendation-state.schema.json").validate(json).isEmpty(), "action statuses are closed");
        ((ObjectNode) json.at("/actions/0")).put("status", "in_progress");
        ((ObjectNode) json.at("/actions/0")).put("weight", 0);
        assertFalse(schema("recommendation-state.schema.json").validate(json).isEmpty(), "a weight is at least 1");
        ((ObjectNode) json.at("/actions/0")).put("weight", 2);
        assertEquals(evidence.toString(), json.at("/timeline/2/retracts").asText());
        assertEquals(meeting.toString(), json.at("/timeline/1/meetings/0/meetingId").asText());
        // Evidence from a restricted meeting: a redacted reference, never its id.
        var hidden = new RecommendationState.Entry(UUID.randomUUID(), "evidence", "adopted", null, null, null,
                List.of(), List.of(), Instant.parse("2023-04-16T09:00:00Z"), null,
                List.of(RecommendationState.MeetingRef.hidden()));
        ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("timeline"))
                .add(EventJson.mapper().valueToTree(hidden));
        assertEquals(Set.of(), schema("recommendation-state.schema.json").validate(json));
        ((ObjectNode) json.at("/timeline/3/meetings/0")).put("meetingId", meeting.toString());
        assertFalse(schema("recommendation-state.schema.json").validate(json).isEmpty(),
                "a redacted reference has no id");
        ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("timeline")).remove(3);
        ((ObjectNode) json.at("/timeline/1")).put("kind", "rumour");
        assertFalse(schema("recommendation-state.schema.json").validate(json).isEmpty(), "kinds are a closed list");
        ((ObjectNode) json.at("/timeline/1")).put("kind", "evidence");
        ((ObjectNode) json.at("/timeline/1")).put("weight", 1);
        assertFalse(schema("recommendation-state.schema.json").validate(json).isEmpty(),
                "a field the schema does not describe means the schema is behind the record");
    }

    private static RecommendationState.Indicator indicator(UUID office) {
        UUID measured = UUID.randomUUID();
        return new RecommendationState.Indicator(UUID.randomUUID(), 1, "عدد اللقاءات مع البرلمانيين", null, "لقاء",
                new BigDecimal("4"), PartialDate.parse("2022"), new BigDecimal("20"), PartialDate.parse("2024"),
                List.of(new RecommendationState.Measurement(measured, "measurement", new BigDecimal("12.5"),
                                PartialDate.parse("2023-06"), "https://example.org/a", null, office,
                                Instant.parse("2023-07-01T09:00:00Z"), null),
                        new RecommendationState.Measurement(UUID.randomUUID(), "withdrawal", null, null, null,
                                "counted twice", office, Instant.parse("2023-07-02T09:00:00Z"), measured)));
    }

    @Test
    void anEventWrittenBeforeHeadlinesQuotesAndStatedCountsStillReads() throws Exception {
        String before = """
                {"id": "fb7ffafb-8f22-5d61-b963-98232a741737", "version": 1, "kind": "office",
                 "nameAr": "مكتب التنسيق والعلاقات العامة المحلية والدولية", "active": true,
                 "principles": ["اللامركزية الموسعة"],
                 "sources": [{"publisher": "نورث بالس", "url": null, "publishedOn": "2023-01", "note": null}]}""";
        OrganizationState state = EventJson.mapper().readValue(before, OrganizationState.class);
        assertNull(state.principlesStatedCount());
        assertEquals(new Source("نورث بالس", null, PartialDate.parse("2023-01"), null), state.sources().get(0));
        assertEquals(Set.of(), schema("organization-state.schema.json").validate(EventJson.mapper().readTree(before)));
    }

    /** The statement of article 004, quoted, and one paraphrased without a text in English. */
    @Test
    void statementStateSatisfiesItsSchema() throws Exception {
        UUID department = UUID.randomUUID();
        StatementState quoted = new StatementState(UUID.randomUUID(), 0, UUID.randomUUID(), UUID.randomUUID(),
                department, "بدران جيا كرد", "لابد من تطويره ليتناسب مع مستوى التطورات التي تواجهنا", null, true,
                List.of("العمل الدبلوماسي"), List.of(), List.of(new Source("نورث بالس", null, PartialDate.parse("2023"),
                null)), false, List.of(department));
        JsonNode json = EventJson.mapper().valueToTree(quoted);
        assertEquals(Set.of(), schema("statement-state.schema.json").validate(json));
        assertTrue(json.get("quoted").asBoolean());
        ((ObjectNode) json).putNull("textAr");
        assertFalse(schema("statement-state.schema.json").validate(json).isEmpty(), "a statement says something");
        ((ObjectNode) json).put("textAr", "x").putNull("speakerPersonId").putNull("speakerOrganizationId")
                .putNull("speakerName");
        assertFalse(schema("statement-state.schema.json").validate(json).isEmpty(), "somebody said it");
        ((ObjectNode) json).put("speakerName", "x").put("tone", "firm");
        assertFalse(schema("statement-state.schema.json").validate(json).isEmpty(),
                "a field the schema does not describe means the schema is behind the record");
    }

    /** Consumers replay old events (a read model rebuilt from the topic): agenda lines were plain texts then. */
    @Test
    void aMeetingEventWrittenBeforeAgendaItemsStillReads() throws Exception {
        String before = """
                {"id": "a24980bf-c09a-5e5c-85ef-787fc65034e9", "version": 0, "kind": "internal_meeting",
                 "status": "held", "titleAr": "اجتماع مكتب العلاقات العامة", "organizerId": "%s",
                 "unnamedParticipants": [{"count": 150, "description": "ممثلون عن 150 منظمة مدنية سورية"}],
                 "agenda": ["ورقة عمل مكتب العلاقات: هيكلية المكتب ومهامه"]}""".formatted(UUID.randomUUID());
        MeetingState state = EventJson.mapper().readValue(before, MeetingState.class);
        assertEquals(List.of(new MeetingState.AgendaItem(null, "ورقة عمل مكتب العلاقات: هيكلية المكتب ومهامه", null,
                List.of())), state.agenda());
        assertEquals(new MeetingState.ParticipantGroup(150, "ممثلون عن 150 منظمة مدنية سورية", null),
                state.unnamedParticipants().get(0));
    }

    @Test
    void schemaRefusesAStateWithoutItsIdentity() throws Exception {
        ObjectNode json = EventJson.mapper()
                .valueToTree(new OrganizationState(UUID.randomUUID(), 0, "council", "مسد", null));
        json.remove("id");
        Set<ValidationMessage> errors = schema("organization-state.schema.json").validate(json);
        assertFalse(errors.isEmpty());
    }
}
