package org.liaison.meetings.importing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.meetings.OrgsStub;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.meetings.MeetingFixture.admin;

/**
 * {@code POST /import/meetings}: each meeting goes through the create path of {@code POST /meetings} (its checks,
 * its event), a refused one is reported with its field while the others land, and the same file again creates
 * nothing.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingImportTest {

    @ConfigProperty(name = "liaison.orgs.url")
    String orgsUrl;

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    OrgsStub orgs;
    MeetingFixture fixture;
    UUID organizer;

    @BeforeEach
    void start() {
        orgs = new OrgsStub(orgsUrl);
        fixture = new MeetingFixture(directory, entityManager);
        organizer = fixture.organization("هيئة التفاوض السورية", "Syrian Negotiation Commission");
    }

    @AfterEach
    void stop() {
        orgs.close();
    }

    @Test
    void recordsEveryMeetingWithItsEventAndMatchesThemWhenImportedAgain() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String file = "[" + meeting(first, "اجتماع موسع مع منظمات المجتمع المدني", organizer) + ","
                + meeting(second, "لقاء مع المبعوثين الدوليين", organizer) + "]";

        admin().body(file).post("/import/meetings").then().statusCode(200)
                .body("created", equalTo(2)).body("matched", equalTo(0)).body("rejected", hasSize(0));
        admin().get("/meetings/" + first).then().statusCode(200)
                .body("titleAr", equalTo("اجتماع موسع مع منظمات المجتمع المدني"));
        assertEquals(List.of("meeting.scheduled 0"), fixture.events(first.toString()));
        assertEquals(List.of("meeting.scheduled 0"), fixture.events(second.toString()));

        admin().body(file).post("/import/meetings").then().statusCode(200)
                .body("created", equalTo(0)).body("matched", equalTo(2));
        assertEquals(List.of("meeting.scheduled 0"), fixture.events(first.toString()));
    }

    @Test
    void reportsRefusedMeetingsWithTheirFieldsAndRecordsTheOthers() {
        UUID good = UUID.randomUUID();
        UUID blankTitle = UUID.randomUUID();
        UUID unknownOrganizer = UUID.randomUUID();
        UUID alsoGood = UUID.randomUUID();
        String file = "[" + meeting(good, "مؤتمر مبادرة مدنية", organizer) + ","
                + meeting(blankTitle, " ", organizer) + ","
                + """
                {"id": "%s", "kind": "party", "titleAr": "اجتماع", "date": "2024", "organizerId": "%s"}"""
                .formatted(UUID.randomUUID(), organizer) + ","
                // Valid as a body, refused by the service: the chunk is written again one by one.
                + meeting(unknownOrganizer, "اجتماع داخلي", UUID.randomUUID()) + ","
                + meeting(alsoGood, "الاجتماع السنوي", organizer) + ","
                + "{\"kind\": \"conference\", \"titleAr\": \"مؤتمر\", \"organizerId\": \"" + organizer + "\"}]";

        admin().body(file).post("/import/meetings").then().statusCode(200)
                .body("created", equalTo(2)).body("matched", equalTo(0))
                .body("rejected.index", contains(1, 2, 3, 5))
                .body("rejected[0].id", equalTo(blankTitle.toString()))
                .body("rejected[0].errors.field", contains("titleAr"))
                .body("rejected[1].errors.field", contains("kind"))
                .body("rejected[2].id", equalTo(unknownOrganizer.toString()))
                .body("rejected[2].errors.field", contains("organizerId"))
                .body("rejected[3].errors.field", contains("id"));
        admin().get("/meetings/" + good).then().statusCode(200);
        admin().get("/meetings/" + alsoGood).then().statusCode(200);
        admin().get("/meetings/" + unknownOrganizer).then().statusCode(404);
        assertEquals(List.of(), fixture.events(unknownOrganizer.toString()));
    }

    @Test
    void aFileThatIsNotAnArrayIsAProblemAndOnlyAdminsImport() {
        admin().body("{\"kind\": \"conference\"}").post("/import/meetings").then().statusCode(400)
                .contentType("application/problem+json");
        admin().body("[1, ").post("/import/meetings").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.editor(UUID.randomUUID())).contentType(ContentType.JSON).body("[]")
                .post("/import/meetings").then().statusCode(403);
    }

    private static String meeting(UUID id, String titleAr, UUID organizer) {
        return """
                {"id": "%s", "kind": "expanded_meeting", "titleAr": "%s", "date": "2024-06-10", "organizerId": "%s",
                 "place": {"cityAr": "القامشلي", "cityEn": "Qamishli", "country": "SY"}, \
                "topics": ["العملية السياسية"]}"""
                .formatted(id, titleAr, organizer);
    }
}
