package org.liaison.orgs.popolo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import larger than a chunk ({@code liaison.orgs.import.chunk-size}): records are written a chunk per
 * transaction, and a chunk holding a name clash or a refused record is written again record by record, so that the
 * clash is matched, the refusal rejected with its field and every other record of the chunk lands, each with one
 * event, none twice.
 */
@QuarkusTest
@TestProfile(PrivateDatabase.class)
class PopoloImportChunksTest {

    @ConfigProperty(name = "liaison.orgs.import.chunk-size")
    int chunkSize;

    @Inject
    PopoloTables tables;

    @BeforeEach
    void emptyDatabase() {
        tables.wipe();
    }

    @Test
    void aClashAndARefusalInAChunkLeaveTheOtherRecordsOfItImported() {
        int records = 2 * chunkSize + chunkSize / 2;
        assertTrue(records > chunkSize + 10, "the file must span chunks");
        UUID stored = PopoloFixtures.organization("{\"kind\": \"council\", \"nameAr\": \"مجلس سوريا الديمقراطية\"}");
        int clash = chunkSize + 3;
        int refused = chunkSize + 7;
        ObjectNode file = PopoloFixtures.JSON.createObjectNode();
        ArrayNode organizations = file.putArray("organizations");
        for (int i = 0; i < records; i++) {
            ObjectNode o = organizations.addObject().put("id", UUID.randomUUID().toString())
                    .put("name", "مكتب العلاقات العامة " + i).put("classification", "office");
            if (i == clash) {
                o.put("name", "مجلس سوريا الديمقراطية");
            }
            if (i == refused) {
                o.put("parent_id", UUID.randomUUID().toString()); // valid as a field, unknown to the service
            }
        }
        long outboxBefore = tables.outboxRows();

        PopoloFixtures.importPopolo(file).statusCode(200)
                .body("created.organizations", equalTo(records - 2))
                .body("matched.organizations", equalTo(1))
                .body("matches", hasSize(1))
                .body("matches[0].existingId", equalTo(stored.toString()))
                .body("rejected", hasSize(1))
                .body("rejected[0].index", equalTo(refused))
                .body("rejected[0].errors.field", contains("parent_id"));
        assertEquals(records - 2, tables.outboxRows() - outboxBefore, "one event per created organisation");
        given().auth().oauth2(TestTokens.admin())
                .get("/organizations/" + organizations.get(refused + 1).get("id").asText()).then().statusCode(200);

        PopoloFixtures.importPopolo(file).statusCode(200)
                .body("created.organizations", equalTo(0))
                .body("matched.organizations", equalTo(records - 1))
                .body("rejected", hasSize(1));
        assertEquals(records - 2, tables.outboxRows() - outboxBefore, "a second import writes nothing");
    }
}
