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
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Merges that chain (A into B, B into C), arrive out of order, loop or run long, applied to the directory
 * directly (as the consumer does inside its transaction), without the broker.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MergeChainTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    CloudEventProducer events;
    MergeFixture fixture;

    @BeforeEach
    void open() {
        events = new CloudEventProducer(bootstrapServers);
        fixture = new MergeFixture(directory, entityManager, events);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void resolveFollowsTheChainToTheOrganisationNotMerged() {
        OrganizationState sdc = fixture.organization("council", "مجلس سوريا الديمقراطية", "Syrian Democratic Council");
        OrganizationState shortName = fixture.organization("council", "مسـد", null);
        OrganizationState tatweel = fixture.organization("council", "مســد", null);
        UUID unknown = UUID.randomUUID();

        apply(shortName.withMergedInto(sdc.id(), 1));
        apply(tatweel.withMergedInto(shortName.id(), 1));

        assertEquals(sdc.id(), resolve(tatweel.id()));
        assertEquals(List.of(tatweel.id(), shortName.id(), sdc.id()),
                QuarkusTransaction.requiringNew().call(() -> directory.mergePath(tatweel.id())));
        assertEquals(sdc.id(), resolve(sdc.id()));
        assertEquals(unknown, resolve(unknown), "an organisation not known here resolves to itself");
    }

    @Test
    void aLoopOrAnOverlongChainEndsTheResolution() {
        OrganizationState x = fixture.organization("council", "مجلس سوريا الديمقراطية", null);
        OrganizationState y = fixture.organization("council", "مسـد", null);
        apply(x.withMergedInto(y.id(), 1));
        apply(y.withMergedInto(x.id(), 1));
        assertEquals(y.id(), resolve(x.id()));
        assertEquals(x.id(), resolve(y.id()));

        List<OrganizationState> chain = new ArrayList<>();
        for (int i = 0; i < OrganizationDirectory.MAX_MERGE_HOPS + 4; i++) {
            chain.add(fixture.organization("office", "مكتب " + i, null));
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            apply(chain.get(i).withMergedInto(chain.get(i + 1).id(), 1));
        }
        assertEquals(chain.get(OrganizationDirectory.MAX_MERGE_HOPS).id(), resolve(chain.get(0).id()));
    }

    @Test
    void chainedMergesArrivingOutOfOrderAreUndoneOneByOne() {
        OrganizationState sdc = fixture.organization("council", "مجلس سوريا الديمقراطية", "Syrian Democratic Council");
        OrganizationState shortName = fixture.organization("council", "مسـد", null);
        OrganizationState tatweel = fixture.organization("council", "مســد", null);
        String meeting = fixture.schedule(tatweel.id(), "اجتماع مكتب العلاقات العامة مع الأحزاب الأعضاء");

        // «مسـد» into the council, then «مســد» into «مسـد»: the two keys' events may come in either order.
        apply(shortName.withMergedInto(sdc.id(), 1));
        assertEquals(tatweel.id(), fixture.organizerOf(meeting), "not the loser's meeting");
        apply(tatweel.withMergedInto(shortName.id(), 1));
        assertEquals(sdc.id(), fixture.organizerOf(meeting), "stored as the end of the chain");
        fixture.awaitAnnounced();

        apply(shortName.withMergedInto(null, 2));
        assertEquals(shortName.id(), fixture.organizerOf(meeting), "«مســد» is still merged into «مسـد»");
        fixture.awaitAnnounced();
        apply(tatweel.withMergedInto(null, 2));
        assertEquals(tatweel.id(), fixture.organizerOf(meeting));
        fixture.awaitAnnounced();
        // Each step was announced before the next one came; steps coming faster are announced as one.
        assertEquals(List.of("1 " + sdc.id(), "2 " + shortName.id(), "3 " + tatweel.id()), fixture.updates(meeting));
    }

    @Test
    void aLoserMovedStraightToAnotherWinnerTakesItsMeetingsAlong() {
        OrganizationState sdc = fixture.organization("council", "مجلس سوريا الديمقراطية", "Syrian Democratic Council");
        OrganizationState office = fixture.organization("office", "مكتب العلاقات العامة", "Public Relations Office");
        OrganizationState duplicate = fixture.organization("council", "مسـد", null);
        String meeting = fixture.schedule(duplicate.id(), "اجتماع موسع في القامشلي");

        apply(duplicate.withMergedInto(office.id(), 1));
        // A correction: it was the council, not its office (the unmerge in between was never received).
        apply(duplicate.withMergedInto(sdc.id(), 3));
        assertEquals(sdc.id(), fixture.organizerOf(meeting));

        apply(duplicate.withMergedInto(null, 4));
        assertEquals(duplicate.id(), fixture.organizerOf(meeting));
    }

    @Test
    void onlyANewerStateActs() {
        OrganizationState sdc = fixture.organization("council", "مجلس سوريا الديمقراطية", "Syrian Democratic Council");
        OrganizationState duplicate = fixture.organization("council", "مسـد", null);
        String meeting = fixture.schedule(duplicate.id(), "اجتماع موسع في القامشلي");

        assertTrue(apply(duplicate.withMergedInto(sdc.id(), 1)));
        assertFalse(apply(duplicate.withMergedInto(sdc.id(), 1)), "the same version again");
        assertFalse(apply(duplicate.withMergedInto(null, 0)), "an older version");
        assertEquals(sdc.id(), fixture.organizerOf(meeting));
        assertEquals(1, fixture.versionOf(meeting));
    }

    private boolean apply(OrganizationState state) {
        return QuarkusTransaction.requiringNew().call(() -> directory.apply(state));
    }

    private UUID resolve(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> directory.resolve(id));
    }
}
