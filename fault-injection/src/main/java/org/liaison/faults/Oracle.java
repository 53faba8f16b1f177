package org.liaison.faults;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.liaison.contracts.Topics;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.GroupOffsets;
import org.liaison.infra.testing.ServiceProcess;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Holds the system to its promises after a fault and a drain: every acknowledged write is in its database with
 * exactly one outbox row, every outbox row is on its topic, every event is applied once by every consumer, each
 * organisation directory equals the fold of {@code orgs.events}, lag is 0 and every instance is ready.
 */
final class Oracle {

    /** The projections of {@code orgs.events} and the inbox name each records its events under. */
    static final Map<LiaisonTopology.Service, String> ORGS_CONSUMERS = Map.of(
            LiaisonTopology.MEETINGS, "meetings.organization-directory",
            LiaisonTopology.RECOMMENDATIONS, "recommendations.organization-directory",
            LiaisonTopology.DASHBOARD, "dashboard.webhooks");
    /** The services keeping an organisation directory (a read model to compare with the fold). */
    static final List<LiaisonTopology.Service> DIRECTORIES = List.of(LiaisonTopology.MEETINGS,
            LiaisonTopology.RECOMMENDATIONS);

    /** What the oracle found; {@code problems} names each broken promise. */
    record Verdict(long acknowledged, long lost, long duplicateEffects, List<String> problems) {
        boolean clean() {
            return lost == 0 && duplicateEffects == 0 && problems.isEmpty();
        }
    }

    private final Cluster cluster;
    final ReadModels readModels;
    private final Recovery recovery;

    Oracle(Cluster cluster) {
        this.cluster = cluster;
        this.readModels = new ReadModels(cluster);
        this.recovery = new Recovery(cluster, this);
    }

    /**
     * Waits until the system is quiet (every instance ready, no outbox row pending, every consumer group at lag 0)
     * and returns how long that took, or null if it did not happen within {@code max}.
     */
    Duration awaitRecovery(Duration max) {
        return recovery.await(max);
    }

    /** When each condition of the last {@link #awaitRecovery} first held, from its start: where recovery time went. */
    String lastRecovery() {
        return recovery.last();
    }

    Map<String, Long> lag() {
        return GroupOffsets.lag(cluster.bootstrapServers(), GroupOffsets.liaisonGroups());
    }

    /** Every check, against the ledger of the writes the client made. */
    Verdict check(Ledger ledger) throws SQLException {
        List<String> problems = new ArrayList<>();
        long lost = lostWrites(ledger, problems);
        long duplicates = duplicateCreates(problems);
        for (LiaisonTopology.Service service : publishers()) {
            duplicates += duplicateOutboxRows(service, problems);
            lost += unpublishedOutboxRows(service, problems);
        }
        List<ConsumerRecord<String, String>> orgEvents = TopicLog.readAll(cluster.bootstrapServers(), Topics.ORGS);
        lost += unappliedEvents(problems);
        readModels.check(orgEvents, outboxIds(LiaisonTopology.ORGS), problems);
        Map<String, Long> lag = lag();
        lag.forEach((group, behind) -> {
            if (behind != 0) {
                problems.add("consumer group " + group + " is " + behind + " records behind");
            }
        });
        for (ServiceProcess instance : cluster.instances()) {
            if (!instance.isReady()) {
                problems.add(instance.name + " is not ready");
            }
        }
        ledger.serverErrors().forEach(problems::add);
        return new Verdict(ledger.acknowledged().size(), lost, duplicates, problems);
    }

