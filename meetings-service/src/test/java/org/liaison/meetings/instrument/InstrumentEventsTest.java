package org.liaison.meetings.instrument;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.InstrumentState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The copy of orgs-service's instrument catalogue follows orgs.events through the real broker: an alias an
 * instrument.* event carries resolves a meeting's free text once the event is applied, and an older event of the
 * same instrument does not take it back.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class InstrumentEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    CloudEventProducer events;

    @BeforeEach
    void open() {
        events = new CloudEventProducer(bootstrapServers);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void anAliasFromOrgsEventsResolvesAMeetingsText() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String instrumentId = "uncat-" + suffix;
        String alias = "UNCAT " + suffix;
        UUID organizer = new MeetingFixture(directory, entityManager).organization("مبادرة مدنية", "Madaniya");
        String body = """
                {"kind": "conference", "titleAr": "مؤتمر مبادرة مدنية في معهد العالم العربي في باريس",
                 "organizerId": "%s", "instruments": ["%s"]}""".formatted(organizer, alias);
        MeetingFixture.post(body).then().statusCode(422).body("errors[0].field", equalTo("instruments[0]"));

        UUID key = InstrumentState.aggregateId(instrumentId);
        publish(key, state(instrumentId, 1, List.of(alias)), EventTypes.INSTRUMENT_UPDATED);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> MeetingFixture.post(body).statusCode() == 201);
        MeetingFixture.admin().queryParam("instrument", alias).get("/meetings").then().statusCode(200)
                .body("items[0].instruments[0].id", equalTo(instrumentId))
                .body("items[0].instruments[0].year", equalTo(1984));
        MeetingFixture.admin().get("/instruments/" + instrumentId + "/meetings").then().statusCode(200)
                .body("items.size()", equalTo(1));

        // Its registration, older, arriving late: the newer aliases stand. The marker after it, on the same key (so
        // the same partition), tells when it has been handled.
        publish(key, state(instrumentId, 0, List.of()), EventTypes.INSTRUMENT_REGISTERED);
        String marker = "uncat-marker-" + suffix;
        publish(key, state(marker, 0, List.of("UNCAT marker " + suffix)), EventTypes.INSTRUMENT_REGISTERED);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                MeetingFixture.admin().get("/instruments/" + marker + "/meetings").statusCode() == 200);
        MeetingFixture.admin().queryParam("instrument", alias).get("/meetings").then().statusCode(200);
    }

    private static InstrumentState state(String id, long version, List<String> aliasesEn) {
        return new InstrumentState(InstrumentState.aggregateId(id), version, id, "convention",
                "اتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة",
                "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", 1984,
                List.of(), aliasesEn);
    }

    private void publish(UUID key, InstrumentState state, String type) throws Exception {
        events.send(Topics.ORGS, key.toString(), UUID.randomUUID().toString(), type, "instrument/" + key,
                EventJson.mapper().writeValueAsString(state));
    }
}
