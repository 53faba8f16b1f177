package org.liaison.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the consumers derived from orgs-service's events: the organisation directories of meetings-service and
 * recommendations-service, compared with the fold of the events, and a digest of every read model and inbox.
 */
final class ReadModels {

    private final Cluster cluster;

    ReadModels(Cluster cluster) {
        this.cluster = cluster;
    }

    /**
     * Each organisation directory must equal the fold of orgs-service's events on orgs.events (the newest version of
     * each organisation wins). Records that did not come from its outbox (poison a fault wrote) are not in the fold.
     */
    void check(List<ConsumerRecord<String, String>> orgEvents, Set<String> outboxIds,
            List<String> problems) throws SQLException {
        Map<String, String> fold = fold(orgEvents, outboxIds);
        for (LiaisonTopology.Service service : Oracle.DIRECTORIES) {
            Map<String, String> directory = directory(service);
            List<String> differ = fold.keySet().stream().filter(id -> !fold.get(id).equals(directory.get(id))).toList();
            long extra = directory.keySet().stream().filter(id -> !fold.containsKey(id)).count();
            if (!differ.isEmpty() || extra > 0) {
                String example = differ.isEmpty() ? "" : "; e.g. " + differ.get(0) + ": fold " + fold.get(differ.get(0))
                        + ", directory " + directory.get(differ.get(0));
                problems.add(service.name() + "'s organisation directory differs from the fold of orgs.events: "
                        + differ.size() + " organisations differ or are missing, " + extra + " are not in the topic"
                        + example);
            }
        }
    }

    static Map<String, String> fold(List<ConsumerRecord<String, String>> orgEvents, Set<String> outboxIds) {
        Map<String, JsonNode> newest = new HashMap<>();
        for (ConsumerRecord<String, String> record : orgEvents) {
            String type = TopicLog.header(record, "ce_type");
            if (type == null || !type.startsWith("organization.") || !outboxIds.contains(TopicLog.eventId(record))) {
                continue;
            }
            JsonNode state;
            try {
                state = Api.JSON.readTree(record.value());
            } catch (Exception e) {
                throw new IllegalStateException("orgs-service published an event that is not JSON: "
                        + TopicLog.eventId(record), e);
            }
            newest.merge(state.path("id").asText(), state,
                    (a, b) -> b.path("version").asLong() > a.path("version").asLong() ? b : a);
        }
        Map<String, String> fold = new HashMap<>();
        newest.forEach((id, s) -> fold.put(id, row(s.path("version").asLong(), s.path("kind").asText(),
                s.path("nameAr").asText(), s.path("nameEn").isNull() ? null : s.path("nameEn").asText(null))));
        return fold;
    }

    Map<String, String> directory(LiaisonTopology.Service service) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection db = cluster.database(service); Statement sql = db.createStatement();
             ResultSet r = sql.executeQuery("select id, version, kind, name_ar, name_en from directory_organization")) {
            while (r.next()) {
                rows.put(r.getString(1), row(r.getLong(2), r.getString(3), r.getString(4), r.getString(5)));
            }
        }
        return rows;
    }

    private static String row(long version, String kind, String nameAr, String nameEn) {
        return version + "|" + kind + "|" + nameAr + "|" + nameEn;
    }

    /**
     * A digest of everything the consumers derived: both directories and every inbox (consumer and event id). Equal
     * before and after a redelivery means the redelivery changed nothing.
     */
    String digest() throws SQLException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (LiaisonTopology.Service service : List.of(LiaisonTopology.MEETINGS, LiaisonTopology.RECOMMENDATIONS,
                    LiaisonTopology.DASHBOARD)) {
                try (Connection db = cluster.database(service); Statement sql = db.createStatement()) {
                    String directory = Oracle.DIRECTORIES.contains(service)
                            ? "select string_agg(id || '|' || version || '|' || name_ar || '|' || coalesce(name_en, '')"
                              + " || '|' || coalesce(merged_into::text, ''), ',' order by id) from "
                              + "directory_organization"
                            : "select ''";
                    String outbox = service.publishes().isPresent() ? "select count(*) from outbox_event" : "select ''";
                    for (String query : List.of(directory,
                            "select count(*) || ':' || coalesce(string_agg(consumer || '/' || event_id, ',' order by "
                            + "consumer, event_id), '') from inbox_event", outbox)) {
                        try (ResultSet r = sql.executeQuery(query)) {
                            r.next();
                            digest.update(String.valueOf(r.getString(1)).getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
