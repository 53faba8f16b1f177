package org.liaison.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.liaison.contracts.EventJson;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A large organisation renamed, merged and unmerged (issue 20 part 1): {@code liaison.bench.rename-meetings}
 * meetings (30,000) organised by one organisation are imported into meetings-service, and
 * {@code liaison.bench.rename-recommendations} recommendations (3,000) it leads adopted in recommendations-service, in
 * sets it issues; then the organisation is
 * renamed and, right after, an unrelated organisation too; then it is merged into a third and, right after, the
 * unrelated one renamed again; then unmerged. Each step is timed from the request to orgs-service until
 * meetings-service shows it: the organiser's new name on a meeting (the directory), the unrelated organisation's new
 * name on its meeting, the old name found by no search and the new one by some (search), the meetings' organiser
 * moved to the winner and back, and so the recommendations' lead office. The dead-letter topics must stay empty.
 */
final class RenameAtScale {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration GIVE_UP = Duration.ofMinutes(10);

    /**
     * The {@code ...Seconds} are from the request to orgs-service until meetings-service's API shows the change; the
     * {@code ...AppliedMs} from the event's commit in orgs-service (its outbox row) until meetings-service's consumer
     * began the transaction applying it (its inbox row).
     */
    record Figures(int meetings, double importSeconds, double renameDirectorySeconds, double renameSearchSeconds,
                   double unrelatedRenameSeconds, double mergeSeconds, double mergeSearchSeconds,
                   double unrelatedAfterMergeSeconds, double unmergeSeconds, double unmergeSearchSeconds,
                   long deadLetters, double renameAppliedMs,
                   double unrelatedAppliedMs, double mergeAppliedMs, double unrelatedAfterMergeAppliedMs,
                   int recommendations, double mergeRecommendationsSeconds, double unmergeRecommendationsSeconds) {

        ObjectNode json() {
            return EventJson.mapper().valueToTree(this);
        }

        String markdown() {
            return String.format(Locale.ROOT, "An organisation organising %,d meetings (imported in %.0f s), from the "
                            + "request to orgs-service until meetings-service shows it: renamed, its new name on its "
                            + "meetings in %.2f s and found by search under it alone in %.2f s; an unrelated "
                            + "organisation renamed right after it, in %.2f s. Merged into another: its meetings moved "
                            + "to the winner in %.2f s, found by the winner's names in %.2f s, an unrelated rename "
                            + "right "
                            + "after in %.2f s; unmerged: the first meeting looked at back in %.2f s, every meeting "
                            + "back and found by its own names again in %.2f s. Dead-lettered records: %d. From "
                            + "each event's commit in orgs-service to meetings-service's consumer applying it: the "
                            + "rename %.0f ms, the unrelated rename %.0f ms, the merge %.0f ms, the unrelated rename "
                            + "after it %.0f ms. The %,d recommendations it leads (and their sets it issued) moved in "
                            + "recommendations-service in %.2f s after the merge's request and back in %.2f s after "
                            + "the unmerge's. Where meetings-service's CPU went from the merge's request until it was "
                            + "searchable: [%s](%s); from the unmerge's request until it was: [%s](%s).%n%n",
                    meetings, importSeconds, renameDirectorySeconds, renameSearchSeconds, unrelatedRenameSeconds,
                    mergeSeconds, mergeSearchSeconds, unrelatedAfterMergeSeconds, unmergeSeconds, unmergeSearchSeconds,
                    deadLetters,
                    renameAppliedMs, unrelatedAppliedMs, mergeAppliedMs, unrelatedAfterMergeAppliedMs, recommendations,
                    mergeRecommendationsSeconds, unmergeRecommendationsSeconds, FLAME_GRAPH, FLAME_GRAPH,
                    UNMERGE_FLAME_GRAPH, UNMERGE_FLAME_GRAPH);
        }
    }

    static final String FLAME_GRAPH = "flame-merge.html";
    static final String UNMERGE_FLAME_GRAPH = "flame-unmerge.html";

    private final AdminClient client = new AdminClient();
    private final String orgs;
    private final String meetings;
    private final String recommendations;

    private RenameAtScale(Cluster cluster) {
        this.orgs = cluster.url(LiaisonTopology.ORGS);
        this.meetings = cluster.url(LiaisonTopology.MEETINGS);
        this.recommendations = cluster.url(LiaisonTopology.RECOMMENDATIONS);
    }

