package org.liaison.recommendations.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.TestTokens;
import org.liaison.support.directory.OrganizationDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The sample 2023 work plan (sample-data/recommendations.jsonl) posted for a fresh organisation. */
final class ReportData {

    /** What an indicator's history is read from, by the time each row was recorded. */
    private static final String[] INDICATOR_TABLES = {"recommendation_indicator_revision",
            "recommendation_indicator_measurement"};

    private ReportData() {
    }

    static UUID organization() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(OrganizationDirectory.class).get()
                .apply(new OrganizationState(id, 0, "department", "دائرة العلاقات الخارجية",
                        "Department of Foreign Relations")));
        return id;
    }

    /** The work plan of article 004 (8 recommendations, item 3 written «٣»), without its fixed ids. */
    static Response workPlan(UUID organization) throws Exception {
        ObjectNode set = (ObjectNode) new ObjectMapper().readTree(
                Files.readAllLines(Path.of("..", "sample-data", "recommendations.jsonl")).get(0));
        set.remove("id");
        set.remove("adoptingMeetingId");
        set.put("issuingOrganizationId", organization.toString());
        for (var r : (ArrayNode) set.get("recommendations")) {
            ((ObjectNode) r).remove("id");
        }
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(set.toString())
                .post("/recommendation-sets").then().statusCode(201).extract().response();
    }

    /** Moves everything of a set back by {@code days}, as if it had been recorded then. */
    static void backdate(String setId, int days) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            String shift = "interval '" + days + " days'";
            em.createNativeQuery("update recommendation_timeline set recorded_at = recorded_at - " + shift
                    + " where recommendation_id in (select id from recommendation where set_id = ?1)")
                    .setParameter(1, UUID.fromString(setId)).executeUpdate();
            em.createNativeQuery("update recommendation_action_revision set recorded_at = recorded_at - " + shift
                    + " where recommendation_id in (select id from recommendation where set_id = ?1)")
                    .setParameter(1, UUID.fromString(setId)).executeUpdate();
            for (String table : INDICATOR_TABLES) {
                em.createNativeQuery("update " + table + " set recorded_at = recorded_at - " + shift
                        + " where recommendation_id in (select id from recommendation where set_id = ?1)")
                        .setParameter(1, UUID.fromString(setId)).executeUpdate();
            }
            em.createNativeQuery("update recommendation set created_at = created_at - " + shift + " where set_id = ?1")
                    .setParameter(1, UUID.fromString(setId)).executeUpdate();
            em.createNativeQuery("update recommendation_set set created_at = created_at - " + shift + " where id = ?1")
                    .setParameter(1, UUID.fromString(setId)).executeUpdate();
        });
    }
}
