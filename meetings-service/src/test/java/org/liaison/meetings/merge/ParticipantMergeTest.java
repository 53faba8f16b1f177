package org.liaison.meetings.merge;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Merges rewrite participants as they rewrite organisers, row by row: a meeting where both the duplicate and the
 * record that stays take part keeps two rows naming the winner, and undoing the merge gives back only the row
 * that named the duplicate.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class ParticipantMergeTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    CloudEventProducer events;
    MergeFixture fixture;
    OrganizationState sdc;
    OrganizationState duplicate;
    OrganizationState office;

    @BeforeEach
    void open() {
        events = new CloudEventProducer(bootstrapServers);
        fixture = new MergeFixture(directory, entityManager, events);
        sdc = fixture.organization("council", "مجلس سوريا الديمقراطية", "Syrian Democratic Council");
        duplicate = fixture.organization("council", "مسـد", null);
        office = fixture.organization("office", "مكتب العلاقات العامة", "Public Relations Office");
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aMergeRewritesParticipantsAndItsUndoingRestoresOnlyTheRowsItMoved() {
        String meeting = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                        {"kind": "internal_meeting", "titleAr": "اجتماع مع الأحزاب الأعضاء", "organizerId": "%s",
                         "participants": [{"organizationId": "%s", "role": "participant"},
                                          {"organizationId": "%s", "role": "participant"},
                                          {"organizationId": "%s", "role": "speaker", "onBehalfOfId": "%s"}]}"""
                        .formatted(office.id(), duplicate.id(), sdc.id(), office.id(), duplicate.id()))
                .post("/meetings").then().statusCode(201).extract().path("id");

        fixture.publish(EventTypes.ORGANIZATION_MERGED, duplicate.withMergedInto(sdc.id(), 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.versionOf(meeting) == 1);
        JsonPath merged = fixture.meeting(meeting);
        assertEquals(List.of(sdc.id().toString(), sdc.id().toString(), office.id().toString()),
                merged.getList("participants.organizationId"));
        assertEquals(sdc.id().toString(), merged.getString("participants[2].onBehalfOfId"));
        assertEquals("مجلس سوريا الديمقراطية", merged.getString("participants[0].organization.nameAr"));
        assertEquals(List.of("1 " + office.id()), fixture.updates(meeting), "one event for the meeting");

        fixture.publish(EventTypes.ORGANIZATION_UNMERGED, duplicate.withMergedInto(null, 2));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.versionOf(meeting) == 2);
        JsonPath restored = fixture.meeting(meeting);
        assertEquals(List.of(duplicate.id().toString(), sdc.id().toString(), office.id().toString()),
                restored.getList("participants.organizationId"));
        assertEquals(duplicate.id().toString(), restored.getString("participants[2].onBehalfOfId"));
        assertEquals("مسـد", restored.getString("participants[0].organization.nameAr"));
    }
}