    /** Acknowledged creates and renames whose change or whose outbox row is not in orgs-service's database. */
    private long lostWrites(Ledger ledger, List<String> problems) throws SQLException {
        Map<String, String> outbox = new HashMap<>();
        Set<UUID> organizations = new HashSet<>();
        try (Connection db = cluster.database(LiaisonTopology.ORGS); Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("select aggregate_id, aggregate_version, payload->>'nameAr' from "
                    + "outbox_event")) {
                while (rows.next()) {
                    outbox.put(rows.getObject(1) + "@" + rows.getLong(2), rows.getString(3));
                }
            }
            try (ResultSet rows = sql.executeQuery("select id from organization")) {
                while (rows.next()) {
                    organizations.add(rows.getObject(1, UUID.class));
                }
            }
        }
        long lost = 0;
        for (Ledger.Write write : ledger.acknowledged()) {
            String event = outbox.get(write.orgId() + "@" + write.version());
            boolean found = organizations.contains(write.orgId()) && Objects.equals(event, write.nameAr());
            if (!found) {
                lost++;
                if (lost <= 5) {
                    problems.add("acknowledged " + write.kind() + " of " + write.orgId() + " (version "
                            + write.version()
                            + ", \"" + write.nameAr() + "\") is not in orgs-service's database and outbox");
                }
            }
        }
        if (lost > 5) {
            problems.add("... " + (lost - 5) + " more acknowledged writes lost");
        }
        return lost;
    }

    /** Organisations created more than once for one logical create (the marker is unique per create). */
    private long duplicateCreates(List<String> problems) throws SQLException {
        try (Connection db = cluster.database(LiaisonTopology.ORGS); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("""
                     select coalesce(sum(n - 1), 0) from (select count(*) n from organization
                     where name_en like 'fault %' group by name_en having count(*) > 1) twice""")) {
            row.next();
            long duplicates = row.getLong(1);
            if (duplicates > 0) {
                problems.add(duplicates + " organisations created twice by retries with the same Idempotency-Key");
            }
            return duplicates;
        }
    }

    private long duplicateOutboxRows(LiaisonTopology.Service service, List<String> problems) throws SQLException {
        try (Connection db = cluster.database(service); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("""
                     select count(*) - count(distinct (aggregate_type, aggregate_id, aggregate_version, event_type))
                     from outbox_event""")) {
            row.next();
            long duplicates = row.getLong(1);
            if (duplicates > 0) {
                problems.add(service.name() + " has " + duplicates + " outbox rows for a change already recorded");
            }
            return duplicates;
        }
    }

    /** Outbox rows the relay never got onto the topic (a parked row is reported by its fault, not lost). */
    private long unpublishedOutboxRows(LiaisonTopology.Service service, List<String> problems) throws SQLException {
        Set<String> onTopic = TopicLog.countById(TopicLog.readAll(cluster.bootstrapServers(),
                service.publishes().orElseThrow())).keySet();
        long missing = 0;
        try (Connection db = cluster.database(service); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select id, status from outbox_event where status <> 'PARKED'")) {
            while (rows.next()) {
                if (!onTopic.contains(rows.getString(1))) {
                    missing++;
                    if (missing <= 3) {
                        problems.add(service.name() + " outbox row " + rows.getString(1) + " (" + rows.getString(2)
                                + ") is not on " + service.publishes().orElseThrow());
                    }
                }
            }
        }
        return missing;
    }

    /** The ids of a service's outbox rows the relay published. */
    Set<String> outboxIds(LiaisonTopology.Service service) throws SQLException {
        Set<String> published = new HashSet<>();
        try (Connection db = cluster.database(service); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select id from outbox_event where status = 'PUBLISHED'")) {
            while (rows.next()) {
                published.add(rows.getString(1));
            }
        }
        return published;
    }

    /** Events of orgs-service's outbox that a consumer has no inbox row for. */
    private long unappliedEvents(List<String> problems) throws SQLException {
        Set<String> published = outboxIds(LiaisonTopology.ORGS);
        long unapplied = 0;
        for (Map.Entry<LiaisonTopology.Service, String> consumer : ORGS_CONSUMERS.entrySet()) {
            Set<String> applied = new HashSet<>();
            try (Connection db = cluster.database(consumer.getKey()); var sql = db.prepareStatement(
                    "select event_id from inbox_event where consumer = ?")) {
                sql.setString(1, consumer.getValue());
                try (ResultSet rows = sql.executeQuery()) {
                    while (rows.next()) {
                        applied.add(rows.getString(1));
                    }
                }
            }
            List<String> missingIds = published.stream().filter(id -> !applied.contains(id)).sorted().toList();
            long missing = missingIds.size();
            if (missing > 0) {
                problems.add(consumer.getValue() + " never applied " + missing + " events of orgs.events (e.g. "
                        + String.join(", ", missingIds.subList(0, (int) Math.min(3, missing))) + ")");
            }
            unapplied += missing;
        }
        return unapplied;
    }

    long pendingOutboxRows(LiaisonTopology.Service service) throws SQLException {
        try (Connection db = cluster.database(service); Statement sql = db.createStatement();
             ResultSet r = sql.executeQuery("select count(*) from outbox_event where status = 'PENDING'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** How many records each dead-letter topic holds now. */
    Map<String, Long> deadLetterCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String topic : LiaisonTopology.deadLetterTopics()) {
            counts.put(topic, (long) TopicLog.readAll(cluster.bootstrapServers(), topic).size());
        }
        return counts;
    }

    /**
     * Dead letters written since {@code before} that are events of a service's outbox: a valid event set aside, never
     * acceptable. (Poison is: a fault may write some, and a consumer reading again from the start dead-letters it
     * again.) The dead-letter topic keeps the original record's headers, its CloudEvents id among them.
     */
    List<String> validEventsDeadLettered(Map<String, Long> before) throws SQLException {
        Set<String> valid = new HashSet<>();
        for (LiaisonTopology.Service service : publishers()) {
            valid.addAll(outboxIds(service));
        }
        List<String> problems = new ArrayList<>();
        for (String topic : LiaisonTopology.deadLetterTopics()) {
            List<ConsumerRecord<String, String>> letters = TopicLog.readAll(cluster.bootstrapServers(), topic);
            for (ConsumerRecord<String, String> letter : letters.subList((int) Math.min(letters.size(),
                    before.getOrDefault(topic, 0L)), letters.size())) {
                if (valid.contains(TopicLog.eventId(letter))) {
                    problems.add("valid event " + TopicLog.eventId(letter) + " (" + TopicLog.header(letter, "ce_type")
                            + ") was dead-lettered on " + topic + ": " + TopicLog.header(letter, "dead-letter-reason"));
                }
            }
        }
        return problems;
    }

    static List<LiaisonTopology.Service> publishers() {
        return LiaisonTopology.SERVICES.stream().filter(s -> s.publishes().isPresent()).toList();
    }
}
