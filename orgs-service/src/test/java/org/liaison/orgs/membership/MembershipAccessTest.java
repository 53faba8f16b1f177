package org.liaison.orgs.membership;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.person.PeopleFixtures;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.infra.testing.BadInput.assertProblem;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;

/**
 * Roles in an organisation are recorded and changed by the office of that organisation or an office above it,
 * or by an admin: the Syrian Democratic Council's editors may record a role in its Public Relations Office,
 * the office's editors may not record one in the council, and an unrelated office may do neither.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class MembershipAccessTest {

    @Inject
    AgroalDataSource dataSource;

    UUID council;
    UUID office;
    UUID person;

    @BeforeEach
    void registerACouncilWithAnOffice() {
        council = PeopleFixtures.organization("council", "مجلس سوريا الديمقراطية");
        office = PeopleFixtures.organization("office", "مكتب العلاقات العامة", council);
        person = PeopleFixtures.person("حسن محمد علي", "Hassan Mohammed Ali");
    }

    @ParameterizedTest(name = "{0} records a role in the {1} -> {2}")
    @CsvSource(textBlock = """
            admin,          council, 201
            admin,          office,  201
            council-editor, council, 201
            council-editor, office,  201
            office-editor,  office,  201
            office-editor,  council, 403
            other-editor,   office,  403
            other-editor,   council, 403
            office-reader,  office,  403
            none,           office,  401
            """)
    void recordingARole(String who, String where, int status) {
        UUID organization = where.equals("council") ? council : office;
        Map<String, Long> before = counts(dataSource, "membership", "outbox_event");
        Response response = as(who).body("{\"personId\": \"%s\", \"organizationId\": \"%s\", \"role\": \"co_chair\"}"
                .formatted(person, organization)).post("/memberships");
        if (status == 201) {
            response.then().statusCode(201).body("organizationId", equalTo(organization.toString()));
        } else {
            assertProblem(response, status);
            assertUnchanged(before, counts(dataSource, "membership", "outbox_event"));
        }
    }

    @ParameterizedTest(name = "{0} ends a role in the office -> {1}")
    @CsvSource(textBlock = """
            admin,          200
            council-editor, 200
            office-editor,  200
            other-editor,   403
            office-reader,  403
            """)
    void changingARole(String who, int status) {
        UUID id = PeopleFixtures.membership(person, office, "co_chair", "");
        Response response = as(who).header("If-Match", "\"0\"").body("{\"endDate\": \"2024\"}")
                .patch("/memberships/" + id);
        if (status == 200) {
            response.then().statusCode(200).body("current", equalTo(false));
        } else {
            assertProblem(response, status);
            PeopleFixtures.admin().get("/memberships/" + id).then().body("version", equalTo(0))
                    .body("current", equalTo(true));
        }
    }

    @Test
    void aRefusedRoleIsRefusedBeforeItsIfMatchIsLookedAt() {
        UUID id = PeopleFixtures.membership(person, council, "co_chair", "");
        // Without If-Match an allowed editor gets 428; a refused one learns nothing more than 403.
        assertProblem(as("office-editor").body("{\"endDate\": \"2024\"}").patch("/memberships/" + id), 403);
        assertProblem(as("council-editor").body("{\"endDate\": \"2024\"}").patch("/memberships/" + id), 428);
    }

    @Test
    void everyoneWithATokenMayReadRoles() {
        UUID id = PeopleFixtures.membership(person, office, "co_chair", "");
        String reader = TestTokens.reader(UUID.randomUUID());
        given().auth().oauth2(reader).get("/memberships/" + id).then().statusCode(200);
        given().auth().oauth2(reader).queryParam("personId", person.toString()).get("/memberships")
                .then().statusCode(200).body("total", equalTo(1));
        assertEquals(401, given().get("/memberships/" + id).statusCode());
    }

    private RequestSpecification as(String who) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return switch (who) {
            case "none" -> request;
            case "admin" -> request.auth().oauth2(TestTokens.admin());
            case "council-editor" -> request.auth().oauth2(TestTokens.editor(council));
            case "office-editor" -> request.auth().oauth2(TestTokens.editor(office));
            case "other-editor" -> request.auth().oauth2(TestTokens.editor(UUID.randomUUID()));
            case "office-reader" -> request.auth().oauth2(TestTokens.reader(office));
            default -> throw new IllegalArgumentException(who);
        };
    }
}
