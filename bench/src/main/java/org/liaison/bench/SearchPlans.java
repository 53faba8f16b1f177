package org.liaison.bench;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;
import org.liaison.names.ArabicNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where a search's time goes: {@code EXPLAIN (ANALYZE, BUFFERS)} of the statements a search runs, on the loaded
 * databases, written to {@code search-plans.txt} beside the report; read-only. The statements are those of
 * orgs-service's {@code OrganizationService.list} (a count for {@code total}, then the page) and meetings-service's
 * {@code MeetingSearch} for a reader of an office that takes part in nothing (the ranked page, which counts its
 * candidates, and the count a search runs when they do not tell the total), with
 * the query folded as the services fold it; kept here by hand, so they follow those classes as of this commit.
 */
final class SearchPlans {

    static final String FILE = "search-plans.txt";

    private SearchPlans() {
    }

    /** The services' defaults of liaison.paging.exact-total-up-to and liaison.search.rank-candidates. */
    private static final int EXACT_TOTAL_UP_TO = 1000;
    private static final int RANK_CANDIDATES = 1000;

    static Map<String, Map<String, double[]>> explain(Cluster cluster, Map<String, List<String>> organizationQueries,
                                                      Map<String, List<String>> meetingQueries, Path out)
            throws SQLException, IOException {
        StringBuilder text = new StringBuilder();
        Map<String, Map<String, double[]>> times = new LinkedHashMap<>();
        try (Connection db = cluster.database(LiaisonTopology.ORGS)) {
            Map<String, double[]> endpoint = times.computeIfAbsent("/organizations", k -> new LinkedHashMap<>());
            for (String q : all(organizationQueries)) {
                String like = "'%" + ArabicNames.searchKey(q).replace("'", "''") + "%'";
                String where = " from organization o where o.id in (select n.organization_id from organization_name n"
                        + " where n.search_key like " + like + ") and o.merged_into is null";
                endpoint.put(q, new double[]{
                        explain(db, "GET /organizations?q=" + q + ": count", "select count(*) from (select 1" + where
                                + " limit " + (EXACT_TOTAL_UP_TO + 1) + ") c", text),
                        explain(db, "GET /organizations?q=" + q + ": page", "select o.*" + where
                                + " order by o.created_at, o.id limit 51", text)});
            }
        }
        try (Connection db = cluster.database(LiaisonTopology.MEETINGS)) {
            try (Statement statement = db.createStatement()) {
                statement.execute("set enable_hashjoin = off"); // as MeetingSearch sets it for a search with q
            }
            Map<String, double[]> endpoint = times.computeIfAbsent("/meetings", k -> new LinkedHashMap<>());
            String office = "'" + UUID.randomUUID() + "'";
            String visible = "(not s.restricted or s.organizer_id = " + office + " or s.created_by_office = " + office
                    + " or exists (select 1 from meeting_participant vp where vp.meeting_id = s.meeting_id and"
                    + " (vp.organization_id = " + office + " or vp.on_behalf_of_id = " + office + ")))";
            for (String q : all(meetingQueries)) {
                String query = "to_tsquery('simple', '" + tsquery(q) + "')";
                String where = " from meeting_search s left join meeting m on m.id = s.meeting_id where (" + visible
                        + " and s.document @@ " + query + " or s.public_document @@ " + query + ")";
                String rank = "case when " + visible + " then ts_rank(s.document, " + query
                        + ") else ts_rank(s.public_document, " + query + ") end";
                endpoint.put(q, new double[]{
                        explain(db, "GET /meetings?q=" + q + ": count (only when the page's candidates do not tell"
                                + " it)", "select count(*) from (select 1" + where + " limit " + (EXACT_TOTAL_UP_TO + 1)
                                + ") c", text),
                        explain(db, "GET /meetings?q=" + q + ": page, with its candidates counted", "select x.id,"
                                + " x.candidates from (select y.*, count(*) over () as candidates, row_number() over"
                                + " (order by y.created desc, y.id desc) as position from (select s.meeting_id as id, "
                                + rank + " as k1, s.created_at as created" + where
                                + " order by created desc, id desc limit " + (RANK_CANDIDATES + 1) + ") y) x where"
                                + " x.position <= " + RANK_CANDIDATES + " order by x.k1 desc, x.id limit 51", text)});
            }
        }
        Files.writeString(out.resolve(FILE), text);
        return times;
    }

    private static List<String> all(Map<String, List<String>> classes) {
        return classes.values().stream().flatMap(List::stream).toList();
    }

    /** As meetings-service's SearchTerms: every word, the last one as a prefix. */
    private static String tsquery(String q) {
        List<String> words = new ArrayList<>(List.of(ArabicNames.searchKey(q).split(" ")));
        words.removeIf(String::isEmpty);
        String last = words.remove(words.size() - 1);
        String quoted = words.stream().map(w -> "''" + w + "''").collect(Collectors.joining(" & "));
        return (quoted.isEmpty() ? "" : quoted + " & ") + "''" + last + "'':*";
    }

    /** Runs EXPLAIN ANALYZE, appends the plan under a title and gives the execution time in milliseconds. */
    private static double explain(Connection db, String title, String sql, StringBuilder text) throws SQLException {
        text.append("## ").append(title).append('\n').append(sql).append("\n\n");
        double ms = Double.NaN;
        try (Statement s = db.createStatement();
             ResultSet plan = s.executeQuery("explain (analyze, buffers) " + sql)) {
            while (plan.next()) {
                String line = plan.getString(1);
                text.append(line).append('\n');
                if (line.startsWith("Execution Time:")) {
                    ms = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                }
            }
        }
        text.append('\n');
        return ms;
    }
}
