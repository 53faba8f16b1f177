package org.liaison.orgs.membership;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventTypes;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.person.OutboxEvents;
import org.liaison.orgs.person.PeopleFixtures;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.orgs.person.PeopleFixtures.admin;

/** Recording roles, reading them on their own and on the person's page, and the events each change writes. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class MembershipApiTest {

    @Inject
    OutboxEvents events;

    @Test
    void recordsAPresidentAndShowsTheRoleOnThePersonsPage() {
        UUID snc = PeopleFixtures.organization("negotiation_body", "هيئة التفاوض السورية");
        UUID jamous = PeopleFixtures.person("بدر جاموس", "Badr Jamous");

        String id = admin().body("""
                        {"personId": "%s", "organizationId": "%s", "role": "president", "startDate": "2024",
                         "sources": [{"publisher": "نورث بالس", "publishedOn": "2024-06-10"}]}"""
                        .formatted(jamous, snc))
                .post("/memberships")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("role", equalTo("president"))
                .body("startDate", equalTo("2024"))
                .body("endDate", nullValue())
                .body("current", equalTo(true))
                .extract().path("id");

        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/memberships/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("personId", equalTo(jamous.toString()))
                .body("organizationId", equalTo(snc.toString()))
                .body("sources[0].publisher", equalTo("نورث بالس"));

        admin().get("/people/" + jamous).then().statusCode(200)
                .body("roles.current.size()", equalTo(1))
                .body("roles.current[0].membershipId", equalTo(id))
                .body("roles.current[0].role", equalTo("president"))
                .body("roles.current[0].organization.id", equalTo(snc.toString()))
                .body("roles.current[0].organization.nameAr", startsWith("هيئة التفاوض السورية"))
                .body("roles.current[0].onBehalfOf", nullValue())
                .body("roles.past", empty());

        OutboxEvents.Event started = events.of(UUID.fromString(id)).get(0);
        assertEquals(EventTypes.MEMBERSHIP_STARTED, started.type());
        assertEquals("membership", started.aggregateType());
        assertEquals("president", started.data().path("role").asText());
        assertEquals(jamous.toString(), started.data().path("personId").asText());
        assertEquals("2024", started.data().path("startDate").asText());
        assertTrue(started.data().path("endDate").isNull());
    }

    @Test
    void separatesCurrentFromPastRolesAndShowsOnBehalfOf() {
        UUID hajj = PeopleFixtures.person("عبد الرحمن الحاج", "Abdulrahman Al-Hajj");
        UUID madaniya = PeopleFixtures.organization("civil_society_organization", "مدنية");
        UUID memory = PeopleFixtures.organization("platform", "الذاكرة السورية");
        UUID acs = PeopleFixtures.organization("coalition", "التحالف الأمريكي لأجل سوريا");
        UUID sac = PeopleFixtures.organization("civil_society_organization", "المجلس السوري الأمريكي");

        UUID board = PeopleFixtures.membership(hajj, madaniya, "board_member", ", \"startDate\": \"2023-05\"");
        UUID director = PeopleFixtures.membership(hajj, memory, "director", ", \"startDate\": \"2024-01-15\"");
        UUID former = PeopleFixtures.membership(hajj, acs, "director",
                ", \"label\": \"مدير التخطيط السياسي والعلاقات الحكومية\", \"onBehalfOfId\": \""
                + sac + "\", \"startDate\": \"2019\", \"endDate\": \"2021-03\"");

        admin().get("/people/" + hajj).then().statusCode(200)
                .body("roles.current.membershipId", contains(director.toString(), board.toString()))
                .body("roles.current.role", contains("director", "board_member"))
                .body("roles.past.membershipId", contains(former.toString()))
                .body("roles.past[0].label", equalTo("مدير التخطيط السياسي والعلاقات الحكومية"))
                .body("roles.past[0].onBehalfOf.id", equalTo(sac.toString()))
                .body("roles.past[0].onBehalfOf.nameAr", startsWith("المجلس السوري الأمريكي"))
                .body("roles.past[0].startDate", equalTo("2019"))
                .body("roles.past[0].endDate", equalTo("2021-03"));

        // Ending the board seat moves it to the past roles.
        admin().header("If-Match", "\"0\"").body("{\"endDate\": \"2024-06\"}").patch("/memberships/" + board)
                .then().statusCode(200).body("current", equalTo(false)).body("version", equalTo(1));
        admin().get("/people/" + hajj).then()
                .body("roles.current.membershipId", contains(director.toString()))
                .body("roles.past.membershipId", contains(board.toString(), former.toString()));
    }

    @Test
    void endingCorrectingAndReopeningARoleEachWriteTheirEvent() {
        UUID achi = PeopleFixtures.person("أسعد العشي", "Asaad Al-Achi");
        UUID baytna = PeopleFixtures.organization("civil_society_organization", "بيتنا");
        UUID id = PeopleFixtures.membership(achi, baytna, "executive_director", ", \"startDate\": \"2020\"");

        patch(id, 0, "{\"label\": \"المدير التنفيذي\"}").then().statusCode(200)
                .body("label", equalTo("المدير التنفيذي"));
        patch(id, 1, "{\"endDate\": \"2024-06\"}").then().statusCode(200).body("endDate", equalTo("2024-06"));
        patch(id, 2, "{\"endDate\": \"2024-07-01\"}").then().statusCode(200);
        patch(id, 3, "{\"endDate\": null}").then().statusCode(200).body("current", equalTo(true))
                .body("endDate", nullValue());
        // Values it already has change nothing and write nothing.
        patch(id, 4, "{\"role\": \"executive_director\", \"startDate\": \"2020\"}").then().statusCode(200)
                .body("version", equalTo(4));

        List<OutboxEvents.Event> log = events.of(id);
        assertEquals(List.of(EventTypes.MEMBERSHIP_STARTED, EventTypes.MEMBERSHIP_UPDATED, EventTypes.MEMBERSHIP_ENDED,
                EventTypes.MEMBERSHIP_UPDATED, EventTypes.MEMBERSHIP_UPDATED), events.types(id));
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), log.stream().map(OutboxEvents.Event::version).toList());
        assertEquals("2024-06", log.get(2).data().path("endDate").asText());
        assertEquals("المدير التنفيذي", log.get(2).data().path("label").asText());
        assertEquals("executive_director", log.get(2).data().path("role").asText());
        assertTrue(log.get(4).data().path("endDate").isNull());
    }

    @Test
    void listsByOrganizationPersonAndCurrency() {
        UUID unit = PeopleFixtures.organization("initiative", "وحدة دعم الاستقرار");
        UUID sallal = PeopleFixtures.person("منذر سلال", "Munther Sallal");
        UUID hasno = PeopleFixtures.person("محمد حسنو", "Mohammad Hasno");
        UUID now = PeopleFixtures.membership(sallal, unit, "executive_director", "");
        UUID before = PeopleFixtures.membership(hasno, unit, "executive_director", ", \"endDate\": \"2022\"");
        UUID member = PeopleFixtures.membership(hasno, unit, "member", "");

        admin().queryParam("organizationId", unit.toString()).get("/memberships").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(now.toString(), before.toString(), member.toString()));
        admin().queryParam("organizationId", unit.toString()).queryParam("current", "true").get("/memberships")
                .then().body("items.id", contains(now.toString(), member.toString()));
        admin().queryParam("organizationId", unit.toString()).queryParam("current", "false").get("/memberships")
                .then().body("items.id", contains(before.toString()));
        admin().queryParam("personId", hasno.toString()).queryParam("current", "true").get("/memberships")
                .then().body("total", equalTo(1)).body("items.id", contains(member.toString()));

        String next = admin().queryParam("organizationId", unit.toString()).queryParam("limit", 2).get("/memberships")
                .then().body("items.size()", equalTo(2)).body("nextCursor", notNullValue()).extract()
                .path("nextCursor");
        admin().queryParam("organizationId", unit.toString()).queryParam("cursor", next).get("/memberships")
                .then().body("items.id", contains(member.toString())).body("nextCursor", nullValue());
    }

    @Test
    void aClientChosenIdCanBeRecordedOnlyOnce() {
        UUID id = UUID.randomUUID();
        UUID person = PeopleFixtures.person("بكر غبيس", "Bakr Ghbeis");
        UUID org = PeopleFixtures.organization("civil_society_organization", "مواطنون من أجل أمريكا آمنة");
        String body = "{\"id\": \"%s\", \"personId\": \"%s\", \"organizationId\": \"%s\", \"role\": \"president\"}"
                .formatted(id, person, org);
        admin().body(body).post("/memberships").then().statusCode(201).body("id", equalTo(id.toString()));
        admin().body(body).post("/memberships").then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(id.toString()));
        assertEquals(List.of(EventTypes.MEMBERSHIP_STARTED), events.types(id));
        admin().get("/memberships/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    private static io.restassured.response.Response patch(UUID id, long version, String body) {
        return admin().header("If-Match", "\"" + version + "\"").body(body).patch("/memberships/" + id);
    }
}
