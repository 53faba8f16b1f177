package org.liaison.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.liaison.contracts.EventJson;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.liaison.bench.BenchReport.format;
import static org.liaison.bench.BenchReport.round;

/** The search workload's part of report.json ({@code figures.search}) and report.md. */
final class SearchReport {

    /** Issue 14's search target is with this many meetings and this many organisations loaded. */
    static final int ISSUE_RECORDS = 100_000;

    private SearchReport() {
    }

    static ObjectNode json(SearchAtScale.Figures search) {
        ObjectNode node = EventJson.mapper().createObjectNode();
        node.put("loadAndCatchUpSeconds", round(search.loadSeconds()));
        for (SearchLoad.Figures load : search.loads()) {
            ObjectNode l = node.withArray("loads").addObject().put("what", load.what()).put("records", load.records())
                    .put("written", load.written()).put("rejected", load.rejected())
                    .put("seconds", round(load.seconds())).put("perSecond", round(load.perSecond()));
            load.cpuMsPerRecord().forEach((process, ms) -> l.with("cpuMsPerRecord").put(process, round(ms)));
        }
        for (SearchAtScale.Query q : search.queries()) {
            ObjectNode figures = BenchReport.stats(q.stats());
            q.hits().forEach((query, hits) -> figures.with("hits").put(query, hits));
            q.cpuMsPerSearch().forEach((process, ms) -> figures.with("cpuMsPerSearch").put(process, round(ms)));
            q.queries().forEach(query -> {
                double[] ms = search.databaseMs().getOrDefault(q.endpoint(), Map.of()).get(query);
                if (ms != null) {
                    figures.with("databaseMs").putObject(query).put("count", round(ms[0])).put("page", round(ms[1]));
                }
            });
            node.with(q.endpoint().substring(1)).set(q.queryClass(), figures);
        }
        return node;
    }

    static String markdown(SearchAtScale.Figures search, Path dir) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "%nSearch at scale: records made of the "
                + "articles' words (bench SearchRecords, Zipf-distributed), loaded through the API and every consumer "
                + "caught up in %s s:%n%n| Load | Records | Written | Rejected | Seconds | Records/s | CPU ms per "
                + "record (by process) |%n|---|---|---|---|---|---|---|%n", format(search.loadSeconds())));
        for (SearchLoad.Figures l : search.loads()) {
            String cpu = l.cpuMsPerRecord().entrySet().stream().map(e -> e.getKey() + " " + format(e.getValue()))
                    .collect(Collectors.joining(", "));
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s |%n", l.what(), l.records(),
                    l.written(), l.rejected(), format(l.seconds()), format(l.perSecond()), cpu));
        }
        if (search.loads().stream().anyMatch(l -> l.records() < ISSUE_RECORDS)) {
            md.append(String.format(Locale.ROOT, "%n**Fewer records than issue 14's %,d of each**: the figures below "
                    + "are for the records loaded above (liaison.bench.search-organizations, search-meetings).%n",
                    ISSUE_RECORDS));
        }
        md.append("\nEach query class at the workload's requests in flight (closed model), its Arabic and English "
                + "queries in turn; hits: the `total` each query finds; PostgreSQL: the execution time of the search's "
                + "count "
                + "and page statements, once each on the idle system after the searches (EXPLAIN ANALYZE; plans in ["
                + SearchPlans.FILE + "](" + SearchPlans.FILE + ")); CPU: milliseconds each process used per answered "
                + "search while the class ran (the load generator, bench, runs on the same cores).\n\n"
                + "| Search | Queries | Hits | PostgreSQL ms (count + page) | Answers | Failed | Rate (/s) | p50 | p95 "
                + "| p99 | max (ms) | CPU ms per search (by process) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (SearchAtScale.Query q : search.queries()) {
            GatlingStats s = q.stats();
            List<String> database = q.queries().stream().map(query -> {
                double[] ms = search.databaseMs().getOrDefault(q.endpoint(), Map.of()).get(query);
                return ms == null ? "n/a" : format(ms[0]) + " + " + format(ms[1]);
            }).toList();
            String cpu = q.cpuMsPerSearch().entrySet().stream().filter(e -> e.getValue() >= 0.005)
                    .map(e -> e.getKey() + " " + format(e.getValue())).collect(Collectors.joining(", "));
            md.append(String.format(Locale.ROOT,
                    "| [%s %s](%s) | %s | %s | %s | %d | %d | %s | %s | %s | %s | %s | %s |%n",
                    q.endpoint(), q.queryClass(), dir.relativize(s.report()), String.join(" / ", q.queries()),
                    q.hits().values(), String.join(" / ", database), s.ok(), s.failed(), format(s.perSecond()),
                    format(s.p50Ms()), format(s.p95Ms()), format(s.p99Ms()), format(s.maxMs()), cpu));
        }
        return md.toString();
    }
}
