package org.liaison.meetings.meeting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.MeetingFixture.patch;
import static org.liaison.meetings.MeetingFixture.post;
import static org.liaison.meetings.MeetingFixture.schedule;
import static org.liaison.meetings.search.SearchFixture.ids;

/**
 * What a meeting looked like as the articles tell it: the expanded meeting of the Negotiation Commission with «عدد
 * كبير من المبعوثين الدوليين الخاصين» (a group nobody counted) and the representatives of 150 organisations (article
 * 001), and an agenda whose items have results and decisions, as OParl's agenda items do.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class GroupsAndAgendaItemsTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    MeetingFixture fixture;
    UUID snc;

    @BeforeEach
    void commission() {
        fixture = new MeetingFixture(directory, entityManager);
        snc = fixture.organization("هيئة التفاوض السورية " + UUID.randomUUID(), "Syrian Negotiation Commission");
    }

    @Test
    void aGroupMayGoUncountedAndSayWhatKindOfBodyItsMembersComeFrom() {
        String id = schedule(meeting("""
                "unnamedParticipants": [
                  {"description": "عدد كبير من المبعوثين الدوليين الخاصين"},
                  {"count": 150, "description": "ممثلون عن 150 منظمة مدنية سورية",
                   "organizationKind": "civil_society_organization"}]"""));
        admin().get("/meetings/" + id).then().statusCode(200)
                .body("unnamedParticipants[0].count", nullValue())
                .body("unnamedParticipants[0].description", equalTo("عدد كبير من المبعوثين الدوليين الخاصين"))
                .body("unnamedParticipants[1].count", equalTo(150))
                .body("unnamedParticipants[1].organizationKind", equalTo("civil_society_organization"));
        assertEquals("civil_society_organization",
                fixture.lastEventField(id, "{unnamedParticipants,1,organizationKind}"));
        assertEquals(null, fixture.lastEventField(id, "{unnamedParticipants,0,count}"));
        assertEquals(List.of(id), search("المبعوثين الدوليين"), "a group's description is searched");
    }

    @Test
    void attendanceCountsTheNamedOnceAndTheGroupsAsTheySay() {
        UUID baytna = fixture.organization("بيتنا " + UUID.randomUUID(), "Baytna");
        UUID womenNow = fixture.organization("النساء الآن من أجل التنمية " + UUID.randomUUID(),
                "Women Now for Development");
        String id = schedule(meeting("""
                "participants": [
                  {"organizationId": "%s", "role": "participant"},
                  {"personName": "أسعد العشي", "role": "speaker", "onBehalfOfId": "%s"},
                  {"personName": "لبنى القنواتي", "role": "speaker", "onBehalfOfId": "%s"},
                  {"personName": "لبنى القنواتي", "role": "participant"}],
                "unnamedParticipants": [
                  {"description": "عدد كبير من المبعوثين الدوليين الخاصين"},
                  {"count": 150, "description": "ممثلون عن 150 منظمة مدنية سورية",
                   "organizationKind": "civil_society_organization"}]""".formatted(baytna, baytna, womenNow)));
        admin().get("/meetings/" + id).then().statusCode(200)
                .body("attendance.organizations", equalTo(3)) // the commission, Baytna, Women Now
                .body("attendance.people", equalTo(2))
                .body("attendance.inGroups", equalTo(150))
                .body("attendance.groupsUncounted", equalTo(1));
    }

    @Test
    void aGroupThatSaysNothingOrNamesNoKindOfBodyIsRefusedAndNothingIsWritten() {
        Map<String, Long> before = counts(dataSource, "meeting", "outbox_event");
        post(meeting("\"unnamedParticipants\": [{\"count\": 3}, {\"organizationKind\": \"political_party\"}]"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("unnamedParticipants[1].described"));
        post(meeting("\"unnamedParticipants\": [{\"count\": 0, \"description\": \"أحزاب\"}]")).then()
                .statusCode(400).body("errors.field", hasItem("unnamedParticipants[0].count"));
        post(meeting("\"unnamedParticipants\": [{\"description\": \"أحزاب\", \"organizationKind\": \"tribe\"}]"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("unnamedParticipants[0].organizationKind"));
        assertUnchanged(before, counts(dataSource, "meeting", "outbox_event"));
    }

    @Test
    void agendaItemsCarryTheirResultAndDecisionsAndAreSearchedWithTheParticipantsNotes() {
        String id = schedule(meeting("""
                "participants": [{"organizationId": "%s", "personName": "بدر جاموس", "role": "chair",
                                  "note": "رحب بالمبعوثين وقدم إحاطة"}],
                "agenda": [{"number": "1", "title": "تطورات العملية السياسية",
                            "result": "التأكيد على القرار 2254 أساساً للحل",
                            "decisions": ["عقد اجتماع متابعة مع منظمات المجتمع المدني"]},
                           "دور المجتمع المدني"]""".formatted(snc)));
        admin().get("/meetings/" + id).then().statusCode(200)
                .body("agenda.title", contains("تطورات العملية السياسية", "دور المجتمع المدني"))
                .body("agenda[0].number", equalTo("1"))
                .body("agenda[0].decisions", contains("عقد اجتماع متابعة مع منظمات المجتمع المدني"))
                .body("agenda[1].number", nullValue()).body("agenda[1].result", nullValue())
                .body("agenda[1].decisions", empty());
        assertEquals("التأكيد على القرار 2254 أساساً للحل", fixture.lastEventField(id, "{agenda,0,result}"));
        assertEquals(List.of(id), search("اساسا للحل"), "an item's result is searched");
        assertEquals(List.of(id), search("اجتماع متابعه"), "a decision is searched");
        assertEquals(List.of(id), search("احاطه"), "a participant's note is searched");

        patch(id, "{\"agenda\": [{\"title\": \"دور المجتمع المدني\", \"result\": \"ورقة مشتركة\"}]}").then()
                .statusCode(200).body("agenda.title", contains("دور المجتمع المدني"))
                .body("agenda[0].result", equalTo("ورقة مشتركة"));
        assertEquals(List.of(), search("اساسا للحل"), "a removed item is no longer found");
        post(meeting("\"agenda\": [{\"number\": \"1\"}]")).then().statusCode(400)
                .body("errors.field", hasItem("agenda[0].title"));
    }

    private String meeting(String fields) {
        return """
                {"kind": "expanded_meeting", "titleAr": "اجتماع موسع لهيئة التفاوض السورية", "date": "2024-06-10",
                 "organizerId": "%s", %s}""".formatted(snc, fields);
    }

    private List<String> search(String q) {
        return ids(Map.of("q", q, "organization", snc.toString()));
    }
}
