package org.liaison.faults;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.BadInputCase;
import org.liaison.infra.testing.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * F7: the services' bad-input cases (the shared files in embedded-infra's {@code bad-input/}, the very rows their
 * tests send) fired at the running cluster, each at least three times and from several threads at once, while 20 valid
 * writes a second go on. Each must get the answer its row names, under load as in the tests: the status, as
 * problem+json, naming the field at fault; never a 5xx. A 429 is the rate limit speaking, not an answer to the case:
 * the case is sent again after Retry-After and then judged. The valid writes must be unharmed (the oracle), and the bad
 * requests must have written nothing: the rows of every table they could touch grow by exactly what the valid writes
 * acknowledged.
 */
final class BadInputUnderLoad extends Fault {

    static final Duration SPELL = Duration.ofSeconds(25);
    static final int SENDERS = 8;
    /** How many times each case is answered, on average, at the least (the spell is stretched up to twice for it). */
    static final int PASSES = 3;
    private static final int WRITES_PER_SECOND = 20;
    /** The tables a bad request could write to, per service (the valid load writes orgs-service's first two only). */
    private static final Map<LiaisonTopology.Service, List<String>> TABLES = Map.of(
            LiaisonTopology.ORGS, List.of("organization", "outbox_event", "idempotency_key"),
            LiaisonTopology.MEETINGS, List.of("meeting", "meeting_participant", "outbox_event", "idempotency_key"),
            LiaisonTopology.RECOMMENDATIONS, List.of("recommendation_set", "recommendation", "outbox_event"));

    BadInputUnderLoad() {
        super("F7", "the services' bad-input cases, " + SENDERS + " senders for " + SPELL.toSeconds()
                + " s, under " + WRITES_PER_SECOND + " valid writes/s");
    }

    @Override
    void inject(FaultRun run) throws Exception {
        Map<LiaisonTopology.Service, Map<String, String>> fills = knownEntities(run);
        List<BadInputFire.Target> targets = new ArrayList<>();
        for (String file : BadInputCase.files()) {
            LiaisonTopology.Service service = serviceOf(file);
            for (BadInputCase badInput : BadInputCase.load(file)) {
                targets.add(new BadInputFire.Target(service, badInput, fills.get(service)));
            }
        }
        Map<String, Long> before = rowCounts(run);
        BadInputFire fire = new BadInputFire(run.cluster, targets);
        try (Load load = run.load(WRITES_PER_SECOND)) {
            Load.sleep(Duration.ofSeconds(2));
            fire.run(SENDERS, SPELL, PASSES);
        }
        fire.report(run);
        judgeRows(run, before, rowCounts(run));
    }

    /**
     * The entities the cases' placeholders name, made the way a client makes them: an organisation ({@code existing}
     * for orgs-service, the {@code organizer} of meetings-service) and a meeting it organises ({@code existing} for
     * meetings-service), and an article pasted for intake ({@code intake}, whose accept every case refuses). Renames
     * of the valid load never touch them, so they stay at version 0.
     */
    private static Map<LiaisonTopology.Service, Map<String, String>> knownEntities(FaultRun run) {
        String admin = TestTokens.admin();
        String organization = Api.JSON.createObjectNode().put("kind", "council").put("nameAr", "مجلس سوريا الديمقراطية")
                .put("nameEn", "fault F7 " + UUID.randomUUID()).put("distinct", true).toString();
        Api.Answer registered = Api.send("POST", run.cluster.url(LiaisonTopology.ORGS) + "/organizations", admin,
                organization, UUID.randomUUID().toString(), null);
        if (registered.status() != 201) {
            throw new IllegalStateException("could not register the organisation the cases change: " + registered);
        }
        String organizationId = registered.body().path("id").asText();
        String meeting = Api.JSON.createObjectNode().put("kind", "conference").put("titleAr", "مؤتمر")
                .put("organizerId", organizationId).toString();
        Api.Answer recorded = Api.send("POST", run.cluster.url(LiaisonTopology.MEETINGS) + "/meetings", admin, meeting,
                UUID.randomUUID().toString(), null);
        if (recorded.status() != 201) {
            throw new IllegalStateException("could not record the meeting the cases change: " + recorded);
        }
        String meetingId = recorded.body().path("id").asText();
        String article = Api.JSON.createObjectNode().put("text", "عقدت دائرة العلاقات الخارجية اجتماعها السنوي")
                .put("publisher", "نورث بالس").toString();
        Api.Answer pasted = Api.send("POST", run.cluster.url(LiaisonTopology.MEETINGS) + "/intake/articles", admin,
                article, null, null);
        if (pasted.status() != 201) {
            throw new IllegalStateException("could not paste the article the intake cases accept: " + pasted);
        }
        // recommendations-service learns both from their events; its cases take them as known.
        String recommendations = run.cluster.url(LiaisonTopology.RECOMMENDATIONS);
        awaitFound(recommendations + "/directory/organizations/" + organizationId, admin);
        awaitFound(recommendations + "/directory/meetings/" + meetingId, admin);
        Map<LiaisonTopology.Service, Map<String, String>> fills = new LinkedHashMap<>();
        fills.put(LiaisonTopology.ORGS, Map.of("existing", organizationId));
        fills.put(LiaisonTopology.MEETINGS, Map.of("existing", meetingId, "organizer", organizationId, "intake",
                pasted.body().path("id").asText()));
        fills.put(LiaisonTopology.RECOMMENDATIONS, Map.of("org", organizationId, "meeting", meetingId));
        return fills;
    }

    private static void awaitFound(String url, String token) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Api.get(url, token).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + " not found after 30 s");
            }
            Load.sleep(Duration.ofMillis(200));
        }
    }

    private static LiaisonTopology.Service serviceOf(String file) {
        String name = file.substring(0, file.indexOf('/'));
        return LiaisonTopology.SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service for case file " + file));
    }

    private static Map<String, Long> rowCounts(FaultRun run) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<LiaisonTopology.Service, List<String>> tables : TABLES.entrySet()) {
            try (Connection c = run.cluster.database(tables.getKey()); Statement s = c.createStatement()) {
                for (String table : tables.getValue()) {
                    try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                        rs.next();
                        counts.put(tables.getKey().name() + "." + table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /**
     * Every table grows by what the valid writes account for and nothing more: orgs-service by one organisation per
     * acknowledged create and one outbox row per acknowledged change; idempotency keys at most one per create; the
     * other services not at all.
     */
    private static void judgeRows(FaultRun run, Map<String, Long> before, Map<String, Long> after) {
        long creates = run.ledger().count(w -> w.acknowledged() && w.kind() == Ledger.Kind.CREATE);
        long changes = run.ledger().acknowledged().size();
        long createsSent = run.ledger().count(w -> w.kind() == Ledger.Kind.CREATE);
        Map<String, Long> grown = new LinkedHashMap<>();
        after.forEach((table, n) -> grown.put(table, n - before.getOrDefault(table, 0L)));
        run.note("rows added while the cases ran: " + grown + "; acknowledged creates " + creates + ", changes "
                + changes);
        grown.forEach((table, n) -> {
            boolean expected = switch (table) {
                case "orgs-service.organization" -> n == creates;
                case "orgs-service.outbox_event" -> n == changes;
                case "orgs-service.idempotency_key" -> n >= creates && n <= createsSent;
                default -> n == 0;
            };
            run.expect(expected, table + " grew by " + n + " rows while the bad-input cases ran (acknowledged creates "
                    + creates + ", changes " + changes + "): a refused request wrote something");
        });
    }
}
