package org.liaison.meetings.model;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.MeetingsTestResource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The migration that turns agenda lines into agenda items, run on rows as the service stored them before: in
 * temporary tables of the same names, which PostgreSQL looks in first, so the real tables are not touched.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class AgendaItemsMigrationTest {

    private static final String MIGRATION = "/db/migration/V2026120971__agenda_items_and_participant_groups.sql";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachAgendaLineBecomesAnItemWithThatTitleAndNothingInvented() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("""
                    create temporary table meeting (id int, agenda jsonb) on commit drop;
                    create temporary table meeting_search (key_version int) on commit drop;
                    insert into meeting values
                        (1, '["مناقشة ورقة العمل", "هيكلية المكتب ومهامه"]'),
                        (2, '[]'),
                        (3, '[{"number": "1", "title": "بند", "result": "نتيجة", "decisions": []}]');
                    insert into meeting_search values (3);""");
            s.execute(migration());
            assertEquals("""
                    [{"title": "مناقشة ورقة العمل", "number": null, "result": null, "decisions": []}, \
                    {"title": "هيكلية المكتب ومهامه", "number": null, "result": null, "decisions": []}]""",
                    text(s, "select agenda::text from meeting where id = 1"));
            assertEquals("[]", text(s, "select agenda::text from meeting where id = 2"));
            assertEquals("[{\"title\": \"بند\", \"number\": \"1\", \"result\": \"نتيجة\", \"decisions\": []}]",
                    text(s, "select agenda::text from meeting where id = 3"), "items already are left as they are");
            assertEquals("0", text(s, "select key_version::text from meeting_search"), "search rows are rewritten");
            c.rollback();
        }
    }

    private static String migration() throws Exception {
        try (InputStream in = AgendaItemsMigrationTest.class.getResourceAsStream(MIGRATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(Statement s, String query) throws Exception {
        try (ResultSet row = s.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
