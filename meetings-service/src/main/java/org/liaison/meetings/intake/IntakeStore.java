package org.liaison.meetings.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.liaison.meetings.search.SqlConditions;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageTotal;
import org.liaison.support.paging.PageTotals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The intake_article table: JSON documents kept as the API shows them, written and read with plain SQL (nothing in
 * them is queried; an entity would only convert them back and forth).
 */
@ApplicationScoped
@Transactional
public class IntakeStore {

    private final EntityManager entityManager;
    private final PageTotals totals;

    public IntakeStore(EntityManager entityManager, PageTotals totals) {
        this.entityManager = entityManager;
        this.totals = totals;
    }

    /** A stored intake, its documents as JSON text. */
    record Row(UUID id, UUID officeId, String article, String draft, String proposal, String acceptRequest,
               String acceptResult, Instant createdAt, Instant acceptedAt) {
    }

    void insert(Row row) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into intake_article (id, office_id,"
                    + " article, draft, proposal, created_at) values (?, ?, cast(? as jsonb), cast(? as jsonb),"
                    + " cast(? as jsonb), ?)")) {
                insert.setObject(1, row.id());
                insert.setObject(2, row.officeId());
                insert.setString(3, row.article());
                insert.setString(4, row.draft());
                insert.setString(5, row.proposal());
                insert.setTimestamp(6, Timestamp.from(row.createdAt()));
                insert.executeUpdate();
            }
        });
    }

    Optional<Row> find(UUID id) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, office_id, article::text,"
                    + " draft::text, proposal::text, accept_request::text, accept_result::text, created_at,"
                    + " accepted_at from intake_article where id = ?")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(read(row)) : Optional.<Row>empty();
                }
            }
        });
    }

    /** Records the accept unless another one was recorded first; true when this one was. */
    boolean markAccepted(UUID id, String request, String result, Instant at) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update intake_article set accept_request ="
                    + " cast(? as jsonb), accept_result = cast(? as jsonb), accepted_at = ? where id = ?"
                    + " and accepted_at is null")) {
                update.setString(1, request);
                update.setString(2, result);
                update.setTimestamp(3, Timestamp.from(at));
                update.setObject(4, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    /**
     * An office's intakes (every office's when {@code office} is null), newest first, from after the cursor.
     *
     * @param accepted true for accepted ones only, false for drafts only, null for both
     */
    Page<IntakeSummary> list(UUID office, Boolean accepted, int limit, KeysetCursor after) {
        SqlConditions conditions = new SqlConditions();
        if (office != null) {
            conditions.add("office_id = ?", office);
        }
        if (accepted != null) {
            conditions.add(accepted ? "accepted_at is not null" : "accepted_at is null");
        }
        PageTotal total = totals.count("from intake_article where " + conditions.where(),
                List.copyOf(conditions.parameters()));
        if (after != null) {
            conditions.add("created_at < ? or (created_at = ? and id < ?)", after.after(), after.after(),
                    after.afterId());
        }
        String sql = "select id, accepted_at is not null, coalesce(article->>'title', draft->'meeting'->'title'"
                + "->>'text', left(article->>'text', 80)), article->>'publisher', created_at, accepted_at,"
                + " accept_result->'meeting'->>'id' from intake_article where " + conditions.where()
                + " order by created_at desc, id desc limit " + conditions.bind("?", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = conditions.bindTo(entityManager.createNativeQuery(sql)).getResultList();
        List<IntakeSummary> items = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(new IntakeSummary((UUID) row[0], Boolean.TRUE.equals(row[1]) ? "accepted" : "draft",
                    (String) row[2], (String) row[3], instant(row[4]), row[5] == null ? null : instant(row[5]),
                    row[6] == null ? null : UUID.fromString((String) row[6])));
        }
        IntakeSummary last = items.isEmpty() ? null : items.get(items.size() - 1);
        String next = rows.size() > limit ? new KeysetCursor(last.createdAt(), last.id()).encode() : null;
        return new Page<>(items, limit, total, next);
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant()
                : ((Timestamp) value).toInstant();
    }

    private static Row read(ResultSet row) throws SQLException {
        Timestamp accepted = row.getTimestamp(9);
        return new Row(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getTimestamp(8).toInstant(),
                accepted == null ? null : accepted.toInstant());
    }
}
