package org.liaison.recommendations.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.infra.testing.TestTokens;
import org.liaison.names.ArabicNames;
import org.liaison.names.NameVariants;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search agrees with the duplicate check (issue 16): every spelling of a name that the duplicate check takes for it
 * (the same compact key: folded letters, removed marks, other digits, compound prefixes with or without a space)
 * finds by {@code GET /recommendations?q=} the recommendations whose text names it. The names are the sample data's
 * organisations and people, each written with a tag into a recommendation's text as such texts name them (Arabic
 * names in the Arabic text, English ones in the English); the spellings are drawn by {@link NameVariants} from a seed
 * printed on failure ({@code -Dliaison.test.variant-seed} replays one).
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class RecommendationSearchAgreesWithDuplicateCheckTest {

    private static final Path SAMPLE_DATA = Path.of("..", "sample-data");
    private static final int VARIANTS_PER_NAME = 4;

    @Test
    void everySpellingTheDuplicateCheckTakesForAnOrganisationNamedInATextFindsIt() throws Exception {
        everySpellingFindsTheRecommendationsNaming(names("organizations.jsonl"));
    }

    @Test
    void everySpellingTheDuplicateCheckTakesForAPersonNamedInATextFindsIt() throws Exception {
        everySpellingFindsTheRecommendationsNaming(names("people.jsonl"));
    }

    @Test
    void aCompoundNameIsFoundWrittenWithOrWithoutItsSpace() {
        String tag = tag();
        Response set = Fixtures.adopt(Fixtures.set(Fixtures.organization("دائرة العلاقات الخارجية"), 2024,
                "1", "التنسيق مع عبد الرحمن الحاج " + tag + " في ملف المعتقلين",
                "2", "دعم مبادرة عبدالرحمن " + tag + " للحوار"));
        String spaced = Fixtures.recommendation(set, 1);
        String joined = Fixtures.recommendation(set, 2);
        assertEquals(List.of(spaced), ids("عبدالرحمن الحاج " + tag));
        assertEquals(List.of(spaced), ids("عبد-الرحمن ال حاج " + tag));
        assertEquals(List.of(joined), ids("مبادرة عبد الرحمن " + tag));
        assertEquals(List.of(spaced, joined), ids("عبد الرحمن").stream().filter(id -> id.equals(spaced)
                || id.equals(joined)).toList());
        assertEquals(List.of(spaced, joined), ids("عبدالرحمن").stream().filter(id -> id.equals(spaced)
                || id.equals(joined)).toList());
    }

    /** One recommendation a name, in one set; then each name's spellings, each of which must find its own. */
    private static void everySpellingFindsTheRecommendationsNaming(List<String> names) {
        long seed = Long.getLong("liaison.test.variant-seed", System.nanoTime());
        Random random = new Random(seed);
        Map<String, Object> set = Fixtures.set(Fixtures.organization("دائرة العلاقات الخارجية"), 2023);
        List<Map<String, Object>> items = new ArrayList<>();
        Map<Integer, String> named = new LinkedHashMap<>();
        for (String name : names) {
            String tagged = name + " " + tag();
            Map<String, Object> item = new HashMap<>();
            item.put("number", items.size() + 1);
            if (isArabic(name)) {
                item.put("textAr", "التنسيق مع " + tagged + " في المرحلة القادمة");
            } else {
                item.put("textAr", "التنسيق في المرحلة القادمة");
                item.put("textEn", "Coordinate with " + tagged + " in the coming phase");
            }
            items.add(item);
            named.put(items.size(), tagged);
        }
        set.put("recommendations", items);
        Response adopted = Fixtures.adopt(set);
        named.forEach((number, tagged) -> {
            String id = Fixtures.recommendation(adopted, number);
            for (int i = 0; i < VARIANTS_PER_NAME; i++) {
                String variant = NameVariants.of(tagged, random);
                assertEquals(ArabicNames.compactKey(tagged), ArabicNames.compactKey(variant),
                        "the generator made a spelling the duplicate check takes for another name (seed " + seed
                                + "): «" + variant + "»");
                assertTrue(ids(variant).contains(id), "«" + variant + "» does not find the recommendation naming «"
                        + tagged + "» (seed " + seed + ", -Dliaison.test.variant-seed=" + seed + " replays it)");
            }
        });
    }

    private static List<String> ids(String q) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("q", q).queryParam("limit", 200)
                .get("/recommendations").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static boolean isArabic(String name) {
        return name.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    /** Arabic and English names of the sample records in {@code file}. */
    private static List<String> names(String file) throws Exception {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE_DATA.resolve(file))) {
            JsonNode record = EventJson.mapper().readTree(line);
            names.add(record.get("nameAr").asText());
            if (record.hasNonNull("nameEn")) {
                names.add(record.get("nameEn").asText());
            }
        }
        return names;
    }

    private static String tag() {
        return "x" + UUID.randomUUID().toString().substring(0, 7);
    }
}
