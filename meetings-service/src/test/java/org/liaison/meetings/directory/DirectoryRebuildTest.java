package org.liaison.meetings.directory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.Topics;
import org.liaison.infra.LiaisonTestResource;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisation directory rebuilt from orgs.events through the real broker: a row the directory lost comes back,
 * a row that went wrong is put right, a row no event names goes, the listeners hear of it, and a rebuild of a right
 * directory writes nothing. A database of its own: the rebuild removes rows that other tests write without events.
 */
@QuarkusTest
@WithTestResource(value = MeetingsTestResource.class,
        initArgs = @ResourceArg(name = LiaisonTestResource.DATABASE_ARG, value = "meetings_rebuild"))
class DirectoryRebuildTest {

    private static final String REBUILD = "/admin/read-models/organization-directory/rebuild";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    @Inject
    RenamedOrganizations renamed;

    @Test
    void theDirectoryIsPutRightFromTheTopic() throws Exception {
        UUID baytna = UUID.randomUUID();
        UUID dayAfter = UUID.randomUUID();
        UUID phantom = UUID.randomUUID();
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            send(events, new OrganizationState(baytna, 0, "civil_society_organization", "بيتنا", "Baytna"),
                    EventTypes.ORGANIZATION_REGISTERED);
            send(events, new OrganizationState(baytna, 1, "civil_society_organization", "بيتنا سوريا", "Baytna Syria"),
                    EventTypes.ORGANIZATION_RENAMED);
            send(events, new OrganizationState(dayAfter, 0, "civil_society_organization", "اليوم التالي",
                    "The Day After"), EventTypes.ORGANIZATION_REGISTERED);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> version(baytna) == 1 && version(dayAfter) == 0);

        // The directory goes wrong three ways: a lost row, a changed one, one that no event ever named.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from directory_organization where id = ?1")
                    .setParameter(1, baytna).executeUpdate();
            entityManager.createNativeQuery("update directory_organization set name_ar = 'خطأ' where id = ?1")
                    .setParameter(1, dayAfter).executeUpdate();
            entityManager.createNativeQuery("""
                            insert into directory_organization (id, version, kind, name_ar) values (?1, 0, 'party',
                                'شبح')""")
                    .setParameter(1, phantom).executeUpdate();
        });
        renamed.clear();

        rebuild().body("readModel", equalTo("organization-directory"))
                .body("topic", equalTo(Topics.ORGS))
                .body("complete", equalTo(true))
                .body("events", greaterThanOrEqualTo(3))
                .body("added", greaterThanOrEqualTo(1))
                .body("changed", greaterThanOrEqualTo(1))
                .body("removed", greaterThanOrEqualTo(1));

        OrganizationState restored = QuarkusTransaction.requiringNew().call(() -> directory.find(baytna)).orElseThrow();
        assertEquals(1, restored.version());
        assertEquals("بيتنا سوريا", restored.nameAr());
        assertEquals("اليوم التالي",
                QuarkusTransaction.requiringNew().call(() -> directory.find(dayAfter)).orElseThrow().nameAr());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> directory.find(phantom)).isEmpty(),
                "a row that no event names is removed when the topic holds its whole history");
        assertTrue(renamed.ids().contains(baytna) && renamed.ids().contains(dayAfter),
                "the rename listeners hear of the restored and the corrected names: " + renamed.ids());

        renamed.clear();
        rebuild().body("added", equalTo(0)).body("changed", equalTo(0)).body("removed", equalTo(0));
        assertTrue(renamed.ids().isEmpty(), "a right directory is not written, and nobody is told");
    }

    @Test
    void theReadModelsAreListedAndOnlyAdminsRebuildThem() {
        given().auth().oauth2(TestTokens.admin()).get("/admin/read-models").then().statusCode(200)
                .body("name", hasItem("organization-directory"))
                .body("find { it.name == 'organization-directory' }.topic", equalTo(Topics.ORGS))
                .body("find { it.name == 'organization-directory' }.channel", equalTo("orgs-in"));
        given().auth().oauth2(TestTokens.admin()).post("/admin/read-models/no-such-model/rebuild").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.editor(UUID.randomUUID())).post(REBUILD).then().statusCode(403);
        given().post(REBUILD).then().statusCode(401);
    }

    private static ValidatableResponse rebuild() {
        return given().auth().oauth2(TestTokens.admin()).post(REBUILD).then().statusCode(200);
    }

    private static void send(CloudEventProducer events, OrganizationState state, String type) throws Exception {
        events.send(Topics.ORGS, state.id().toString(), UUID.randomUUID().toString(), type,
                "organization/" + state.id(), EventJson.mapper().writeValueAsString(state));
    }

    private long version(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> directory.find(id).map(OrganizationState::version)
                .orElse(-1L));
    }
}
