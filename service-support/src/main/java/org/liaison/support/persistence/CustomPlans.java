package org.liaison.support.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGStatement;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Queries planned for their own values. After five executions of a prepared statement the PostgreSQL driver gets the
 * server's generic plan, which is blind to the values bound: how common the searched word is, whose visibility
 * applies. For the meetings' text search that plan is the wrong one for common words (in the bench at 20,000 meetings
 * read by offices: p95 275 ms a page that way, 69 ms planned for its values); for the organisations' name search it
 * sorted every match of a common word (8.7 ms a page, 0.5 ms planned for its values). Planning costs about a
 * millisecond each time, and a plan for values is only as good as the estimates behind it (the organisations' search
 * through its name rows got slower for rare words this way, 3 to 148 ms): measure before using it.
 */
public final class CustomPlans {

    /** Hibernate's numbered positional parameters, as native queries and {@code PageTotals} write them. */
    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    private CustomPlans() {
    }

    /**
     * For the rest of the caller's transaction (a {@code SET LOCAL}: nothing outlives it), for statements the caller
     * does not run itself (HQL); every statement of the transaction is then planned anew, each time.
     *
     * @param moreSettings other planner settings for the transaction ({@code name = value}, fixed text from code)
     */
    public static void forThisTransaction(EntityManager entityManager, String... moreSettings) {
        StringBuilder sql = new StringBuilder("set local plan_cache_mode = force_custom_plan");
        for (String setting : moreSettings) {
            sql.append("; set local ").append(setting);
        }
        // One plain statement: a native update through Hibernate also flushes and schedules cache invalidation.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql.toString());
            }
        });
    }

    /**
     * The rows of one native select, planned for its parameters' values (the driver never prepares it on the server,
     * so PostgreSQL plans it at each execution with the values bound), while the other statements of the
     * transaction keep their cached plans: a search's reads of the page's rows by id need no planning each time. For
     * reads: unlike a Hibernate query it does not flush the session's pending changes first.
     *
     * @param sql        its parameters numbered {@code ?1}, {@code ?2}, ... as in a Hibernate native query, each
     *                   used once, in any order of the text
     * @param parameters their values, in the order of their numbers
     * @param settings   planner settings for the rest of the transaction ({@code SET LOCAL}, fixed text from code),
     *                   sent with the select in one round trip
     * @return each row's columns as the driver reads them ({@link ResultSet#getObject(int)}: uuid as UUID, bigint as
     *         Long, text as String)
     */
    public static List<Object[]> select(EntityManager entityManager, String sql, List<?> parameters,
                                        String... settings) {
        List<Object> ordered = new ArrayList<>();
        Matcher numbered = NUMBERED.matcher(sql);
        StringBuilder text = new StringBuilder();
        for (String setting : settings) {
            text.append("set local ").append(setting).append("; ");
        }
        while (numbered.find()) {
            ordered.add(parameters.get(Integer.parseInt(numbered.group(1)) - 1));
            numbered.appendReplacement(text, "?");
        }
        numbered.appendTail(text);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                for (int i = 0; i < ordered.size(); i++) {
                    // The driver has no mapping of Instant (Hibernate binds it as a timestamp with time zone).
                    statement.setObject(i + 1, ordered.get(i) instanceof Instant instant
                            ? instant.atOffset(ZoneOffset.UTC) : ordered.get(i));
                }
                return rows(statement);
            }
        });
    }

    /** The result set of the statement's last part: the settings before it answer update counts. */
    private static List<Object[]> rows(PreparedStatement statement) throws SQLException {
        boolean isResultSet = statement.execute();
        while (!isResultSet) {
            if (statement.getUpdateCount() == -1) {
                throw new IllegalStateException("no rows from " + statement);
            }
            isResultSet = statement.getMoreResults();
        }
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet result = statement.getResultSet()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = result.getObject(c + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
