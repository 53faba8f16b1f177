package org.liaison.meetings.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

    public IntakeStore(EntityManager entityManager) {
        this.entityManager = entityManager;
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

    private static Row read(ResultSet row) throws SQLException {
        Timestamp accepted = row.getTimestamp(9);
        return new Row(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getTimestamp(8).toInstant(),
                accepted == null ? null : accepted.toInstant());
    }
}
