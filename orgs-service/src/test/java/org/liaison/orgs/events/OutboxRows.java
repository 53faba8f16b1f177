package org.liaison.orgs.events;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the outbox table directly, as the relay would see it. */
@ApplicationScoped
public class OutboxRows {

    private final AgroalDataSource dataSource;

    public OutboxRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count() {
        return queryLong("select count(*) from outbox_event", null);
    }

    public long countFor(UUID aggregateId) {
        return queryLong("select count(*) from outbox_event where aggregate_id = ?", aggregateId);
    }

    /** The types of the events written for one aggregate, oldest first. */
    public List<String> typesFor(UUID aggregateId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select event_type from outbox_event where aggregate_id = ? order by aggregate_version, seq")) {
            s.setObject(1, aggregateId);
            List<String> types = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            return types;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String status(UUID eventId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select status from outbox_event where id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long queryLong(String sql, UUID param) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (param != null) {
                s.setObject(1, param);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
