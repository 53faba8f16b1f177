package org.liaison.meetings.participation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.meetings.OrgsStub;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.MeetingFixture.patch;
import static org.liaison.meetings.MeetingFixture.post;
import static org.liaison.meetings.MeetingFixture.schedule;

/**
 * Participants name organisations of the directory (shown with their current names, merged ones stored as their
 * winner) and people as given; every participating organisation is a party, who sees a restricted meeting in full.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class ParticipantApiTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "liaison.orgs.url")
    String orgsUrl;

    /** orgs-service, which answers 404 for an organisation nobody registered. */
    OrgsStub orgs;

    @BeforeEach
    void startOrgs() {
        orgs = new OrgsStub(orgsUrl);
    }

    @AfterEach
    void stopOrgs() {
        orgs.close();
    }

    MeetingFixture fixture;
    UUID snc;
    UUID baytna;
    UUID coalition;

    @BeforeEach
    void organizations() {
        fixture = new MeetingFixture(directory, entityManager);
        snc = fixture.organization("هيئة التفاوض السورية", "Syrian Negotiation Commission");
        baytna = fixture.organization("بيتنا", "Baytna");
        coalition = fixture.organization("الائتلاف الوطني لقوى الثورة والمعارضة السورية", "National Coalition");
    }

    @Test
    void showsParticipantsWithTheirOrganisationsCurrentNamesAndPublishesThem() {
        UUID achi = UUID.randomUUID();
        String id = schedule(body(false, """
                [{"organizationId": "%s", "personId": "%s", "personName": "أسعد العشي", "role": "speaker", \
                "note": "المدير التنفيذي"},
                 {"personName": "مبعوث خاص", "role": "envoy"},
                 {"organizationId": "%s", "role": "participant", "onBehalfOfId": "%s"}]"""
                .formatted(baytna, achi, baytna, coalition)));
        admin().get("/meetings/" + id).then().statusCode(200)
                .body("participants.role", contains("speaker", "envoy", "participant"))
                .body("participants[0].organization.nameEn", equalTo("Baytna"))
                .body("participants[0].personId", equalTo(achi.toString()))
                .body("participants[1].organization", nullValue())
                .body("participants[2].onBehalfOf.nameEn", equalTo("National Coalition"));
        assertEquals("speaker", fixture.lastEventField(id, "{participants,0,role}"));
        assertEquals(coalition.toString(), fixture.lastEventField(id, "{participants,2,onBehalfOfId}"));
        String parties = fixture.lastEventField(id, "{parties}");
        assertTrue(parties.contains(baytna.toString()) && parties.contains(coalition.toString()), parties);
    }

    @Test
    void refusesAnUnknownOrganisationNamingTheEntryAndWritesNothing() {
        Map<String, Long> before = counts(dataSource, "meeting", "meeting_participant", "outbox_event");
        post(body(false, """
                [{"organizationId": "%s", "role": "speaker"}, {"organizationId": "%s", "role": "speaker"}]"""
                .formatted(baytna, UUID.randomUUID()))).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("participants[1].organizationId"));
        post(body(false, "[{\"organizationId\": \"%s\", \"role\": \"speaker\", \"onBehalfOfId\": \"%s\"}]"
                .formatted(baytna, UUID.randomUUID()))).then().statusCode(422)
                .body("errors.field", hasItem("participants[0].onBehalfOfId"));
        assertUnchanged(before, counts(dataSource, "meeting", "meeting_participant", "outbox_event"));
    }

    @Test
    void aMergedParticipantIsStoredAsItsWinner() {
        UUID duplicate = fixture.organization("بيتنا سوريا", null);
        QuarkusTransaction.requiringNew().run(() -> directory.apply(
                new OrganizationState(duplicate, 0, "civil_society_organization", "بيتنا سوريا", null)
                        .withMergedInto(baytna, 1)));
        String id = schedule(body(false, "[{\"organizationId\": \"%s\", \"role\": \"speaker\"}]".formatted(duplicate)));
        admin().get("/meetings/" + id).then().body("participants[0].organizationId", equalTo(baytna.toString()))
                .body("participants[0].organization.nameAr", equalTo("بيتنا"));
    }

    @Test
    void aPatchReplacesTheParticipantsAndAnEqualListChangesNothing() {
        String id = schedule(body(false, "[{\"organizationId\": \"%s\", \"role\": \"speaker\"}]".formatted(baytna)));
        admin().get("/meetings/" + id).then().body("version", equalTo(0));
        patch(id, "{\"participants\": [{\"organizationId\": \"%s\", \"role\": \"speaker\"}]}".formatted(baytna))
                .then().statusCode(200);
        assertEquals(List.of("meeting.scheduled 0"), fixture.events(id), "an equal list changes nothing");
        admin().get("/meetings/" + id).then().body("version", equalTo(0));
        patch(id, ("{\"participants\": [{\"organizationId\": \"%s\", \"role\": \"observer\"}, "
                + "{\"personName\": \"x\", \"role\": \"chair\"}]}")
                .formatted(coalition)).then().statusCode(200).body("version", equalTo(1))
                .body("participants.role", contains("observer", "chair"));
        patch(id, "{\"participants\": []}").then().statusCode(200).body("participants.size()", equalTo(0));
    }

    @Test
    void aRestrictedMeetingShowsItsDetailsToParticipatingOfficesOnly() {
        String id = schedule(body(true, "[{\"organizationId\": \"%s\", \"role\": \"speaker\"}]".formatted(baytna)));
        patch(id, "{\"agenda\": [\"تنسيق المواقف\"], \"summary\": \"ملخص\", \"outcomes\": [\"اجتماع متابعة\"], "
                + "\"place\": {\"cityAr\": \"جنيف\", \"country\": \"CH\"}, \"instruments\": [\"unsc-2254\"], "
                + "\"sources\": [{\"publisher\": \"هيئة التفاوض السورية\"}], \"dateAsWritten\": \"أمس\"}").then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.reader(baytna)).get("/meetings/" + id).then().statusCode(200)
                .body("redacted", equalTo(false)).body("summary", equalTo("ملخص"));
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/meetings/" + id).then().statusCode(200)
                .body("redacted", equalTo(true)).body("kind", equalTo("expanded_meeting"))
                .body("organizer.nameAr", equalTo("هيئة التفاوض السورية"))
                .body("participants", nullValue()).body("agenda", nullValue()).body("summary", nullValue())
                .body("outcomes", nullValue()).body("place", nullValue()).body("instruments", nullValue())
                .body("sources", nullValue()).body("dateAsWritten", nullValue())
                .body("unnamedParticipants", nullValue())
                .body("advances", nullValue()).body("topics", nullValue());
        // A participant is a party, not an owner: it sees the meeting but may not change it.
        given().auth().oauth2(TestTokens.editor(baytna)).contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"titleEn\": \"x\"}").patch("/meetings/" + id).then().statusCode(403);
    }

    private String body(boolean restricted, String participants) {
        return """
                {"kind": "expanded_meeting", "titleAr": "اجتماع موسع", "organizerId": "%s", "restricted": %s,
                 "participants": %s}""".formatted(snc, restricted, participants);
    }
}
