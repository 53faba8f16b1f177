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
import org.liaison.contracts.OtherName;
import org.liaison.contracts.PersonState;
import org.liaison.contracts.Topics;
import org.liaison.infra.LiaisonTestResource;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read of people rebuilt from orgs.events through the real broker: a lost row comes back with its search text, a
 * wrong one is put right, one that no event names goes, and a right read is not written. The rebuild test's own
 * database (it removes rows that other tests write without events).
 */
@QuarkusTest
@WithTestResource(value = MeetingsTestResource.class,
        initArgs = @ResourceArg(name = LiaisonTestResource.DATABASE_ARG, value = "meetings_rebuild"))
class PersonDirectoryRebuildTest {

    private static final String REBUILD = "/admin/read-models/person-directory/rebuild";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    PersonDirectory people;

    @Inject
    EntityManager entityManager;

    @Test
    void theReadOfPeopleIsPutRightFromTheTopic() throws Exception {
        UUID jamous = UUID.randomUUID();
        UUID ghanem = UUID.randomUUID();
        UUID phantom = UUID.randomUUID();
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            send(events, new PersonState(jamous, 0, "بدر جاموس", "Badr Jamous", "د.", List.of(), List.of(), null),
                    EventTypes.PERSON_REGISTERED);
            send(events, new PersonState(jamous, 1, "بدر جاموس", "Badr Jamous", "د.",
                    List.of(OtherName.of("الدكتور بدر جاموس", "as the article names him")), List.of(), null),
                    EventTypes.PERSON_UPDATED);
            send(events, new PersonState(ghanem, 0, "محمد علاء غانم", "Mohammed Alaa Ghanem", null, List.of(),
                    List.of(), null), EventTypes.PERSON_REGISTERED);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> version(jamous) == 1 && version(ghanem) == 0);
        String searchText = searchText(jamous);

        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from directory_person where id = ?1")
                    .setParameter(1, jamous).executeUpdate();
            entityManager.createNativeQuery("update directory_person set name_ar = 'خطأ' where id = ?1")
                    .setParameter(1, ghanem).executeUpdate();
            entityManager.createNativeQuery("""
                            insert into directory_person (id, version, name_ar, updated_at) values (?1, 0, 'شبح',
                                now())""")
                    .setParameter(1, phantom).executeUpdate();
        });

        rebuild().body("readModel", equalTo("person-directory"))
                .body("topic", equalTo(Topics.ORGS))
                .body("complete", equalTo(true))
                .body("added", greaterThanOrEqualTo(1))
                .body("changed", greaterThanOrEqualTo(1))
                .body("removed", greaterThanOrEqualTo(1));

        assertEquals(1, version(jamous));
        assertEquals(searchText, searchText(jamous), "the search text is the one the live consumer writes");
        assertEquals("محمد علاء غانم", find(ghanem).orElseThrow().nameAr());
        assertTrue(find(phantom).isEmpty(), "a row that no event names is removed when the topic holds its history");

        rebuild().body("added", equalTo(0)).body("changed", equalTo(0)).body("removed", equalTo(0));
    }

    private static ValidatableResponse rebuild() {
        return given().auth().oauth2(TestTokens.admin()).post(REBUILD).then().statusCode(200);
    }

    private static void send(CloudEventProducer events, PersonState state, String type) throws Exception {
        events.send(Topics.ORGS, state.id().toString(), UUID.randomUUID().toString(), type, "person/" + state.id(),
                EventJson.mapper().writeValueAsString(state));
    }

    private Optional<PersonDirectory.Entry> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> people.find(id));
    }

    private long version(UUID id) {
        return find(id).map(PersonDirectory.Entry::version).orElse(-1L);
    }

    private String searchText(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select search_text from directory_person where id = ?1").setParameter(1, id).getSingleResult());
    }
}
