package org.liaison.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.liaison.sources.instruments.InstrumentCatalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The five seed articles (source-text's test jar, {@code articles/}) and what the project's sample data
 * ({@code ../sample-data/*.jsonl}) records from each: the expected side of the quality test, read, never typed in.
 * A record belongs to an article when one of its sources does: by the article's headline, or, for article 001 (no
 * headline), by its publisher.
 */
final class SeedArticles {

    static final Path SAMPLE_DATA = Path.of("..", "sample-data");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * An article and how the sample data's sources name it.
     *
     * @param file         the article's file under {@code articles/}
     * @param sourceTitle  its sources' title, or {@code null}
     * @param sourceWithoutTitlePublisher for an article without a headline, its sources' publisher
     */
    record Article(String file, String sourceTitle, String sourceWithoutTitlePublisher) {

        String text() {
            try (InputStream in = SeedArticles.class.getResourceAsStream("/articles/" + file)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean isSourceOf(JsonNode record) {
            for (JsonNode source : record.path("sources")) {
                String title = source.path("title").asText(null);
                if (sourceTitle != null ? sourceTitle.equals(title)
                        : title == null && sourceWithoutTitlePublisher.equals(source.path("publisher").asText(null))) {
                    return true;
                }
            }
            return false;
        }

        /** The publication date the sample data's sources give, or {@code null}. */
        LocalDate publishedOn() {
            for (String file : List.of("meetings.jsonl", "organizations.jsonl")) {
                for (JsonNode record : lines(file)) {
                    if (isSourceOf(record)) {
                        for (JsonNode source : record.path("sources")) {
                            if (source.hasNonNull("publishedOn")) {
                                return LocalDate.parse(source.get("publishedOn").asText());
                            }
                        }
                    }
                }
            }
            return null;
        }
    }

    static final List<Article> ARTICLES = List.of(
            new Article("000_52989e9fdcaeb159.txt",
                    "تشكيل مكتب التنسيق والعلاقات المحلية والدولية للعلويين: الأهداف والرؤية", null),
            new Article("001_4a227b67c1739e95.txt", null, "هيئة التفاوض السورية"),
            new Article("002_5adaccad63f1bc71.txt",
                    "مبادرة “مدنية” تجمع فاعلين سوريين في فرنسا لبحث التطورات السورية", null),
            new Article("003_9760bf98cfdbdc38.txt",
                    "مكتب العلاقات يجتمع مع الأحزاب والتشكيلات السياسية في «مسـد»", null),
            new Article("004_55adaa63dcde96d2.txt",
                    "دائرة العلاقات الخارجية للإدارة الذاتية عقدت اجتماعها السنوي وخرجت بجملة من التوصيات", null));

    private SeedArticles() {
    }

    static List<JsonNode> lines(String file) {
        try {
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(SAMPLE_DATA.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every organisation and person of the sample data, under all their names. */
    static InMemoryDirectory directory() {
        InMemoryDirectory directory = new InMemoryDirectory();
        for (JsonNode org : lines("organizations.jsonl")) {
            List<String> shortNames = new ArrayList<>();
            org.path("shortNames").forEach(n -> shortNames.add(n.asText()));
            List<String> otherNames = new ArrayList<>();
            org.path("otherNames").forEach(n -> otherNames.add(n.path("name").asText()));
            directory.addOrganization(org.get("id").asText(), org.path("nameAr").asText(null),
                    org.path("nameEn").asText(null), shortNames, otherNames);
        }
        for (JsonNode person : lines("people.jsonl")) {
            directory.addPerson(person.get("id").asText(), person.path("nameAr").asText(null),
                    person.path("nameEn").asText(null));
        }
        return directory;
    }

    static List<JsonNode> meetings(Article article) {
        return lines("meetings.jsonl").stream().filter(article::isSourceOf).toList();
    }

    /** The organisations the sample data records from the article, as themselves or as organisers, participants,
     * roles' bodies, speakers' bodies and issuers. */
    static Set<String> organizations(Article article) {
        Set<String> ids = new LinkedHashSet<>();
        lines("organizations.jsonl").stream().filter(article::isSourceOf).forEach(o -> ids.add(o.get("id").asText()));
        for (JsonNode meeting : meetings(article)) {
            add(ids, meeting, "organizerId");
            meeting.path("participants").forEach(p -> add(ids, p, "organizationId"));
        }
        for (JsonNode role : lines("memberships.jsonl")) {
            if (article.isSourceOf(role)) {
                add(ids, role, "organizationId");
                add(ids, role, "memberOrganizationId");
            }
        }
        lines("statements.jsonl").stream().filter(article::isSourceOf)
                .forEach(s -> add(ids, s, "speakerOrganizationId"));
        lines("recommendations.jsonl").stream().filter(article::isSourceOf)
                .forEach(s -> add(ids, s, "issuingOrganizationId"));
        return ids;
    }

    static Set<String> people(Article article) {
        Set<String> ids = new LinkedHashSet<>();
        lines("people.jsonl").stream().filter(article::isSourceOf).forEach(p -> ids.add(p.get("id").asText()));
        for (JsonNode meeting : meetings(article)) {
            meeting.path("participants").forEach(p -> add(ids, p, "personId"));
        }
        for (JsonNode role : lines("memberships.jsonl")) {
            if (article.isSourceOf(role)) {
                add(ids, role, "personId");
            }
        }
        lines("statements.jsonl").stream().filter(article::isSourceOf).forEach(s -> add(ids, s, "speakerPersonId"));
        return ids;
    }

    /** The instruments of the article's meetings and organisations, resolved as the services resolve them. */
    static Set<String> instruments(Article article) {
        Set<String> ids = new LinkedHashSet<>();
        InstrumentCatalogue catalogue = InstrumentCatalogue.seed();
        for (JsonNode meeting : meetings(article)) {
            List<String> cited = new ArrayList<>();
            meeting.path("instruments").forEach(i -> cited.add(i.asText()));
            ids.addAll(catalogue.resolveAll(cited).ids());
        }
        lines("organizations.jsonl").stream().filter(article::isSourceOf)
                .forEach(o -> o.path("instruments").forEach(i -> ids.add(i.asText())));
        return ids;
    }

    /** The unnamed participant groups of the article's meetings: description and count ({@code null} if none). */
    static List<JsonNode> groups(Article article) {
        List<JsonNode> out = new ArrayList<>();
        meetings(article).forEach(m -> m.path("unnamedParticipants").forEach(out::add));
        return out;
    }

    /** The recommendations of the article's recommendation sets. */
    static List<JsonNode> recommendations(Article article) {
        List<JsonNode> out = new ArrayList<>();
        lines("recommendations.jsonl").stream().filter(article::isSourceOf)
                .forEach(s -> s.path("recommendations").forEach(out::add));
        return out;
    }

    private static void add(Set<String> ids, JsonNode node, String field) {
        if (node.hasNonNull(field)) {
            ids.add(node.get(field).asText());
        }
    }
}
