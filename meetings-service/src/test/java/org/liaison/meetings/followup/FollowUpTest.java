package org.liaison.meetings.followup;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.MeetingFixture.patch;
import static org.liaison.meetings.MeetingFixture.post;
import static org.liaison.meetings.MeetingFixture.schedule;

/** A follow-up names a recorded meeting, and the chain of follow-ups never loops. */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class FollowUpTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    UUID snc;

    @BeforeEach
    void organizer() {
        snc = new MeetingFixture(directory, entityManager).organization("هيئة التفاوض السورية", null);
    }

    @Test
    void aFollowUpOfARecordedMeetingIsKeptAndCountsItsNextDayFromIt() {
        String first = schedule(body(null, "\"date\": \"2024-06-10\""));
        String next = schedule(body(first, "\"dateAsWritten\": \"في اليوم التالي\""));
        admin().get("/meetings/" + next).then().body("followUpOf", equalTo(first)).body("date", equalTo("2024-06-11"));
    }

    @Test
    void refusesAFollowUpOfAnUnknownMeeting() {
        post(body(UUID.randomUUID().toString(), "\"date\": \"2024\"")).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("followUpOf"));
    }

    @Test
    void refusesLoops() {
        String a = schedule(body(null, "\"date\": \"2024\""));
        String b = schedule(body(a, "\"date\": \"2024\""));
        String c = schedule(body(b, "\"date\": \"2024\""));
        patch(a, "{\"followUpOf\": \"" + c + "\"}").then().statusCode(422).body("errors.field", hasItem("followUpOf"));
        patch(a, "{\"followUpOf\": \"" + a + "\"}").then().statusCode(422).body("errors.field", hasItem("followUpOf"));
        String own = UUID.randomUUID().toString();
        post(body(own, "\"id\": \"" + own + "\"")).then().statusCode(422).body("errors.field", hasItem("followUpOf"));
        admin().get("/meetings/" + a).then().body("followUpOf", equalTo(null)).body("version", equalTo(0));
    }

    /**
     * The Syrian Democratic Council's relations office records its meeting with the member parties; Baytna records
     * two restricted meetings, one announced as a follow-up of the office's meeting, one not. Whether a restricted
     * meeting follows up (directly or down its chain) another is one of its hidden details: the office, not taking
     * part, gets the same answer when it names either as what its own meeting follows up.
     */
    @Test
    void l3_theFollowUpCheckRevealsNothingOfARestrictedMeetingsHiddenChain() {
        MeetingFixture fixture = new MeetingFixture(directory, entityManager);
        UUID sdcOffice = fixture.organization("مكتب العلاقات العامة في مجلس سوريا الديمقراطية", null);
        UUID baytna = fixture.organization("بيتنا", "Baytna");
        String officeEditor = TestTokens.editor(sdcOffice);
        String members = scheduleAs(officeEditor, """
                {"kind": "internal_meeting", \
                "titleAr": "اجتماع مكتب العلاقات العامة في مجلس سوريا الديمقراطية مع الأحزاب الأعضاء في قامشلو",
                 "organizerId": "%s"}""".formatted(sdcOffice));
        String other = scheduleAs(officeEditor, """
                {"kind": "internal_meeting", "titleAr": "اجتماع اللجنة التحضيرية لمؤتمر قوى المعارضة السورية",
                 "organizerId": "%s"}""".formatted(sdcOffice));
        String following = scheduleAs(TestTokens.editor(baytna), """
                {"kind": "expanded_meeting", "titleAr": "اجتماع مغلق لبيتنا", "organizerId": "%s", "restricted": true,
                 "followUpOf": "%s"}""".formatted(baytna, members));
        String unrelated = scheduleAs(TestTokens.editor(baytna), """
                {"kind": "expanded_meeting", "titleAr": "اجتماع مغلق آخر لبيتنا", "organizerId": "%s", \
                "restricted": true}"""
                .formatted(baytna));

        var looping = asEditor(officeEditor, members, "{\"followUpOf\": \"" + following + "\"}");
        var plain = asEditor(officeEditor, other, "{\"followUpOf\": \"" + unrelated + "\"}");
        org.junit.jupiter.api.Assertions.assertEquals(plain.statusCode(), looping.statusCode(),
                () -> "a restricted meeting's chain shows through: " + looping.asString() + " vs " + plain.asString());
        org.junit.jupiter.api.Assertions.assertEquals(200, looping.statusCode(), looping.asString());
        // Whoever sees a restricted meeting's chain (its parties, admins) still cannot close a loop through it.
        String series = scheduleAs(officeEditor, """
                {"kind": "internal_meeting", "titleAr": "اجتماع مكتب العلاقات العامة مع الأحزاب والتشكيلات السياسية",
                 "organizerId": "%s"}""".formatted(sdcOffice));
        String hidden = scheduleAs(TestTokens.editor(baytna), """
                {"kind": "expanded_meeting", "titleAr": "اجتماع مغلق لبيتنا", "organizerId": "%s", "restricted": true,
                 "followUpOf": "%s"}""".formatted(baytna, series));
        asEditor(TestTokens.admin(), series, "{\"followUpOf\": \"" + hidden + "\"}").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("followUpOf"));
    }

    private static io.restassured.response.Response asEditor(String token, String id, String body) {
        String etag = admin().get("/meetings/" + id).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(token).contentType("application/json").header("If-Match", etag).body(body)
                .patch("/meetings/" + id);
    }

    private static String scheduleAs(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/meetings")
                .then().statusCode(201).extract().path("id");
    }

    private String body(String followUpOf, String more) {
        return """
                {"kind": "expanded_meeting", "titleAr": "اجتماع موسع", "organizerId": "%s", %s %s}"""
                .formatted(snc, followUpOf == null ? "" : "\"followUpOf\": \"" + followUpOf + "\",", more);
    }
}
