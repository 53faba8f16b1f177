package org.liaison.orgs.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The outbox events of one aggregate, in the order they were written, as the relay will publish them. */
@ApplicationScoped
public class OutboxEvents {

    /** One outbox row: its type, the aggregate version it carries and its payload. */
    public record Event(String type, String aggregateType, long version, JsonNode data) {
    }

    private final AgroalDataSource dataSource;
    private final ObjectMapper json = new ObjectMapper();

    public OutboxEvents(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Event> of(UUID aggregateId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     select event_type, aggregate_type, aggregate_version, payload::text
                     from outbox_event where aggregate_id = ? order by seq""")) {
            s.setObject(1, aggregateId);
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getString(1), rs.getString(2), rs.getLong(3),
                            json.readTree(rs.getString(4))));
                }
            }
            return events;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> types(UUID aggregateId) {
        return of(aggregateId).stream().map(Event::type).toList();
    }
}
