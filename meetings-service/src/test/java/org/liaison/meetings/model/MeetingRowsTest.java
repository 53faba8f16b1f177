package org.liaison.meetings.model;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.MeetingsTestResource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link MeetingRows} reads meetings by naming their columns: a column added to {@code meeting} must be read there
 * too, or search pages would show meetings without it. (That each is read into the right field is checked by
 * {@code SampleMeetingsRoundTripTest}, which compares the rows' views with the entities'.)
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingRowsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void everyColumnOfTheMeetingTableIsRead() {
        @SuppressWarnings("unchecked")
        List<String> columns = entityManager.createNativeQuery("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = 'meeting'").getResultList();
        Set<String> table = new TreeSet<>(columns);
        assertEquals(table, new TreeSet<>(MeetingRows.MEETING_COLUMNS));
        assertEquals(table.size(), MeetingRows.MEETING_COLUMNS.size(), "each column read once");
    }
}
