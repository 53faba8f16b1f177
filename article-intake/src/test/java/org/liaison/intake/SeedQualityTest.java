package org.liaison.intake;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.intake.Draft.ParticipantGroup;
import org.liaison.intake.SeedArticles.Article;
import org.liaison.names.ArabicNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five seed articles through {@link ArticleIntake#draft}, with a directory of the sample data's organisations
 * and people, compared field by field with what the sample data records from each article. Precision and recall
 * are counted over all five (micro-averaged) and printed; the assertions hold the figures reached, so a regression
 * fails. Run: {@code ./mvnw -B -ntp verify -pl article-intake -Dtest=SeedQualityTest}.
 */
class SeedQualityTest {

    /** The issue's target for every field. */
    static final double TARGET = 0.9;

    /** True positives, false positives and false negatives of one field. */
    static final class Score {
        int tp;
        int fp;
        int fn;
        final List<String> misses = new ArrayList<>();

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        void add(Score other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
        }
    }

    static final Map<String, Score> SCORES = new LinkedHashMap<>();
    static final Map<Article, Draft> DRAFTS = new LinkedHashMap<>();

    @BeforeAll
    static void draftAndScore() {
        InMemoryDirectory directory = SeedArticles.directory();
        ArticleIntake intake = new ArticleIntake();
        for (String field : List.of("organizations", "people", "date", "place", "counts", "instruments",
                "recommendations", "statements")) {
            SCORES.put(field, new Score());
        }
        for (Article article : SeedArticles.ARTICLES) {
            Draft draft = intake.draft(ArticleText.of(article.text(), article.publishedOn()), directory);
            DRAFTS.put(article, draft);
            sets(SCORES.get("organizations"), article, SeedArticles.organizations(article), draft.organizations()
                    .stream().map(o -> o.best() == null ? "new:" + o.asWritten() : o.best().id()).toList());
            sets(SCORES.get("people"), article, SeedArticles.people(article), draft.people()
                    .stream().map(p -> p.best() == null ? "new:" + p.asWritten() : p.best().id()).toList());
            List<JsonNode> meetings = SeedArticles.meetings(article);
            JsonNode main = meetings.isEmpty() ? null : meetings.get(0);
            String expectedDate = main == null || !main.hasNonNull("date") ? null : main.get("date").asText();
            String draftedDate = draft.meeting() == null || draft.meeting().date().date() == null ? null
                    : draft.meeting().date().date().toString();
            single(SCORES.get("date"), article, expectedDate, draftedDate);
            String expectedPlace = main == null ? null : main.path("place").path("cityEn").asText(null);
            String draftedPlace = draft.meeting() == null || draft.meeting().place() == null ? null
                    : draft.meeting().place().nameEn();
            single(SCORES.get("place"), article, expectedPlace, draftedPlace);
            groups(SCORES.get("counts"), article, SeedArticles.groups(article), draft.groups());
            sets(SCORES.get("instruments"), article, SeedArticles.instruments(article),
                    draft.instruments().stream().map(Draft.InstrumentCited::id).toList());
            Set<String> expectedItems = new LinkedHashSet<>();
            SeedArticles.recommendations(article).forEach(r -> expectedItems.add(
                    r.get("numberAsWritten").asText() + " " + ArabicNames.searchKey(r.get("textAr").asText())));
            sets(SCORES.get("recommendations"), article, expectedItems, draft.recommendations().stream()
                    .map(r -> r.numberAsWritten() + " " + ArabicNames.searchKey(r.text())).toList());
            statements(SCORES.get("statements"), article, draft);
        }
        print();
    }

    private static void sets(Score score, Article article, Set<String> expected, List<String> drafted) {
        Set<String> found = new LinkedHashSet<>(drafted);
        for (String item : found) {
            if (expected.contains(item)) {
                score.tp++;
            } else {
                score.fp++;
                score.misses.add(article.file().substring(0, 3) + " extra " + item);
            }
        }
        for (String item : expected) {
            if (!found.contains(item)) {
                score.fn++;
                score.misses.add(article.file().substring(0, 3) + " missed " + item);
            }
        }
    }

    private static void single(Score score, Article article, String expected, String drafted) {
        if (Objects.equals(expected, drafted)) {
            score.tp += expected == null ? 0 : 1;
            return;
        }
        if (drafted != null) {
            score.fp++;
        }
        if (expected != null) {
            score.fn++;
        }
        score.misses.add(article.file().substring(0, 3) + " expected " + expected + ", drafted " + drafted);
    }

    /**
     * A drafted group is one of the sample data's when their counts agree and they share a content word («المبعوثين»,
     * «الجامعات»), quantifiers and «ممثلي/عن/من» aside; each expected group is matched once.
     */
    private static void groups(Score score, Article article, List<JsonNode> expected, List<ParticipantGroup> drafted) {
        List<JsonNode> left = new ArrayList<>(expected);
        for (ParticipantGroup group : drafted) {
            JsonNode match = null;
            for (JsonNode candidate : left) {
                Integer count = candidate.hasNonNull("count") ? candidate.get("count").asInt() : null;
                if (Objects.equals(count, group.count())
                        && !intersection(words(group.description()), words(candidate.get("description").asText()))
                        .isEmpty()) {
                    match = candidate;
                    break;
                }
            }
            if (match != null) {
                left.remove(match);
                score.tp++;
            } else {
                score.fp++;
                score.misses.add(article.file().substring(0, 3) + " extra group " + group.description());
            }
        }
        for (JsonNode missed : left) {
            score.fn++;
            score.misses.add(article.file().substring(0, 3) + " missed group " + missed.get("description").asText());
        }
    }

    private static final Set<String> NOT_CONTENT = Set.of("ممثلي", "ممثلو", "ممثلين", "ممثلون", "عن", "من", "عدد",
            "كبير", "مجموعه", "كافه", "جميع", "كل", "العديد", "الي", "في", "مديري", "مديرو", "مع", "او", "سواء");

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String word : ArabicNames.searchKey(text).split(" ")) {
            String stem = Tokens.stem(word);
            if (!NOT_CONTENT.contains(word) && !NOT_CONTENT.contains(stem) && stem.length() > 2) {
                out.add(stem);
            }
        }
        return out;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }

    /** A statement of the sample data is found when a drafted one by the same person quotes a sentence holding it. */
    private static void statements(Score score, Article article, Draft draft) {
        List<JsonNode> expected = SeedArticles.lines("statements.jsonl").stream().filter(article::isSourceOf)
                .toList();
        Set<Draft.Statement> used = new HashSet<>();
        for (JsonNode statement : expected) {
            String text = ArabicNames.searchKey(statement.get("textAr").asText());
            Draft.Statement match = draft.statements().stream()
                    .filter(s -> !used.contains(s)
                            && statement.get("speakerPersonId").asText().equals(s.speakerPersonId())
                            && (ArabicNames.searchKey(s.quote()).contains(text)
                            || text.contains(ArabicNames.searchKey(s.quote()))))
                    .findFirst().orElse(null);
            if (match != null) {
                used.add(match);
                score.tp++;
            } else {
                score.fn++;
                score.misses.add(article.file().substring(0, 3) + " missed statement " + text.substring(0, 40));
            }
        }
        for (Draft.Statement statement : draft.statements()) {
            if (!used.contains(statement)) {
                score.fp++;
                score.misses.add(article.file().substring(0, 3) + " extra statement " + statement.speaker() + ": "
                        + statement.quote().substring(0, Math.min(40, statement.quote().length())));
            }
        }
    }

    static final List<String> MEASURED = List.of("organizations", "people", "date", "place", "counts", "instruments",
            "recommendations");

    static Score overall() {
        Score all = new Score();
        MEASURED.forEach(f -> all.add(SCORES.get(f)));
        return all;
    }

    private static void print() {
        StringBuilder out = new StringBuilder("\nArticle intake over the five seed articles\n");
        out.append(String.format("%-16s %5s %5s %5s %10s %7s%n", "field", "tp", "fp", "fn", "precision", "recall"));
        SCORES.forEach((field, s) -> out.append(row(field, s)));
        out.append(row("overall*", overall()));
        out.append("* over the issue's fields (statements are reported, not part of the target)\n");
        SCORES.forEach((field, s) -> s.misses.forEach(m -> out.append("  ").append(field).append(": ").append(m)
                .append('\n')));
        DRAFTS.forEach((article, draft) -> out.append(describe(article, draft)));
        System.out.println(out);
    }

    /** What the draft of an article holds, one line an item, for a reader of the test output. */
    static String describe(Article article, Draft draft) {
        StringBuilder out = new StringBuilder("\n== " + article.file() + "\n");
        Draft.Meeting m = draft.meeting();
        if (m != null) {
            out.append("meeting ").append(m.kind()).append(' ').append(m.status()).append(" date ")
                    .append(m.date().date()).append(" «").append(m.date().asWritten()).append("» place ")
                    .append(m.place() == null ? null : m.place().nameEn() + " venue " + m.place().venue())
                    .append("\n  title ").append(m.title() == null ? null : m.title().text()).append('\n');
        }
        draft.organizations().forEach(o -> out.append("org «").append(o.asWritten()).append("» ")
                .append(o.best() == null ? "NEW " + o.proposedKind() : o.best().name() + " " + o.best().layer() + " "
                        + o.best().confidence()).append(" x").append(o.spans().size()).append('\n'));
        draft.people().forEach(p -> out.append("person «").append(p.asWritten()).append("» ").append(p.honorific())
                .append(" role ").append(p.role() == null ? null : p.role().text()).append(" of ")
                .append(p.organization() == null ? null : p.organization().text()).append(' ')
                .append(p.best() == null ? "NEW" : p.best().name()).append('\n'));
        draft.groups().forEach(g -> out.append("group ").append(g.count()).append(' ').append(g.organizationKind())
                .append(" «").append(g.description()).append("»\n"));
        draft.instruments().forEach(i -> out.append("instrument ").append(i.id()).append('\n'));
        draft.recommendations().forEach(r -> out.append("item ").append(r.numberAsWritten()).append(' ')
                .append(r.text(), 0, Math.min(50, r.text().length())).append('\n'));
        draft.statements().forEach(st -> out.append("statement ").append(st.speaker()).append(": ")
                .append(st.quote(), 0, Math.min(50, st.quote().length())).append('\n'));
        draft.warnings().forEach(w -> out.append("warning ").append(w).append('\n'));
        return out.toString();
    }

    private static String row(String field, Score s) {
        return String.format("%-16s %5d %5d %5d %10.2f %7.2f%n", field, s.tp, s.fp, s.fn, s.precision(), s.recall());
    }

    /**
     * The figures reached when this test was written, {precision, recall}: each at or above the issue's target,
     * held exactly so that a rule that stops working fails here even while the field stays above 0.9.
     */
    static final Map<String, double[]> REACHED = new LinkedHashMap<>();

    static {
        // 25 of 26: article 003 mentions «مناطق الإدارة الذاتية», an organisation the sample data does not record
        // from that article.
        REACHED.put("organizations", new double[]{25 / 26.0, 1});
        REACHED.put("people", new double[]{1, 1});
        REACHED.put("date", new double[]{1, 1});
        REACHED.put("place", new double[]{1, 1});
        REACHED.put("counts", new double[]{1, 1});
        REACHED.put("instruments", new double[]{1, 1});
        REACHED.put("recommendations", new double[]{1, 1});
        // Statements are beyond the issue's fields. The sample data records statements for 001 and 004 only, so the
        // six real statements drafted from 002 and 003 count against precision here: 13 of 19.
        REACHED.put("statements", new double[]{13 / 19.0, 1});
    }

    @Test
    void everyFieldHoldsTheFiguresReached() {
        Map<String, double[]> floors = REACHED;
        assertAll(floors.entrySet().stream().map(e -> () -> {
            Score s = SCORES.get(e.getKey());
            assertTrue(s.precision() >= e.getValue()[0] - 1e-9, e.getKey() + " precision " + s.precision());
            assertTrue(s.recall() >= e.getValue()[1] - 1e-9, e.getKey() + " recall " + s.recall());
            if (MEASURED.contains(e.getKey())) {
                assertTrue(e.getValue()[0] >= TARGET && e.getValue()[1] >= TARGET, e.getKey() + " below target");
            }
        }));
    }

    @Test
    void overTheIssuesFieldsPrecisionAndRecallReachTheTarget() {
        assertTrue(overall().precision() >= TARGET, "precision " + overall().precision());
        assertTrue(overall().recall() >= TARGET, "recall " + overall().recall());
    }

    @Test
    void noDateIsInvented() {
        // 000 and 003 give no date; 002's «يوم الثلاثاء المقبل» needs the publication date the page does not give.
        for (String file : Arrays.asList("000", "002", "003")) {
            Draft draft = DRAFTS.entrySet().stream().filter(e -> e.getKey().file().startsWith(file)).findFirst()
                    .orElseThrow().getValue();
            assertTrue(draft.meeting() == null || draft.meeting().date().date() == null, file + " has a date");
        }
        Draft paris = DRAFTS.entrySet().stream().filter(e -> e.getKey().file().startsWith("002")).findFirst()
                .orElseThrow().getValue();
        assertEquals("يوم الثلاثاء المقبل", paris.meeting().date().asWritten());
        assertTrue(paris.meeting().date().warnings().stream().anyMatch(w -> w.contains("publication date")));
        assertNull(SeedArticles.ARTICLES.get(2).publishedOn());
    }
}
