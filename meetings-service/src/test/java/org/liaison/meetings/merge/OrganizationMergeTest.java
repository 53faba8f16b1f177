package org.liaison.meetings.merge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
import org.liaison.meetings.search.SearchFixture;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Syrian Democratic Council was registered twice, once as «مسـد»; orgs-service merges the duplicate into
 * the full record, and may undo that. Events go through the real broker and the real consumer.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class OrganizationMergeTest {

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

    @BeforeEach
    void open() {
        events = new CloudEventProducer(bootstrapServers);
        fixture = new MergeFixture(directory, entityManager, events);
        sdc = fixture.organization("council", "مجلس سوريا الديمقراطية", "Syrian Democratic Council");
        duplicate = fixture.organization("council", "مسـد", null);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aMergeMovesTheLosersMeetingsToTheWinnerOnceAndAnnouncesEach() {
        String first = fixture.schedule(duplicate.id(), "اجتماع مكتب العلاقات العامة مع الأحزاب الأعضاء");
        String second = fixture.schedule(duplicate.id(), "اجتماع موسع في القامشلي");
        String own = fixture.schedule(sdc.id(), "الاجتماع السنوي");

        OrganizationState merged = duplicate.withMergedInto(sdc.id(), 1);
        String eventId = fixture.publish(EventTypes.ORGANIZATION_MERGED, merged);

        await().atMost(Duration.ofSeconds(20)).until(() -> sdc.id().equals(fixture.organizerOf(second)));
        fixture.awaitAnnounced();
        assertEquals(sdc.id(), fixture.organizerOf(first));
        assertEquals("مجلس سوريا الديمقراطية", fixture.meeting(first).getString("organizer.nameAr"));
        assertEquals(1, fixture.versionOf(first));
        assertEquals(List.of("1 " + sdc.id()), fixture.updates(first));
        assertEquals(List.of("1 " + sdc.id()), fixture.updates(second));
        assertEquals(0, fixture.versionOf(own), "the winner's own meeting is not touched");
        assertEquals(List.of(), fixture.updates(own));
        assertEquals(sdc.id(), fixture.directoryEntry(duplicate.id()).mergedInto());

        // The broker redelivers the event, and orgs-service publishes the same state again under a new id.
        fixture.publish(EventTypes.ORGANIZATION_MERGED, merged, eventId);
        fixture.publish(EventTypes.ORGANIZATION_MERGED, merged);
        fixture.awaitConsumed(duplicate.id());
        assertEquals(1, fixture.versionOf(first));
        assertEquals(1, fixture.versionOf(second));
        assertEquals(List.of("1 " + sdc.id()), fixture.updates(first), "no further event");
    }

    @Test
    void theMeetingsMovedAreAnnouncedOnceNoReferencesAreMovingAnyMore() throws Exception {
        String meeting = fixture.schedule(duplicate.id(), "اجتماع موسع في القامشلي");
        // Another organisation's job, held by a transaction that has it locked: it stays queued until released.
        UUID other = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into reference_job (loser_id, kind) values (?1, 'move')").setParameter(1, other)
                .executeUpdate());
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select seq from reference_job where loser_id = ?1 for update")
                    .setParameter(1, other).getResultList();
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        try {
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            fixture.publish(EventTypes.ORGANIZATION_MERGED, duplicate.withMergedInto(sdc.id(), 1));
            // (organizerOf would wait for the queues to empty)
            await().atMost(Duration.ofSeconds(20)).until(() -> sdc.id().toString()
                    .equals(fixture.meeting(meeting).getString("organizerId")));
            Thread.sleep(1000);
            assertEquals(List.of(), fixture.updates(meeting), "not announced while a job is queued");
            given().auth().oauth2(TestTokens.admin()).get("/admin/merge-jobs").then().statusCode(200)
                    .body("find { it.organizationId == '" + other + "' }.kind", equalTo("move"))
                    .body("find { it.organizationId == '" + other + "' }.remaining", equalTo(0));
            given().auth().oauth2(TestTokens.editor(UUID.randomUUID())).get("/admin/merge-jobs").then()
                    .statusCode(403);
            assertEquals(0, fixture.versionOf(meeting));
        } finally {
            release.countDown();
            holder.join();
        }
        fixture.awaitAnnounced();
        assertEquals(List.of("1 " + sdc.id()), fixture.updates(meeting));
    }

    @Test
    void undoingTheMergeRestoresOnlyTheMeetingsItMoved() {
        OrganizationState office = fixture.organization("office", "مكتب العلاقات العامة", "Public Relations Office");
        String moved = fixture.schedule(duplicate.id(), "اجتماع مكتب العلاقات العامة مع الأحزاب الأعضاء");
        String movedThenChosen = fixture.schedule(duplicate.id(), "اجتماع موسع في القامشلي");
        String givenTheWinnerLater = fixture.schedule(office.id(), "لقاء مع المبعوثين");

        fixture.publish(EventTypes.ORGANIZATION_MERGED, duplicate.withMergedInto(sdc.id(), 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> sdc.id().equals(fixture.organizerOf(movedThenChosen)));
        fixture.awaitAnnounced();
        // After the merge, people set these organisers on purpose.
        fixture.changeOrganizer(movedThenChosen, office.id());
        fixture.changeOrganizer(movedThenChosen, sdc.id());
        fixture.changeOrganizer(givenTheWinnerLater, sdc.id());
        String scheduledLater = fixture.schedule(sdc.id(), "الاجتماع السنوي");
        long chosenVersion = fixture.versionOf(movedThenChosen);

        fixture.publish(EventTypes.ORGANIZATION_UNMERGED, duplicate.withMergedInto(null, 2));

        await().atMost(Duration.ofSeconds(20)).until(() -> duplicate.id().equals(fixture.organizerOf(moved)));
        fixture.awaitAnnounced();
        assertEquals(2, fixture.versionOf(moved));
        assertEquals(List.of("1 " + sdc.id(), "2 " + duplicate.id()), fixture.updates(moved));
        assertEquals("مسـد", fixture.meeting(moved).getString("organizer.nameAr"));
        assertEquals(sdc.id(), fixture.organizerOf(movedThenChosen));
        assertEquals(chosenVersion, fixture.versionOf(movedThenChosen));
        assertEquals(sdc.id(), fixture.organizerOf(givenTheWinnerLater));
        assertEquals(1, fixture.versionOf(givenTheWinnerLater));
        assertEquals(sdc.id(), fixture.organizerOf(scheduledLater));
        assertEquals(0, fixture.versionOf(scheduledLater));
        assertNull(fixture.directoryEntry(duplicate.id()).mergedInto());
    }

    /**
     * Who may see a restricted meeting's details follows its organiser through the merge and back: a search by its
     * words reads the organiser copied into the meeting's search row.
     */
    @Test
    void theWinnersOfficeFindsTheLosersRestrictedMeetingsByTheirWordsOnlyWhileMerged() {
        String word = "مغلق" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "ب");
        String meeting = fixture.scheduleRestricted(duplicate.id(), "اجتماع " + word);
        String winnersOffice = TestTokens.reader(sdc.id());
        assertEquals(List.of(), SearchFixture.ids(winnersOffice, Map.of("q", word)));
        assertEquals(List.of(meeting), SearchFixture.ids(TestTokens.reader(duplicate.id()), Map.of("q", word)));

        fixture.publish(EventTypes.ORGANIZATION_MERGED, duplicate.withMergedInto(sdc.id(), 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> sdc.id().equals(fixture.organizerOf(meeting)));
        fixture.awaitAnnounced();
        assertEquals(List.of(meeting), SearchFixture.ids(winnersOffice, Map.of("q", word)));

        fixture.publish(EventTypes.ORGANIZATION_UNMERGED, duplicate.withMergedInto(null, 2));
        await().atMost(Duration.ofSeconds(20)).until(() -> duplicate.id().equals(fixture.organizerOf(meeting)));
        fixture.awaitAnnounced();
        assertEquals(List.of(), SearchFixture.ids(winnersOffice, Map.of("q", word)));
    }

    @Test
    void aStaleMergedEventChangesNothing() {
        String meeting = fixture.schedule(duplicate.id(), "اجتماع مكتب العلاقات العامة مع الأحزاب الأعضاء");
        // orgs-service merged and then unmerged it; the unmerge (version 2) was applied first.
        fixture.publish(EventTypes.ORGANIZATION_UPDATED, duplicate.withMergedInto(null, 2));
        fixture.awaitConsumed(duplicate.id());
        fixture.publish(EventTypes.ORGANIZATION_MERGED, duplicate.withMergedInto(sdc.id(), 1));
        fixture.awaitConsumed(duplicate.id());

        assertEquals(duplicate.id(), fixture.organizerOf(meeting));
        assertEquals(0, fixture.versionOf(meeting));
        assertEquals(List.of(), fixture.updates(meeting));
        assertEquals(2, fixture.directoryEntry(duplicate.id()).version());
        assertNull(fixture.directoryEntry(duplicate.id()).mergedInto());
    }

    @Test
    void aMissedMergedEventIsHealedByTheNextStateOfTheLoser() {
        String meeting = fixture.schedule(duplicate.id(), "اجتماع مكتب العلاقات العامة مع الأحزاب الأعضاء");
        // The merged event (version 1) never arrived; a later correction of the loser carries mergedInto too.
        fixture.publish(EventTypes.ORGANIZATION_UPDATED,
                new OrganizationState(duplicate.id(), 0, "council", "مســد", null)
                .withMergedInto(sdc.id(), 2));

        await().atMost(Duration.ofSeconds(20)).until(() -> sdc.id().equals(fixture.organizerOf(meeting)));
        fixture.awaitAnnounced();
        assertEquals(List.of("1 " + sdc.id()), fixture.updates(meeting));
    }

    @Test
    void schedulingOrChangingToAMergedOrganisationStoresTheWinner() {
        OrganizationState office = fixture.organization("office", "مكتب العلاقات العامة", "Public Relations Office");
        fixture.publish(EventTypes.ORGANIZATION_MERGED, duplicate.withMergedInto(sdc.id(), 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.directoryEntry(duplicate.id()).mergedInto() != null);

        String scheduled = fixture.schedule(duplicate.id(), "اجتماع مكتب العلاقات العامة مع الأحزاب الأعضاء");
        assertEquals(sdc.id(), fixture.organizerOf(scheduled));
        assertEquals("مجلس سوريا الديمقراطية", fixture.meeting(scheduled).getString("organizer.nameAr"));
        String changed = fixture.schedule(office.id(), "لقاء مع المبعوثين");
        fixture.changeOrganizer(changed, duplicate.id());
        assertEquals(sdc.id(), fixture.organizerOf(changed));
        assertEquals(1, fixture.versionOf(changed), "one change, one version");
        assertEquals(List.of("1 " + sdc.id()), fixture.updates(changed));

        // They were given as «مسـد»: undoing the merge gives them back to it.
        fixture.publish(EventTypes.ORGANIZATION_UNMERGED, duplicate.withMergedInto(null, 2));
        await().atMost(Duration.ofSeconds(20)).until(() -> duplicate.id().equals(fixture.organizerOf(changed)));
        fixture.awaitAnnounced();
        assertEquals(duplicate.id(), fixture.organizerOf(scheduled));
    }
}
