package org.liaison.bench;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * From a commit in orgs-service to its effect in meetings-service, for the events of a time window: the outbox row's
 * {@code occurred_at} (orgs-service's database) to the inbox row's {@code received_at} (meetings-service's; both on
 * the cluster's one PostgreSQL, so one clock). {@code received_at} is when the consumer's transaction began, so a
 * large batch looks a little faster than it is; under steady load batches are a few events.
 */
final class Propagation {

    static final String CONSUMER = "meetings.organization-directory";

    record Figures(int events, double p50Ms, double p99Ms) {
    }

    private Propagation() {
    }

    static Figures measure(Cluster cluster, Instant from, Instant to) throws SQLException {
        Map<String, Instant> committed = committed(cluster, from, to, Optional.empty());
        List<Double> latencies = new ArrayList<>();
        try (Connection meetings = cluster.database(LiaisonTopology.MEETINGS);
             PreparedStatement s = meetings.prepareStatement(
                     "select event_id, received_at from inbox_event where consumer = ? and event_id = any(?)")) {
            s.setString(1, CONSUMER);
            s.setArray(2, meetings.createArrayOf("text", committed.keySet().toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    Instant applied = rows.getTimestamp(2).toInstant();
                    latencies.add(Duration.between(committed.get(rows.getString(1)), applied).toNanos() / 1e6);
                }
            }
        }
        return new Figures(latencies.size(), percentile(latencies, 50), percentile(latencies, 99));
    }

    /**
     * The events orgs-service committed in the window, with their commit times: event id to the outbox row's
     * {@code occurred_at}.
     *
     * @param type only events of this type; empty for all
     */
    static Map<String, Instant> committed(Cluster cluster, Instant from, Instant to, Optional<String> type)
            throws SQLException {
        Map<String, Instant> committed = new HashMap<>();
        try (Connection orgs = cluster.database(LiaisonTopology.ORGS);
             PreparedStatement s = orgs.prepareStatement("select id::text, occurred_at from outbox_event "
                     + "where occurred_at between ? and ? and (?::text is null or event_type = ?)")) {
            s.setTimestamp(1, Timestamp.from(from));
            s.setTimestamp(2, Timestamp.from(to));
            s.setString(3, type.orElse(null));
            s.setString(4, type.orElse(null));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    committed.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
        }
        return committed;
    }

    /** Nearest-rank percentile; NaN for no values. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
