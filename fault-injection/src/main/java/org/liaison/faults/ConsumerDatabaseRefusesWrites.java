package org.liaison.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.liaison.contracts.Topics;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.GroupOffsets;
import org.liaison.infra.testing.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * F11: under steady writes to orgs-service, a consumer's database refuses writes while it still answers reads: first
 * meetings-service's database is made read-only for 15 s ({@link ReadOnlyDatabase}), then recommendations-service's
 * tables sit on a full disk for 15 s ({@link FullDisk}; skipped, with a note, where mounting a tmpfs is not
 * permitted). While its database refuses, the consumer must stop where it is: it commits no offset past an event it
 * has not applied and dead-letters nothing (the suite checks), and the backlog shows as lag. Once the database takes
 * writes again the consumer resumes by itself and is through the backlog within the 10 s target.
 */
final class ConsumerDatabaseRefusesWrites extends Fault {

    static final Duration REFUSAL = Duration.ofSeconds(15);
    /** How long the consumer may still apply events after the refusal began (a transaction under way, free pages). */
    private static final Duration TAKE_HOLD_LIMIT = Duration.ofSeconds(8);
    /** The consumer counts as stopped once its inbox has not grown for this long under the load. */
    private static final Duration STILL = Duration.ofSeconds(2);
    private static final int WRITES_PER_SECOND = 10;
    /** Taken out of the refusal for reading offsets, inbox and lag while it lasts, so that it lasts 15 s in all. */
    private static final Duration MEASURING = Duration.ofSeconds(3);

    ConsumerDatabaseRefusesWrites() {
        super("F11", "meetings-service's database read-only for 15 s, then recommendations-service's tables on a full"
                + " disk for 15 s, under 10 writes/s");
    }

    @Override
    void inject(FaultRun run) throws Exception {
        try (Load load = run.load(WRITES_PER_SECOND)) {
            Load.sleep(Duration.ofSeconds(3));
            refuse(run, LiaisonTopology.MEETINGS, new ReadOnlyDatabase(run.cluster, LiaisonTopology.MEETINGS));
            List<String> whyNot = new ArrayList<>();
            try (FullDisk disk = FullDisk.mount(run.cluster, LiaisonTopology.RECOMMENDATIONS, whyNot)) {
                if (disk == null) {
                    run.note("disk full part skipped: " + String.join("; ", whyNot));
                } else {
                    refuse(run, LiaisonTopology.RECOMMENDATIONS, disk);
                    run.note(String.format(Locale.ROOT, "the filler took %.1f MiB of the tmpfs",
                            disk.filled() / 1048576.0));
                }
            }
        }
    }

    /** One refusal of writes by the database of {@code service}, judged while it lasts and after it ends. */
    private static void refuse(FaultRun run, LiaisonTopology.Service service, WriteRefusal refusal) throws Exception {
        Cluster cluster = run.cluster;
        String consumer = Oracle.ORGS_CONSUMERS.get(service);
        String group = group(service);
        Map<Integer, Long> before = GroupOffsets.committed(cluster.bootstrapServers(), group, Topics.ORGS);
        UUID organizer = service.equals(LiaisonTopology.MEETINGS) ? awaitOrganizer(run) : null;
        long begun = System.nanoTime();
        long writable;
        Instant writableAt;
        Map<Integer, Long> committed;
        Set<String> applied;
        try {
            refusal.begin();
            long held = awaitStill(run, service, consumer, begun);
            if (held < 0) {
                run.problem(refusal.what() + ", yet " + consumer + " went on applying events for "
                        + TAKE_HOLD_LIMIT.toSeconds() + " s: the fault did not take hold");
            } else {
                run.note(String.format(Locale.ROOT, "%s: %s stopped applying %.1f s after it began", refusal.what(),
                        consumer, (held - begun) / 1e9));
            }
            long heldInbox = inbox(cluster, service, consumer).size();
            // Watched from here, not from the start: ending the sessions makes the pool's validation fail once
            // whatever the database does next.
            try (HealthWatch health = new HealthWatch(List.of(cluster.instance(service)))) {
                if (organizer != null) {
                    scheduleMeeting(run, organizer);
                }
                Load.sleep(REFUSAL.minus(MEASURING).minusNanos(System.nanoTime() - begun));
                health.stop().forEach(line -> run.note("readiness while " + refusal.what() + ": " + line));
            }
            // Offsets before the inbox: an offset is committed only after its event was applied.
            committed = GroupOffsets.committed(cluster.bootstrapServers(), group, Topics.ORGS);
            applied = inbox(cluster, service, consumer);
            // A full disk may still take the odd row on a page with room left; a read-only database takes none.
            run.note(consumer + " applied " + (applied.size() - heldInbox) + " events after it had stopped");
            long behind = run.oracle.lag().getOrDefault(group, 0L);
            run.expect(behind > 0, group + " showed no lag while its database refused writes");
            run.note(String.format(Locale.ROOT, "%s at the end of the refusal: group %s %d records behind (Kafka);"
                    + " dashboard-service's /lag said %s", refusal.what(), group, behind, dashboardLag(run, group)));
            Load.sleep(REFUSAL.minusNanos(System.nanoTime() - begun));
        } finally {
            refusal.end();
            writable = System.nanoTime();
            writableAt = Instant.now();
        }
        run.note(String.format(Locale.ROOT, "%s for %.1f s", refusal.what(), (writable - begun) / 1e9));
        awaitCaughtUp(run, group, refusal, writable);
        skippedEvents(run, consumer, before, committed, applied);
        run.note(backlog(cluster, service, consumer, writableAt));
    }

