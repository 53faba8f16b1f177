package org.liaison.orgs.membership;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.person.PeopleFixtures;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.liaison.infra.testing.BadInput.assertNames;
import static org.liaison.infra.testing.BadInput.assertProblem;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.infra.testing.BadInput.expand;
import static org.liaison.orgs.person.PeopleFixtures.admin;

/**
 * Bad roles are refused with a problem naming the field: 400 for what the request alone shows to be wrong,
 * 422 for what is wrong only against stored data (unknown person or organisation, an end before the start).
 * Nothing is written either way.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class MembershipValidationTest {

    static final String[] TABLES = {"membership", "outbox_event"};

    @Inject
    AgroalDataSource dataSource;

    UUID person;
    UUID organization;

    @BeforeEach
    void registerAPersonAndAnOrganization() {
        person = PeopleFixtures.person("لبنى القنواتي", "Lubna Al-Kanawati");
        organization = PeopleFixtures.organization("civil_society_organization", "النساء الآن من أجل التنمية");
    }

    /** {@code $P} and {@code $O} stand for a registered person and organisation. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "organizationId": "$O", "role": "co_director"                                   | personId
            "personId": "nope", "organizationId": "$O", "role": "co_director"               | personId
            "personId": "$P", "role": "co_director"                                         | organizationId
            "personId": "$P", "organizationId": "$O", "role": "chairman"                    | role
            "personId": "$P", "organizationId": "$O", "role": null                          | role
            "personId": "$P", "organizationId": "$O", "role": 3                             | role
            "personId": "$P", "organizationId": "$O", "role": "co_director", "label": "<<ar:501>>"          | label
            "personId": "$P", "organizationId": "$O", "role": "co_director", "startDate": "2024-13"         | startDate
            "personId": "$P", "organizationId": "$O", "role": "co_director", "endDate": "2024-02-30"        | endDate
            "personId": "$P", "organizationId": "$O", "role": "co_director", "startDate": 2024              | startDate
            "personId": "$P", "organizationId": "$O", "role": "co_director", "startDate": "June 2024"       | startDate
            "personId": "$P", "organizationId": "$O", "role": "co_director", "since": "2024"                | since
            "personId": "$P", "organizationId": "$O", "role": "co_director", \
            "sources": [{"url": "ftp://x"}]          | sources[0].url
            "personId": "$P", "organizationId": "$O", "role": "co_director", \
            "sources": [{"publisher": "<<en:301>>"}] | sources[0].publisher
            """)
    void refusesAMalformedRole(String members, String field) {
        String body = "{" + expand(members).replace("$P", person.toString()).replace("$O", organization.toString())
                + "}";
        Map<String, Long> before = counts(dataSource, TABLES);
        Response response = admin().body(body).post("/memberships");
        assertProblem(response, 400);
        assertNames(response, field);
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    @Test
    void refusesTooManySources() {
        String sources = ", {\"publisher\": \"نورث بالس\"}".repeat(51).substring(2);
        Map<String, Long> before = counts(dataSource, TABLES);
        Response response = start("\"role\": \"member\", \"sources\": [" + sources + "]");
        assertProblem(response, 400);
        assertNames(response, "sources");
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    @Test
    void refusesUnknownPeopleAndOrganizations() {
        Map<String, Long> before = counts(dataSource, TABLES);
        UUID unknown = UUID.randomUUID();
        Response noPerson = admin().body("{\"personId\": \"%s\", \"organizationId\": \"%s\", \"role\": \"member\"}"
                .formatted(unknown, organization)).post("/memberships");
        assertProblem(noPerson, 422);
        assertNames(noPerson, "personId");
        Response noOrganization = admin()
                .body("{\"personId\": \"%s\", \"organizationId\": \"%s\", \"role\": \"member\"}"
                .formatted(person, unknown)).post("/memberships");
        assertProblem(noOrganization, 422);
        assertNames(noOrganization, "organizationId");
        Response noBehalf = start("\"role\": \"representative\", \"onBehalfOfId\": \"" + unknown + "\"");
        assertProblem(noBehalf, 422);
        assertNames(noBehalf, "onBehalfOfId");
        Response itself = start("\"role\": \"representative\", \"onBehalfOfId\": \"" + organization + "\"");
        assertProblem(itself, 422);
        assertNames(itself, "onBehalfOfId");
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnCreateAndOnChange() {
        Map<String, Long> before = counts(dataSource, TABLES);
        Response created = start("\"role\": \"co_director\", \"startDate\": \"2024-06\", \"endDate\": \"2024-05-31\"");
        assertProblem(created, 422);
        assertNames(created, "endDate");
        assertUnchanged(before, counts(dataSource, TABLES));
        // Partial dates compare by the days they may stand for: a role may end within its starting year.
        start("\"role\": \"co_director\", \"startDate\": \"2024-06\", \"endDate\": \"2024\"").then().statusCode(201);

        String id = start("\"role\": \"co_director\", \"startDate\": \"2023-06-01\"").then().statusCode(201).extract()
                .path("id");
        Map<String, Long> beforeChange = counts(dataSource, TABLES);
        Response ended = admin().header("If-Match", "\"0\"").body("{\"endDate\": \"2022\"}")
                .patch("/memberships/" + id);
        assertProblem(ended, 422);
        assertNames(ended, "endDate");
        Response moved = admin().header("If-Match", "\"0\"").body("{\"startDate\": \"2025\", \"endDate\": \"2024-12\"}")
                .patch("/memberships/" + id);
        assertProblem(moved, 422);
        assertUnchanged(beforeChange, counts(dataSource, TABLES));
        admin().get("/memberships/" + id).then().body("version", equalTo(0)).body("endDate", nullValue());
    }

    @Test
    void aChangeNeedsIfMatchAndKeepsItsRole() {
        String id = start("\"role\": \"co_director\"").then().statusCode(201).extract().path("id");
        Map<String, Long> before = counts(dataSource, TABLES);
        Response missing = admin().body("{\"endDate\": \"2024\"}").patch("/memberships/" + id);
        assertProblem(missing, 428);
        assertNames(missing, "If-Match");
        assertProblem(admin().header("If-Match", "\"3\"").body("{\"endDate\": \"2024\"}").patch("/memberships/" + id),
                412);
        Response noRole = admin().header("If-Match", "\"0\"").body("{\"role\": null}").patch("/memberships/" + id);
        assertProblem(noRole, 400);
        assertNames(noRole, "role");
        Response badRole = admin().header("If-Match", "\"0\"").body("{\"role\": \"chair\"}")
                .patch("/memberships/" + id);
        assertProblem(badRole, 400);
        assertNames(badRole, "role");
        Response moved = admin().header("If-Match", "\"0\"").body("{\"personId\": \"" + UUID.randomUUID() + "\"}")
                .patch("/memberships/" + id);
        assertProblem(moved, 400);
        assertNames(moved, "personId");
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    @Test
    void badQueryParametersAreNamed() {
        assertNames(admin().queryParam("current", "maybe").get("/memberships"), "current");
        assertNames(admin().queryParam("organizationId", "nope").get("/memberships"), "organizationId");
        assertNames(admin().queryParam("personId", "nope").get("/memberships"), "personId");
        assertProblem(admin().queryParam("limit", 201).get("/memberships"), 400);
    }

    private Response start(String members) {
        return admin()
                .body("{\"personId\": \"%s\", \"organizationId\": \"%s\", %s}".formatted(person, organization, members))
                .post("/memberships");
    }
}
