package org.liaison.orgs.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.infra.testing.TestTokens;
import org.liaison.names.ArabicNames;
import org.liaison.names.NameVariants;
import org.liaison.orgs.OrgsTestResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Search agrees with the duplicate check (issue 16): every spelling of a name that the duplicate check takes for the
 * name (the same compact key: folded letters, removed marks, other digits, compound prefixes with or without a
 * space) finds its organisation or person by {@code ?q=}. The names are the sample data's, each registered with a
 * tag; the spellings are drawn by {@link NameVariants} from a seed printed on failure
 * ({@code -Dliaison.test.variant-seed} replays one).
 */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class NameSearchAgreesWithDuplicateCheckTest {

    private static final Path SAMPLE_DATA = Path.of("..", "sample-data");
    private static final int VARIANTS_PER_NAME = 4;

    @Test
    void everySpellingTheDuplicateCheckTakesForAnOrganisationsNameFindsIt() throws Exception {
        long seed = Long.getLong("liaison.test.variant-seed", System.nanoTime());
        Random random = new Random(seed);
        for (String name : names("organizations.jsonl")) {
            String tagged = name + " " + tag();
            String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body("{\"kind\": \"civil_society_organization\", \"nameAr\": " + json(tagged)
                            + ", \"distinct\": true}")
                    .post("/organizations").then().statusCode(201).extract().path("id");
            for (int i = 0; i < VARIANTS_PER_NAME; i++) {
                String variant = NameVariants.of(tagged, random);
                assertSameName(tagged, variant, seed);
                given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).queryParam("q", variant)
                        .get("/organizations").then().statusCode(200)
                        .body("items.id", hasItem(id));
            }
        }
    }

    @Test
    void everySpellingTheDuplicateCheckTakesForAPersonsNameFindsThem() throws Exception {
        long seed = Long.getLong("liaison.test.variant-seed", System.nanoTime());
        Random random = new Random(seed);
        for (String name : names("people.jsonl")) {
            String tagged = name + " " + tag();
            String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body("{\"nameAr\": " + json(tagged) + ", \"distinct\": true}")
                    .post("/people").then().statusCode(201).extract().path("id");
            for (int i = 0; i < VARIANTS_PER_NAME; i++) {
                String variant = NameVariants.of(tagged, random);
                assertSameName(tagged, variant, seed);
                given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).queryParam("q", variant)
                        .get("/people").then().statusCode(200)
                        .body("items.id", hasItem(id));
            }
        }
    }

    @Test
    void aCompoundNameWrittenWithOrWithoutItsSpaceIsFoundEitherWay() throws Exception {
        for (String[] stored : new String[][] {{"عبد الرحمن الحاج", "عبدالرحمن الحاج"},
                {"عبدالرحمن الحاج", "عبد الرحمن الحاج"}}) {
            String tag = tag();
            String person = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body("{\"nameAr\": " + json(stored[0] + " " + tag) + ", \"distinct\": true}")
                    .post("/people").then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).queryParam("q", stored[1] + " " + tag)
                    .get("/people").then().statusCode(200).body("items.id", hasItem(person));
            String organization = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body("{\"kind\": \"initiative\", \"nameAr\": " + json("مبادرة " + stored[0] + " " + tag)
                            + ", \"distinct\": true}")
                    .post("/organizations").then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).queryParam("q", stored[1] + " " + tag)
                    .get("/organizations").then().statusCode(200).body("items.id", hasItem(organization));
        }
    }

    private static void assertSameName(String name, String variant, long seed) {
        assertEquals(ArabicNames.compactKey(name), ArabicNames.compactKey(variant),
                "the generator made a spelling the duplicate check takes for another name (seed " + seed + "): «"
                        + variant + "»");
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

    private static String json(String text) throws Exception {
        return EventJson.mapper().writeValueAsString(text);
    }
}
