package org.liaison.orgs.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Popolo export → import into an empty database gives the same data; importing it again changes nothing. */
@QuarkusTest
@TestProfile(PrivateDatabase.class)
class PopoloRoundTripTest {

    @Inject
    PopoloTables tables;

    @BeforeEach
    void emptyDatabase() {
        tables.wipe();
    }

    @Test
    void anExportImportedIntoAnEmptyDatabaseExportsTheSame() {
        PopoloFixtures.registerArticles();
        JsonNode before = PopoloFixtures.exportPopolo();
        assertEquals(11, before.path("organizations").size());
        assertEquals(5, before.path("persons").size());
        assertEquals(6, before.path("memberships").size());

        tables.wipe();
        assertEquals(0, PopoloFixtures.exportPopolo().path("organizations").size());
        long outbox = tables.outboxRows();
        PopoloFixtures.importPopolo(before).statusCode(200)
                .body("created.organizations", equalTo(11))
                .body("created.persons", equalTo(5))
                .body("created.memberships", equalTo(6))
                .body("matched.organizations", equalTo(0))
                .body("rejected", empty());
        // Every record went through its service: one registered/started event each.
        assertEquals(outbox + 22, tables.outboxRows());

        JsonNode after = PopoloFixtures.exportPopolo();
        assertEquals(PopoloFixtures.withoutTimestamps(before), PopoloFixtures.withoutTimestamps(after));
        // The Syrian American Council's membership of the coalition made the trip as an organisation's.
        JsonNode umbrella = null;
        for (JsonNode m : after.path("memberships")) {
            umbrella = m.has("member_id") ? m : umbrella;
        }
        assertEquals("organization", umbrella.path("member_type").asText());
        assertFalse(umbrella.has("person_id"));
    }

    @Test
    void aMembershipBetweenAWinnerAndItsMergedRecordIsLeftOutWithIt() {
        UUID sdc = PopoloFixtures.registerArticles();
        UUID twice = PopoloFixtures.organization("""
                {"kind": "council", "nameAr": "مجلس سوريا الديموقراطية", "distinct": true}""");
        UUID kept = PopoloFixtures.organizationMembership(twice, sdc, "\"role\": \"member\"");
        PopoloFixtures.admin().body("{\"organizationId\": \"" + twice + "\"}").post("/organizations/" + sdc + "/merge")
                .then().statusCode(200).body("keptMemberships[0]", equalTo(kept.toString()));

        JsonNode export = PopoloFixtures.exportPopolo();
        assertEquals(6, export.path("memberships").size());
        export.path("memberships").forEach(m -> assertFalse(m.path("id").asText().equals(kept.toString())));
        tables.wipe();
        PopoloFixtures.importPopolo(export).statusCode(200).body("created.memberships", equalTo(6))
                .body("rejected", empty());
    }

    @Test
    void theSameFileImportedTwiceIsMatchedAndWritesNothing() {
        PopoloFixtures.registerArticles();
        JsonNode export = PopoloFixtures.exportPopolo();
        tables.wipe();
        PopoloFixtures.importPopolo(export).statusCode(200).body("created.organizations", equalTo(11));
        JsonNode imported = PopoloFixtures.exportPopolo();

        long outbox = tables.outboxRows();
        PopoloFixtures.importPopolo(export).statusCode(200)
                .body("created.organizations", equalTo(0))
                .body("created.persons", equalTo(0))
                .body("created.memberships", equalTo(0))
                .body("matched.organizations", equalTo(11))
                .body("matched.persons", equalTo(5))
                .body("matched.memberships", equalTo(6))
                .body("rejected", empty())
                .body("matches", empty());
        assertEquals(outbox, tables.outboxRows());
        // Not even the timestamps moved.
        assertEquals(imported, PopoloFixtures.exportPopolo());
    }

    @Test
    void anExportImportedIntoTheDatabaseItCameFromMatchesEverything() {
        PopoloFixtures.registerArticles();
        JsonNode export = PopoloFixtures.exportPopolo();
        long outbox = tables.outboxRows();
        // The department's sources are stored URL-less first; the export lists them the other way round.
        PopoloFixtures.importPopolo(export).statusCode(200)
                .body("matched.organizations", equalTo(11))
                .body("matched.persons", equalTo(5))
                .body("matched.memberships", equalTo(6))
                .body("rejected", empty());
        assertEquals(outbox, tables.outboxRows());
    }

    @Test
    void mergedOrganisationsAreLeftOutAndTheirNamesStayWithTheWinner() {
        UUID sdc = PopoloFixtures.registerArticles();
        UUID twice = PopoloFixtures.organization("""
                {"kind": "council", "nameAr": "مجلس سوريا الديموقراطية", "distinct": true}""");
        PopoloFixtures.admin().body("{\"organizationId\": \"" + twice + "\"}").post("/organizations/" + sdc + "/merge")
                .then().statusCode(200);

        JsonNode export = PopoloFixtures.exportPopolo();
        export.path("organizations").forEach(o -> assertFalse(o.path("id").asText().equals(twice.toString())));
        JsonNode winner = null;
        for (JsonNode o : export.path("organizations")) {
            winner = o.path("id").asText().equals(sdc.toString()) ? o : winner;
        }
        assertEquals("merged from " + twice,
                winner.path("other_names").get(winner.path("other_names").size() - 1).path("note").asText());

        // A file that still names the merged id is matched to the winner.
        String file = "{\"organizations\": [{\"id\": \"" + twice
                + "\", \"name\": \"مجلس سوريا الديموقراطية\", \"classification\": \"council\"}]}";
        PopoloFixtures.importPopolo(file).statusCode(200)
                .body("matched.organizations", equalTo(1))
                .body("matches[0].by", equalTo("merge"))
                .body("matches[0].existingId", equalTo(sdc.toString()));
    }

    @Test
    void everyRoleMayExportButOnlyAdminsImport() {
        UUID office = UUID.randomUUID();
        given().auth().oauth2(TestTokens.reader(office)).get("/export/popolo").then().statusCode(200);
        given().auth().oauth2(TestTokens.editor(office)).contentType("application/json").body("{\"organizations\": []}")
                .post("/import/popolo").then().statusCode(403).contentType("application/problem+json");
        given().get("/export/popolo").then().statusCode(401);
    }
}