    /**
     * @param count           meetings organised by the large organisation
     * @param recommendations recommendations it leads (in sets of 100 it issues, one a year from 1900)
     * @param flameGraph      where to draw meetings-service's CPU from the merge's request until it is searchable
     */
    static Figures measure(Cluster cluster, int count, int recommendations, Path flameGraph) throws Exception {
        RenameAtScale bench = new RenameAtScale(cluster);
        long deadLettersBefore = deadLetters(cluster);
        String tag = "zq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        UUID big = bench.register("مجلس " + tag + "a", "Council " + tag + "a");
        UUID unrelated = bench.register("هيئة " + tag + "u", "Body " + tag + "u");
        UUID winner = bench.register("تحالف " + tag + "w", "Coalition " + tag + "w");
        BenchMain.awaitConsumersCaughtUp(cluster);

        List<ObjectNode> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bodies.add(meeting(UUID.randomUUID(), big, "اجتماع دوري رقم " + i));
        }
        UUID bigMeeting = UUID.fromString(bodies.get(0).path("id").asText());
        UUID unrelatedMeeting = UUID.randomUUID();
        bodies.add(meeting(unrelatedMeeting, unrelated, "اجتماع الهيئة"));
        SearchLoad.Figures load = new SearchLoad(2).importMeetings(bench.meetings, bench.client.token(), bodies, 1000);
        BenchMain.log("rename: %s", load);
        List<UUID> led = bench.adoptRecommendations(big, recommendations);
        UUID lastLed = led.isEmpty() ? null : led.get(led.size() - 1);
        BenchMain.awaitConsumersCaughtUp(cluster);
        bench.await("the search queue empty", bench::searchQueueEmpty);

        bench.warmUp(bigMeeting, unrelatedMeeting, lastLed, tag);
        BenchMain.awaitConsumersCaughtUp(cluster);
        bench.await("the search queue empty after the warm-up", bench::searchQueueEmpty);

        long started = System.nanoTime();
        bench.rename(big, "مجلس " + tag + "b", "Council " + tag + "b");
        double bigRenamed = (System.nanoTime() - started) / 1e9;
        bench.rename(unrelated, "هيئة " + tag + "v", "Body " + tag + "v");
        BenchMain.log("rename: orgs-service answered the large organisation's rename in %.2f s, the unrelated one's"
                + " by %.2f s", bigRenamed, (System.nanoTime() - started) / 1e9);
        double unrelatedRename = bench.await("the unrelated rename", started,
                () -> organizerName(bench.meeting(unrelatedMeeting)).endsWith(tag + "v"));
        double renameDirectory = bench.await("the rename in the directory", started,
                () -> organizerName(bench.meeting(bigMeeting)).endsWith(tag + "b"));
        double renameSearch = bench.await("the rename in search", started,
                () -> bench.total(tag + "a") == 0 && bench.total(tag + "b") > 0 && bench.searchQueueEmpty());
        double renameApplied = appliedMs(cluster, big);
        double unrelatedApplied = appliedMs(cluster, unrelated);
        BenchMain.log("rename: directory %.2f s (applied %.0f ms after its commit), search %.2f s, unrelated %.2f s"
                + " (%.0f ms)", renameDirectory, renameApplied, renameSearch, unrelatedRename, unrelatedApplied);

        double unrelatedAfterMerge;
        double merge;
        double mergeSearch;
        double mergeRecommendations;
        try (Profile ignored = Profile.start(cluster.instance(LiaisonTopology.MEETINGS).pid(), flameGraph,
                "meetings-service: a merge of an organisation organising " + count + " meetings")) {
            started = System.nanoTime();
            bench.client.post(bench.orgs + "/organizations/" + winner + "/merge",
                    "{\"organizationId\": \"" + big + "\"}");
            bench.rename(unrelated, "هيئة " + tag + "x", "Body " + tag + "x");
            unrelatedAfterMerge = bench.await("the unrelated rename after the merge", started,
                    () -> organizerName(bench.meeting(unrelatedMeeting))
                            .endsWith(tag + "x"));
            merge = bench.await("the merge", started,
                    () -> organizer(bench.meeting(bigMeeting)).equals(winner.toString()));
            mergeRecommendations = lastLed == null ? 0 : bench.await("the merge in recommendations", started,
                    () -> bench.lead(lastLed).equals(winner.toString()));
            mergeSearch = bench.await("the merge in search", started,
                    () -> bench.total(tag + "b") == 0 && bench.total(tag + "w") > 1 && bench.searchQueueEmpty());
        }
        double mergeApplied = appliedMs(cluster, big);
        double unrelatedAfterMergeApplied = appliedMs(cluster, unrelated);
        BenchMain.log("merge: %.2f s (applied %.0f ms after its commit), search %.2f s, recommendations %.2f s,"
                + " unrelated %.2f s (%.0f ms)", merge, mergeApplied, mergeSearch, mergeRecommendations,
                unrelatedAfterMerge, unrelatedAfterMergeApplied);

