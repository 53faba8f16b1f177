package org.liaison.meetings.intake;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Article intake within meetings-service: an article read into a draft kept for its office, a proposal that does
 * not hold refused whole, an accept that records the meeting and its statements once with the article as their
 * source. orgs-service does not run here (its URL answers nothing), so names are not matched and registering a new
 * organisation fails: system-tests' IntakeIT runs the whole flow with every service.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class IntakeApiTest {

    private static final String ARTICLE_004 = "004_55adaa63dcde96d2.txt";

    @Inject
    OrganizationDirectory directory;
    @Inject
    EntityManager entityManager;

    @Test
    void anArticleIsReadIntoADraftAndAProposalKeptForItsOffice() {
        UUID office = UUID.randomUUID();
        var created = editor(office).body(Map.of("text", seed(ARTICLE_004), "publisher", "نورث بالس"))
                .post("/intake/articles").then().statusCode(201)
                .header("Location", containsString("/intake/articles/"))
                .body("status", equalTo("draft"))
                .body("article.publisher", equalTo("نورث بالس"))
                .body("draft.meeting.kind", equalTo("annual_meeting"))
                .body("draft.meeting.place.nameAr", equalTo("الحسكة"))
                .body("draft.recommendations", hasSize(8))
                .body("draft.recommendations[2].numberAsWritten", equalTo("٣"))
                .body("draft.warnings", hasItem(OrgsDirectory.UNAVAILABLE))
                .body("draft", not(hasKey("empty")))
                .body("proposal.meeting.kind", equalTo("annual_meeting"))
                .body("proposal.meeting.place.cityAr", equalTo("الحسكة"))
                .body("proposal.meeting.quote", startsWith("عقدت دائرة العلاقات الخارجية"))
                .body("proposal.recommendations.items", hasSize(8))
                .extract();
        String id = created.path("id");
        editor(office).get("/intake/articles/" + id).then().statusCode(200).body("id", equalTo(id))
                .body("draft.meeting.kind", equalTo("annual_meeting"));
        editor(UUID.randomUUID()).get("/intake/articles/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader(office)).contentType(ContentType.JSON)
                .body(Map.of("text", "نص")).post("/intake/articles").then().statusCode(403);
    }

    @Test
    void acceptRecordsTheMeetingAndItsStatementOnceWithTheArticleAsSource() {
        UUID office = UUID.randomUUID();
        MeetingFixture fixture = new MeetingFixture(directory, entityManager);
        UUID department = fixture.organization("دائرة العلاقات الخارجية " + office.toString().substring(0, 8), null);
        String id = paste(office, seed(ARTICLE_004));
        Map<String, Object> accept = Map.of(
                "organizations", List.of(Map.of("key", "o0", "item", 0, "decision", "existing",
                        "id", department.toString())),
                "meeting", Map.of("kind", "annual_meeting", "status", "held",
                        "titleAr", "الاجتماع السنوي لدائرة العلاقات الخارجية", "date", "2023",
                        "dateAsWritten", "أمس السبت", "organizer", "o0",
                        "place", Map.of("cityAr", "الحسكة", "country", "SY"),
                        "unnamedParticipants", List.of(Map.of("description", "ممثليات الإدارة الذاتية في الخارج")),
                        "quote", "عقدت دائرة العلاقات الخارجية، أمس السبت اجتماعها السنوي في مدينة الحسكة"),
                "followUps", List.of(Map.of("kind", "conference", "status", "planned", "organizer", "o0",
                        "titleAr", "مؤتمر تحضره اللجنة التحضيرية")),
                "statements", List.of(Map.of("organization", "o0", "textAr", "تم الخروج بجملة من التوصيات")));

        var result = editor(office).body(accept).post("/intake/articles/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("accepted"))
                .body("organizations[0].outcome", equalTo("existing"))
                .body("meeting.outcome", equalTo("created"))
                .body("statements[0].outcome", equalTo("created"))
                .body("recommendationSet", nullValue())
                .extract();
        String meeting = result.path("meeting.id");
        editor(office).get("/meetings/" + meeting).then().statusCode(200)
                .body("organizerId", equalTo(department.toString()))
                .body("date", equalTo("2023"))
                .body("sources[0].publisher", equalTo("نورث بالس"))
                .body("sources[0].quote", startsWith("عقدت دائرة العلاقات الخارجية"))
                .body("sources[0].title", endsWith("وخرجت بجملة من التوصيات"));
        editor(office).get("/meetings/" + result.path("followUps[0].id")).then().statusCode(200)
                .body("followUpOf", equalTo(meeting)).body("status", equalTo("planned"));
        editor(office).get("/meetings/" + meeting + "/statements").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].sources[0].publisher", equalTo("نورث بالس"));

        // The same accept again answers the same result and records nothing more.
        editor(office).body(accept).post("/intake/articles/" + id + "/accept").then().statusCode(200)
                .body("meeting.id", equalTo(meeting))
                .body("statements[0].id", equalTo(result.path("statements[0].id")));
        editor(office).get("/meetings/" + meeting + "/statements").then().body("items", hasSize(1));
        editor(office).get("/intake/articles/" + id).then().body("status", equalTo("accepted"))
                .body("accepted.meeting.id", equalTo(meeting));
        // Another proposal once accepted is a conflict; so is another office's accept a 404.
        Map<String, Object> other = Map.of("organizations", accept.get("organizations"));
        editor(office).body(other).post("/intake/articles/" + id + "/accept").then().statusCode(409)
                .contentType("application/problem+json");
        editor(UUID.randomUUID()).body(accept).post("/intake/articles/" + id + "/accept").then().statusCode(404);

        // Another article of the same meeting (same organiser, kind and day) references it instead of a second one.
        String again = paste(office, seed(ARTICLE_004));
        editor(office).body(accept).post("/intake/articles/" + again + "/accept").then().statusCode(200)
                .body("meeting.id", equalTo(meeting)).body("meeting.outcome", equalTo("existing"))
                .body("statements[0].outcome", equalTo("existing"));
    }

    @Test
    void aRestrictedMeetingOfAnotherOfficeIsNeverTheOneReferenced() {
        UUID office = UUID.randomUUID();
        MeetingFixture fixture = new MeetingFixture(directory, entityManager);
        UUID department = fixture.organization("دائرة " + office.toString().substring(0, 8), null);
        String hidden = MeetingFixture.schedule("""
                {"kind": "annual_meeting", "titleAr": "اجتماع مغلق", "date": "2023", "restricted": true,
                 "organizerId": "%s"}""".formatted(department));
        String id = paste(office, seed(ARTICLE_004));
        editor(office).body(Map.of("organizations", List.of(Map.of("key", "o0", "decision", "existing",
                        "id", department.toString())), "meeting", Map.of("kind", "annual_meeting",
                        "titleAr", "الاجتماع السنوي", "date", "2023", "organizer", "o0")))
                .post("/intake/articles/" + id + "/accept").then().statusCode(200)
                .body("meeting.outcome", equalTo("created")).body("meeting.id", not(equalTo(hidden)));
    }

    @Test
    void anUndatedMeetingCitingTheSameArticleIsTheOneReferenced() {
        UUID office = UUID.randomUUID();
        MeetingFixture fixture = new MeetingFixture(directory, entityManager);
        UUID council = fixture.organization("مجلس " + office.toString().substring(0, 8), null);
        String headline = "مكتب العلاقات يجتمع مع الأحزاب " + office;
        String recorded = MeetingFixture.schedule("""
                {"kind": "conference", "status": "planned", "titleAr": "مؤتمر للقوى والشخصيات السورية المعارضة",
                 "organizerId": "%s", "sources": [{"title": "%s", "publisher": "مجلس سوريا الديمقراطية"}]}"""
                .formatted(council, headline));
        String id = editor(office).body(Map.of("text", "نص", "title", headline, "publisher", "مجلس سوريا الديمقراطية"))
                .post("/intake/articles").then().statusCode(201).extract().path("id");
        Map<String, Object> accept = Map.of("organizations", List.of(Map.of("key", "o0", "decision", "existing",
                "id", council.toString())), "meeting", Map.of("kind", "conference", "status", "planned",
                "titleAr", "مؤتمر المعارضة السورية", "organizer", "o0"));
        editor(office).body(accept).post("/intake/articles/" + id + "/accept").then().statusCode(200)
                .body("meeting.id", equalTo(recorded)).body("meeting.outcome", equalTo("existing"));
        // Another article (another headline) of an undated meeting of another title is another meeting.
        String other = editor(office).body(Map.of("text", "نص", "title", headline + " ٢", "publisher",
                "مجلس سوريا الديمقراطية")).post("/intake/articles").then().statusCode(201).extract().path("id");
        editor(office).body(accept).post("/intake/articles/" + other + "/accept").then().statusCode(200)
                .body("meeting.outcome", equalTo("created"));
    }

    @Test
    void anOfficeListsItsOwnIntakesNewestFirst() {
        UUID office = UUID.randomUUID();
        MeetingFixture fixture = new MeetingFixture(directory, entityManager);
        UUID department = fixture.organization("دائرة " + office.toString().substring(0, 8), null);
        String first = paste(office, seed(ARTICLE_004));
        String second = paste(office, "عقدت دائرة العلاقات الخارجية اجتماعها السنوي");
        String third = paste(office, seed(ARTICLE_004));
        editor(office).body(Map.of("organizations", List.of(Map.of("key", "o0", "decision", "existing",
                        "id", department.toString())), "meeting", Map.of("kind", "annual_meeting",
                        "titleAr", "الاجتماع السنوي " + office, "organizer", "o0")))
                .post("/intake/articles/" + second + "/accept").then().statusCode(200);

        editor(office).get("/intake/articles").then().statusCode(200)
                .body("items.id", contains(third, second, first))
                .body("items[1].status", equalTo("accepted"))
                .body("items[1].meetingId", not(nullValue()))
                .body("items[1].headline", equalTo("عقدت دائرة العلاقات الخارجية اجتماعها السنوي"))
                .body("items[0].publisher", equalTo("نورث بالس"));
        editor(office).queryParam("status", "draft").get("/intake/articles").then()
                .body("items.id", contains(third, first));
        String next = editor(office).queryParam("limit", 2).get("/intake/articles").then()
                .body("items.id", contains(third, second)).extract().path("nextCursor");
        editor(office).queryParam("limit", 2).queryParam("cursor", next).get("/intake/articles").then()
                .body("items.id", contains(first)).body("nextCursor", nullValue());
        editor(UUID.randomUUID()).get("/intake/articles").then().statusCode(200).body("items", hasSize(0));
        editor(office).queryParam("status", "done").get("/intake/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aProposalThatDoesNotHoldIsRefusedWholeNamingTheFieldAndNothingIsRecorded() {
        UUID office = UUID.randomUUID();
        String id = paste(office, seed(ARTICLE_004));
        String url = "/intake/articles/" + id + "/accept";
        editor(office).body(Map.of("meeting", Map.of("kind", "annual_meeting", "titleAr", "اجتماع",
                        "organizer", "o9"))).post(url).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("meeting.organizer"));
        editor(office).body(Map.of("organizations", List.of(Map.of("key", "o0", "decision", "ignore")),
                        "meeting", Map.of("kind", "annual_meeting", "titleAr", "اجتماع", "organizer", "o0")))
                .post(url).then().statusCode(422).body("errors[0].field", equalTo("meeting.organizer"))
                .body("errors[0].message", containsString("ignored"));
        editor(office).body(Map.of("organizations", List.of(Map.of("key", "o0", "decision", "new",
                        "nameAr", "دائرة")))).post(url).then().statusCode(422)
                .body("errors[0].field", equalTo("organizations[0].kind"));
        editor(office).body(Map.of("organizations", List.of(Map.of("key", "o 0", "decision", "maybe"))))
                .post(url).then().statusCode(400).body("errors.field", hasItem(startsWith("organizations[0]")));
        editor(office).body(Map.of("statements", List.of(Map.of("speakerName", "فلان", "textAr", "قال"))))
                .post(url).then().statusCode(422).body("errors[0].field", equalTo("statements"));
        editor(office).get("/intake/articles/" + id).then().body("status", equalTo("draft"))
                .body("accepted", nullValue());
    }

    @Test
    void whenOrgsServiceIsDownANewOrganisationIsA503AndTheArticleStaysADraft() {
        UUID office = UUID.randomUUID();
        String id = paste(office, seed(ARTICLE_004));
        editor(office).body(Map.of("organizations", List.of(Map.of("key", "o0", "decision", "new", "kind", "department",
                        "nameAr", "دائرة العلاقات الخارجية")),
                        "meeting", Map.of("kind", "annual_meeting", "titleAr", "اجتماع", "organizer", "o0")))
                .post("/intake/articles/" + id + "/accept").then().statusCode(503)
                .contentType("application/problem+json").body("detail", containsString("orgs-service"));
        editor(office).get("/intake/articles/" + id).then().body("status", equalTo("draft"));
    }

    @Test
    void badArticlesGetADraftThatSaysWhyOrAProblemNamingTheField() {
        UUID office = UUID.randomUUID();
        editor(office).body(Map.of("text", "")).post("/intake/articles").then().statusCode(201)
                .body("draft.meeting", nullValue()).body("draft.organizations", hasSize(0))
                .body("draft.warnings", not(hasSize(0)));
        editor(office).body(Map.of("text", "The Syrian Negotiation Commission met civil-society directors today."))
                .post("/intake/articles").then().statusCode(201)
                .body("draft.warnings", hasItem(containsString("Arabic")));
        editor(office).body(Map.of("text", "ا".repeat(IntakeRequests.TEXT_MAX + 1))).post("/intake/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        // A megabyte of text is refused before it is read.
        editor(office).body(Map.of("text", "ا".repeat(1 << 19))).post("/intake/articles").then().statusCode(413)
                .contentType("application/problem+json");
        editor(office).body(Map.of("publisher", "نورث بالس")).post("/intake/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        editor(office).body(Map.of("text", "نص", "publishedOn", "2024-13-01")).post("/intake/articles").then()
                .statusCode(400).body("errors[0].field", equalTo("publishedOn"));
        editor(office).get("/intake/articles/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static String paste(UUID office, String text) {
        return editor(office).body(Map.of("text", text, "publisher", "نورث بالس")).post("/intake/articles").then()
                .statusCode(201).extract().path("id");
    }

    private static RequestSpecification editor(UUID office) {
        return given().auth().oauth2(TestTokens.editor(office)).contentType(ContentType.JSON);
    }

    static String seed(String file) {
        try (InputStream in = IntakeApiTest.class.getResourceAsStream("/articles/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