    /** How the consumer went through its backlog: when it applied the first and the last event, and how many. */
    private static String backlog(Cluster cluster, LiaisonTopology.Service service, String consumer, Instant since)
            throws SQLException {
        try (Connection db = cluster.database(service); PreparedStatement sql = db.prepareStatement("""
                select count(*), extract(epoch from min(received_at) - ?), extract(epoch from max(received_at) - ?)
                from inbox_event where consumer = ? and received_at >= ?""")) {
            OffsetDateTime at = since.atOffset(ZoneOffset.UTC);
            sql.setObject(1, at);
            sql.setObject(2, at);
            sql.setString(3, consumer);
            sql.setObject(4, at);
            try (ResultSet row = sql.executeQuery()) {
                row.next();
                return String.format(Locale.ROOT, "%s applied %d events since its database took writes again, the"
                        + " first %.1f s and the last %.1f s after", consumer, row.getLong(1), row.getDouble(2),
                        row.getDouble(3));
            }
        }
    }

    /**
     * When the consumer's inbox last grew before it stood still for {@link #STILL} (nanoTime), or -1 when it did not
     * stop within {@link #TAKE_HOLD_LIMIT}.
     */
    private static long awaitStill(FaultRun run, LiaisonTopology.Service service, String consumer, long begun)
            throws SQLException {
        int last = -1;
        long lastChange = System.nanoTime();
        while (System.nanoTime() - begun < TAKE_HOLD_LIMIT.plus(STILL).toNanos()) {
            int now = inbox(run.cluster, service, consumer).size();
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange >= STILL.toNanos()) {
                return lastChange;
            }
            Load.sleep(Duration.ofMillis(250));
        }
        return -1;
    }

    /**
     * Events of orgs.events between the group's committed offsets before the refusal and at its end that the consumer
     * never applied: offsets committed past them would mean they were skipped, lost to the read model for good.
     */
    private static void skippedEvents(FaultRun run, String consumer, Map<Integer, Long> before,
                                      Map<Integer, Long> committed, Set<String> applied) {
        List<String> skipped = new ArrayList<>();
        long passed = 0;
        for (ConsumerRecord<String, String> record : TopicLog.readAll(run.cluster.bootstrapServers(), Topics.ORGS)) {
            long from = before.getOrDefault(record.partition(), 0L);
            if (record.offset() >= from && record.offset() < committed.getOrDefault(record.partition(), 0L)) {
                passed++;
                if (!applied.contains(TopicLog.eventId(record))) {
                    skipped.add(record.topic() + "-" + record.partition() + "@" + record.offset());
                }
            }
        }
        run.note(consumer + " committed " + passed + " offsets of orgs.events from just before the refusal to its end");
        run.expect(skipped.isEmpty(), consumer + " committed offsets past " + skipped.size() + " events it never"
                + " applied: " + skipped.subList(0, Math.min(5, skipped.size())));
    }

    /** Waits until the group is through every record that was on orgs.events when the database took writes again. */
    private static void awaitCaughtUp(FaultRun run, String group, WriteRefusal refusal, long writable) {
        Map<Integer, Long> ends = GroupOffsets.ends(run.cluster.bootstrapServers(), Topics.ORGS);
        long deadline = writable + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Map<Integer, Long> committed = GroupOffsets.committed(run.cluster.bootstrapServers(), group, Topics.ORGS);
            if (ends.entrySet().stream().allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
                double seconds = (System.nanoTime() - writable) / 1e9;
                run.note(String.format(Locale.ROOT, "%s ended: %s through the backlog %.1f s later", refusal.what(),
                        group, seconds));
                run.expect(seconds <= 10, String.format(Locale.ROOT, "%s took %.1f s to get through the backlog after"
                        + " %s ended, over the 10 s target", group, seconds, refusal.what()));
                return;
            }
            Load.sleep(Duration.ofMillis(200));
        }
        run.problem(group + " did not get through its backlog within 60 s of the end of " + refusal.what());
    }

    /** An organisation of this fault's load that meetings-service's directory holds, to organise a meeting. */
    private static UUID awaitOrganizer(FaultRun run) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        do {
            Set<UUID> registered = new HashSet<>();
            run.ledger().acknowledged().stream().map(Ledger.Write::orgId).filter(Objects::nonNull)
                    .forEach(registered::add);
            try (Connection db = run.cluster.database(LiaisonTopology.MEETINGS);
                 ResultSet rows = db.createStatement().executeQuery("select id from directory_organization")) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    if (registered.contains(id)) {
                        // The first request with a token loads the JWT classes: seconds on a loaded machine, which
                        // belong to no fault.
                        Api.get(run.cluster.url(LiaisonTopology.MEETINGS) + "/meetings/" + UUID.randomUUID(),
                                TestTokens.admin());
                        return id;
                    }
                }
            }
            Load.sleep(Duration.ofMillis(250));
        } while (System.nanoTime() < deadline);
        run.problem("no organisation of the load reached meetings-service's directory within 20 s: no meeting was"
                + " scheduled while its database was read-only");
        return null;
    }

    /**
     * A meeting scheduled on meetings-service while its database is read-only: the client must be told to come back
     * (503 problem+json with Retry-After), as while the database is down, not given a 500.
     */
    private static void scheduleMeeting(FaultRun run, UUID organizer) {
        String body = """
                {"kind": "briefing", "titleAr": "إحاطة في أثناء تعذر الكتابة", "organizerId": "%s"}"""
                .formatted(organizer);
        Api.Answer answer = Api.send("POST", run.cluster.url(LiaisonTopology.MEETINGS) + "/meetings",
                TestTokens.admin(), body, null, null);
        boolean told = answer.status() == 503 && answer.retryAfter().isPresent()
                && answer.contentType().orElse("").startsWith("application/problem+json");
        run.expect(told, "a meeting scheduled while meetings-service's database was read-only was answered "
                + answer.status() + " " + answer.contentType().orElse("") + ", not 503 problem+json with Retry-After: "
                + answer.body());
        run.note("a meeting scheduled while the database was read-only: " + answer.status() + " "
                + answer.contentType().orElse("") + ", Retry-After " + answer.retryAfter().orElse("none"));
    }

    /** The group's lag as the operators' page reports it ({@code GET /lag} on dashboard-service). */
    private static String dashboardLag(FaultRun run, String group) {
        Api.Answer answer = Api.get(run.cluster.url(LiaisonTopology.DASHBOARD) + "/lag", TestTokens.admin());
        if (!answer.success() || answer.body() == null) {
            return "nothing (" + answer.status() + ")";
        }
        for (JsonNode entry : answer.body()) {
            if (group.equals(entry.path("group").asText())) {
                return entry.path("lag").asLong() + " behind " + entry.path("topics");
            }
        }
        return "nothing about " + group;
    }

    private static Set<String> inbox(Cluster cluster, LiaisonTopology.Service service,
            String consumer) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection db = cluster.database(service);
             PreparedStatement sql = db.prepareStatement("select event_id from inbox_event where consumer = ?")) {
            sql.setString(1, consumer);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static String group(LiaisonTopology.Service service) {
        return service.consumerGroups().stream().filter(g -> g.topics().contains(Topics.ORGS))
                .map(LiaisonTopology.ConsumerGroup::groupId).findFirst().orElseThrow();
    }
}