        double unmerge;
        double unmergeSearch;
        double unmergeRecommendations;
        try (Profile ignored = Profile.start(cluster.instance(LiaisonTopology.MEETINGS).pid(),
                flameGraph.resolveSibling(UNMERGE_FLAME_GRAPH),
                "meetings-service: an unmerge of an organisation organising " + count + " meetings")) {
            started = System.nanoTime();
            bench.client.delete(bench.orgs + "/organizations/" + winner + "/merge/" + big);
            // One meeting is back as soon as its batch is: where it falls in the journal's order is chance.
            unmerge = bench.await("the unmerge", started,
                    () -> organizer(bench.meeting(bigMeeting)).equals(big.toString()));
            unmergeRecommendations = lastLed == null ? 0 : bench.await("the unmerge in recommendations", started,
                    () -> bench.lead(lastLed).equals(big.toString()));
            unmergeSearch = bench.await("the unmerge in search", started,
                    () -> bench.mergeJobsDone() && bench.searchQueueEmpty() && bench.total(tag + "w") == 0
                            && bench.total(tag + "b") > 0);
        }
        BenchMain.log("unmerge: %.2f s, every meeting back and searchable %.2f s, recommendations %.2f s", unmerge,
                unmergeSearch, unmergeRecommendations);
        BenchMain.awaitConsumersCaughtUp(cluster);
        return new Figures(count, load.seconds(), renameDirectory, renameSearch, unrelatedRename, merge, mergeSearch,
                unrelatedAfterMerge, unmerge, unmergeSearch, deadLetters(cluster) - deadLettersBefore, renameApplied,
                unrelatedApplied, mergeApplied, unrelatedAfterMergeApplied, led.size(), mergeRecommendations,
                unmergeRecommendations);
    }

    private static ObjectNode meeting(UUID id, UUID organizer, String title) {
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.put("id", id.toString()).put("kind", "internal_meeting").put("titleAr", title)
                .put("organizerId", organizer.toString());
        return body;
    }

    private static String organizer(JsonNode meeting) {
        return meeting.path("organizerId").asText();
    }

    private static String organizerName(JsonNode meeting) {
        return meeting.path("organizer").path("nameEn").asText();
    }

    private UUID register(String nameAr, String nameEn) throws Exception {
        JsonNode created = client.post(orgs + "/organizations", EventJson.mapper().createObjectNode()
                .put("kind", "office").put("nameAr", nameAr).put("nameEn", nameEn).put("distinct", true).toString());
        return UUID.fromString(created.path("id").asText());
    }

    /** Sets of 100 recommendations issued and led by {@code organization}; answers their ids, in order. */
    private List<UUID> adoptRecommendations(UUID organization, int count) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int year = 1900; ids.size() < count; year++) {
            ObjectNode set = EventJson.mapper().createObjectNode().put("issuingOrganizationId", organization.toString())
                    .put("year", year).put("titleAr", "مخطط عمل " + year);
            var items = set.putArray("recommendations");
            for (int n = 1; n <= 100 && ids.size() + n <= count; n++) {
                items.addObject().put("number", n).put("textAr", "توصية " + n)
                        .put("leadOfficeId", organization.toString());
            }
            client.post(recommendations + "/recommendation-sets", set.toString()).path("recommendations")
                    .forEach(r -> ids.add(UUID.fromString(r.path("id").asText())));
        }
        return ids;
    }

    /**
     * Runs once, on organisations of their own, the requests the timed steps send, and asks what they poll. The
     * meetings were imported, never read one by one: the first {@code GET /meetings/{id}} loaded Hibernate's query
     * classes for 0.4-1.2 s, and the first rename and merge did the same in orgs-service; the rename's figures were
     * those first requests, not the rename (its event was applied 0.2 s after the request).
     */
    private void warmUp(UUID meeting, UUID otherMeeting, UUID recommendation, String tag) throws Exception {
        UUID loser = register("مجلس " + tag + "c", "Council " + tag + "c");
        UUID winner = register("تحالف " + tag + "d", "Coalition " + tag + "d");
        rename(loser, "مجلس " + tag + "e", "Council " + tag + "e");
        client.post(orgs + "/organizations/" + winner + "/merge", "{\"organizationId\": \"" + loser + "\"}");
        client.delete(orgs + "/organizations/" + winner + "/merge/" + loser);
        for (int i = 0; i < 3; i++) {
            organizerName(meeting(meeting));
            organizerName(meeting(otherMeeting));
            total(tag + "a");
            searchQueueEmpty();
            mergeJobsDone();
            if (recommendation != null) {
                lead(recommendation);
            }
        }
    }

    private JsonNode meeting(UUID id) throws Exception {
        return client.get(meetings + "/meetings/" + id);
    }

    private String lead(UUID recommendation) throws Exception {
        return client.get(recommendations + "/recommendations/" + recommendation).path("leadOffice").path("id")
                .asText();
    }

    private void rename(UUID id, String nameAr, String nameEn) throws Exception {
        long version = client.get(orgs + "/organizations/" + id).path("version").asLong();
        client.patch(orgs + "/organizations/" + id, version,
                EventJson.mapper().createObjectNode().put("nameAr", nameAr).put("nameEn", nameEn).toString());
    }

    /** No merge or unmerge has references left to move in meetings-service. */
    private boolean mergeJobsDone() throws Exception {
        return client.get(meetings + "/admin/merge-jobs").isEmpty();
    }

    private boolean searchQueueEmpty() throws Exception {
        return client.get(meetings + "/admin/search-refresh").isEmpty();
    }

    /** How many meetings a search for the word finds. */
    private long total(String word) throws Exception {
        return client.get(meetings + "/meetings?limit=1&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))
                .path("total").asLong();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private void await(String what, Check check) throws Exception {
        await(what, System.nanoTime(), check);
    }

    /** @return seconds from {@code started} until the check first held */
    private double await(String what, long started, Check check) throws Exception {
        while (!check.holds()) {
            if (System.nanoTime() - started > GIVE_UP.toNanos()) {
                throw new IllegalStateException(what + " did not happen within " + GIVE_UP);
            }
            Thread.sleep(POLL.toMillis());
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * Milliseconds from the commit of the organisation's latest event in orgs-service to the start of the transaction
     * in which meetings-service's directory applied it ({@code inbox_event.received_at} is that transaction's time).
     */
    private static double appliedMs(Cluster cluster, UUID organization) throws Exception {
        try (Connection orgs = cluster.database(LiaisonTopology.ORGS);
             Connection meetings = cluster.database(LiaisonTopology.MEETINGS);
             PreparedStatement event = orgs.prepareStatement("select id::text, occurred_at from outbox_event"
                     + " where aggregate_id = ? order by seq desc limit 1");
             PreparedStatement applied = meetings.prepareStatement(
                     "select received_at from inbox_event where event_id = ?")) {
            event.setObject(1, organization);
            try (ResultSet e = event.executeQuery()) {
                e.next();
                applied.setString(1, e.getString(1));
                Instant committed = e.getObject(2, OffsetDateTime.class).toInstant();
                try (ResultSet a = applied.executeQuery()) {
                    return a.next() ? Duration.between(committed, a.getObject(1, OffsetDateTime.class).toInstant())
                            .toNanos() / 1e6 : Double.NaN;
                }
            }
        }
    }

    /** Records on every dead-letter topic, from their end offsets. */
    private static long deadLetters(Cluster cluster) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", cluster.bootstrapServers());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics().entrySet().stream()
                    .filter(t -> t.getKey().endsWith(".dlq")).flatMap(t -> t.getValue().stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
            return partitions.stream().mapToLong(p -> ends.get(p) - starts.get(p)).sum();
        }
    }
}
