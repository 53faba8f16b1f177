package org.liaison.orgs.membership;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventTypes;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.person.OutboxEvents;
import org.liaison.orgs.person.PeopleFixtures;

import java.util.Map;
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
import static org.liaison.infra.testing.BadInput.assertNames;
import static org.liaison.infra.testing.BadInput.assertProblem;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.orgs.person.PeopleFixtures.admin;

/**
 * Organisations as members (article 001: «التحالف الأمريكي لأجل سوريا», under whose umbrella several organisations
 * work, among them «المجلس السوري الأمريكي»): recorded, listed from both sides with each member's kind, ended, and
 * refused when the member is missing, doubled, the organisation itself, or holds a person's office.
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationMembersTest {

    static final String[] TABLES = {"membership", "outbox_event"};

    @Inject
    OutboxEvents events;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anOrganisationUnderACoalitionsUmbrellaIsListedFromBothSidesBesideThePeople() {
        UUID acs = PeopleFixtures.organization("coalition", "التحالف الأمريكي لأجل سوريا");
        UUID sac = PeopleFixtures.organization("civil_society_organization", "المجلس السوري الأمريكي");
        UUID ghanem = PeopleFixtures.person("محمد علاء غانم", "Mohammed Alaa Ghanem");
        UUID director = PeopleFixtures.membership(ghanem, acs, "director",
                ", \"label\": \"المدير المسؤول عن التخطيط السياسي والعلاقات الحكومية\"");

        String id = admin().body("""
                        {"memberOrganizationId": "%s", "organizationId": "%s", "role": "member",
                         "sources": [{"publisher": "هيئة التفاوض السورية", "publishedOn": "2024-06-10"}]}"""
                        .formatted(sac, acs))
                .post("/memberships")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("memberKind", equalTo("organization"))
                .body("memberOrganizationId", equalTo(sac.toString()))
                .body("personId", nullValue())
                .body("organizationId", equalTo(acs.toString()))
                .body("role", equalTo("member"))
                .body("current", equalTo(true))
                .extract().path("id");

        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/organizations/" + acs + "/members")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.membershipId", contains(director.toString(), id))
                .body("items.member.kind", contains("person", "organization"))
                .body("items.member.id", contains(ghanem.toString(), sac.toString()))
                .body("items[0].member.nameAr", equalTo("محمد علاء غانم"))
                .body("items[1].member.nameAr", startsWith("المجلس السوري الأمريكي"))
                .body("items[1].organization.id", equalTo(acs.toString()))
                .body("items[1].role", equalTo("member"))
                .body("items[1].sources[0].publishedOn", equalTo("2024-06-10"));
        admin().get("/organizations/" + sac + "/memberships-of").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.membershipId", contains(id))
                .body("items[0].organization.kind", equalTo("organization"))
                .body("items[0].organization.nameAr", startsWith("التحالف الأمريكي لأجل سوريا"))
                .body("items[0].member.id", equalTo(sac.toString()));
        admin().get("/organizations/" + acs + "/memberships-of").then().statusCode(200).body("items", empty());
        admin().get("/organizations/" + sac + "/members").then().statusCode(200).body("total", equalTo(0));

        OutboxEvents.Event started = events.of(UUID.fromString(id)).get(0);
        assertEquals(EventTypes.MEMBERSHIP_STARTED, started.type());
        assertEquals("organization", started.data().path("memberKind").asText());
        assertEquals(sac.toString(), started.data().path("memberOrganizationId").asText());
        assertTrue(started.data().path("personId").isNull());
    }

    @Test
    void endingAnOrganisationsMembershipMovesItToThePastInBothLists() {
        // Article 003 names none of the SDC's parties, and gives no dates: both are stand-ins here.
        UUID sdc = PeopleFixtures.organization("council", "مجلس سوريا الديمقراطية");
        UUID party = PeopleFixtures.organization("political_party", "أحد الأحزاب المنضوية ضمن مجلس سوريا الديمقراطية");
        UUID id = organizationMembership(party, sdc, "founding_member", ", \"startDate\": \"2015-12\"");

        admin().header("If-Match", "\"0\"").body("{\"endDate\": \"2023\"}").patch("/memberships/" + id)
                .then().statusCode(200).body("current", equalTo(false)).body("memberKind", equalTo("organization"));
        assertEquals(EventTypes.MEMBERSHIP_ENDED, events.of(id).get(1).type());
        assertEquals("organization", events.of(id).get(1).data().path("memberKind").asText());

        admin().queryParam("current", true).get("/organizations/" + sdc + "/members").then()
                .body("items", empty());
        admin().queryParam("current", false).get("/organizations/" + sdc + "/members").then()
                .body("items.membershipId", contains(id.toString()))
                .body("items[0].endDate", equalTo("2023"))
                .body("items[0].current", equalTo(false));
        admin().queryParam("current", false).get("/organizations/" + party + "/memberships-of").then()
                .body("items.membershipId", contains(id.toString()));
        admin().queryParam("current", true).get("/organizations/" + party + "/memberships-of").then()
                .body("total", equalTo(0));
    }

    @Test
    void theListsArePagedByCursorAndAnUnknownOrganisationIs404() {
        UUID snc = PeopleFixtures.organization("negotiation_body", "هيئة التفاوض السورية");
        UUID coalition = PeopleFixtures.organization("coalition", "الائتلاف الوطني لقوى الثورة والمعارضة السورية");
        UUID jamous = PeopleFixtures.person("بدر جاموس", "Badr Jamous");
        UUID president = PeopleFixtures.membership(jamous, snc, "president", "");
        UUID component = organizationMembership(coalition, snc, "component", "");

        Response page1 = admin().queryParam("limit", 1).get("/organizations/" + snc + "/members");
        page1.then().statusCode(200).body("total", equalTo(2))
                .body("items.membershipId", contains(president.toString()))
                .body("items.member.kind", contains("person"));
        String next = page1.path("nextCursor");
        admin().queryParam("limit", 1).queryParam("cursor", next).get("/organizations/" + snc + "/members").then()
                .statusCode(200).body("items.membershipId", contains(component.toString()))
                .body("items.role", contains("component")).body("nextCursor", nullValue());

        assertProblem(admin().get("/organizations/" + UUID.randomUUID() + "/members"), 404);
        assertProblem(admin().get("/organizations/" + UUID.randomUUID() + "/memberships-of"), 404);
        assertNames(admin().queryParam("current", "maybe").get("/organizations/" + snc + "/members"), "current");
        given().get("/organizations/" + snc + "/members").then().statusCode(401);
    }

    @Test
    void loopsThroughOtherOrganisationsAreAllowed() {
        // The second membership is constructed to test the rule, not a fact: memberships are not a tree.
        UUID a = PeopleFixtures.organization("negotiation_body", "هيئة التفاوض السورية");
        UUID b = PeopleFixtures.organization("coalition", "الائتلاف الوطني لقوى الثورة والمعارضة السورية");
        organizationMembership(b, a, "component", "");
        organizationMembership(a, b, "member", "");
        admin().get("/organizations/" + a + "/members").then().body("items.member.id", contains(b.toString()));
        admin().get("/organizations/" + a + "/memberships-of").then()
                .body("items.organization.id", contains(b.toString()));
    }

    @Test
    void anOrganisationIsNeverAMemberOfItselfAndNothingIsWritten() {
        UUID sdc = PeopleFixtures.organization("council", "مجلس سوريا الديمقراطية");
        Map<String, Long> before = counts(dataSource, TABLES);
        Response itself = admin().body("{\"memberOrganizationId\": \"%s\", \"organizationId\": \"%s\", "
                .formatted(sdc, sdc) + "\"role\": \"member\"}").post("/memberships");
        assertProblem(itself, 400);
        assertNames(itself, "memberOrganizationId");
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    @Test
    void aMembershipHasExactlyOneMemberOfAKnownKindInARoleItMayHold() {
        UUID acs = PeopleFixtures.organization("coalition", "التحالف الأمريكي لأجل سوريا");
        UUID sac = PeopleFixtures.organization("civil_society_organization", "المجلس السوري الأمريكي");
        UUID ghanem = PeopleFixtures.person("محمد علاء غانم", null);
        Map<String, Long> before = counts(dataSource, TABLES);

        refused(400, "personId", "\"organizationId\": \"%s\", \"role\": \"member\"".formatted(acs));
        refused(400, "memberOrganizationId", "\"personId\": \"%s\", \"memberOrganizationId\": \"%s\", "
                .formatted(ghanem, sac) + "\"organizationId\": \"%s\", \"role\": \"member\"".formatted(acs));
        refused(400, "role", "\"memberOrganizationId\": \"%s\", \"organizationId\": \"%s\", \"role\": \"director\""
                .formatted(sac, acs));
        refused(400, "role", "\"personId\": \"%s\", \"organizationId\": \"%s\", \"role\": \"component\""
                .formatted(ghanem, acs));
        refused(400, "onBehalfOfId", ("\"memberOrganizationId\": \"%s\", \"organizationId\": \"%s\", "
                + "\"role\": \"member\", \"onBehalfOfId\": \"%s\"").formatted(sac, acs, UUID.randomUUID()));
        refused(422, "memberOrganizationId", "\"memberOrganizationId\": \"%s\", \"organizationId\": \"%s\", "
                .formatted(UUID.randomUUID(), acs) + "\"role\": \"member\"");
        refused(400, "memberOrganizationId", "\"memberOrganizationId\": \"nope\", \"organizationId\": \"%s\", "
                .formatted(acs) + "\"role\": \"member\"");
        assertUnchanged(before, counts(dataSource, TABLES));

        // A person's roles keep their whole list; an organisation's role changes only within its own.
        UUID id = organizationMembership(sac, acs, "member", "");
        Response office = admin().header("If-Match", "\"0\"").body("{\"role\": \"president\"}")
                .patch("/memberships/" + id);
        assertProblem(office, 400);
        assertNames(office, "role");
        admin().header("If-Match", "\"0\"").body("{\"role\": \"observer\"}").patch("/memberships/" + id).then()
                .statusCode(200).body("role", equalTo("observer"));
        PeopleFixtures.membership(ghanem, acs, "founding_member", "");
    }

    private void refused(int status, String field, String members) {
        Response response = admin().body("{" + members + "}").post("/memberships");
        assertProblem(response, status);
        assertNames(response, field);
    }

    static UUID organizationMembership(UUID member, UUID organization, String role, String extra) {
        return UUID.fromString(admin()
                .body("{\"memberOrganizationId\": \"%s\", \"organizationId\": \"%s\", \"role\": \"%s\"%s}"
                        .formatted(member, organization, role, extra))
                .post("/memberships").then().statusCode(201).extract().path("id"));
    }
}
