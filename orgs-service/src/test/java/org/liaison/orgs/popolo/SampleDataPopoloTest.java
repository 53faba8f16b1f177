package org.liaison.orgs.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.orgs.popolo.PopoloSchemaTest.assertValid;
import static org.liaison.orgs.popolo.PopoloSchemaTest.find;
import static org.liaison.orgs.popolo.PopoloSchemaTest.schema;

/**
 * The organisations, people and roles of {@code sample-data/}, registered line by line as the sample-data loader
 * sends them: each fact as its article states it (sample-data/README.md), and a Popolo export of them that validates
 * against the schemas, keeps what Popolo has no property for and imports back to the same export.
 */
@QuarkusTest
@TestProfile(PrivateDatabase.class)
class SampleDataPopoloTest {

    private static final Path SAMPLE_DATA = Path.of("..", "sample-data");
    private static final Map<String, String> FILES = Map.of("organizations.jsonl", "/organizations",
            "people.jsonl", "/people", "memberships.jsonl", "/memberships");
    private static final String ALAWITE_OFFICE = "fb7ffafb-8f22-5d61-b963-98232a741737";
    private static final String SDC_OFFICE = "70714cf5-e749-56e7-9d6f-c134f8197d9e";
    private static final String DFR = "cd8bd394-f0bf-53e0-9fa2-8178258b8840";
    private static final String AANES = "94780cc2-e07e-5bd1-9bf3-5013160c3e95";
    private static final String ASFARI = "5d967779-10ea-5fb8-a61c-e3014813bbc6";

    @Inject
    PopoloTables tables;

    @BeforeEach
    void emptyDatabase() {
        tables.wipe();
    }

    @Test
    void theArticlesRegisterAsTheyStateThemAndExportAsValidPopolo() throws Exception {
        for (String file : List.of("organizations.jsonl", "people.jsonl", "memberships.jsonl")) {
            for (String line : Files.readAllLines(SAMPLE_DATA.resolve(file))) {
                // Sources name their article (headline, outlet, date), not a file of the seeds.
                assertFalse(line.contains("\"note\": \"seed "), line);
                PopoloFixtures.admin().body(line).post(FILES.get(file)).then().statusCode(201);
            }
        }

        // 000: four principles, three named; a statement reported on a page that names no outlet.
        get("/organizations/" + ALAWITE_OFFICE)
                .body("principles.size()", equalTo(3))
                .body("principlesStatedCount", equalTo(4))
                .body("sources[0].publisher", nullValue())
                .body("sources[0].title", equalTo("تشكيل مكتب التنسيق والعلاقات المحلية والدولية للعلويين: الأهداف "
                        + "والرؤية"))
                .body("sources[0].quote", startsWith("أكد البيان الصادر عن المكتب أن العمل سينطلق من استراتيجية "
                        + "شاملة لتحقيق أربعة مبادئ أساسية"))
                .body("sources[0].language", equalTo("ar"));
        // 003 and 004 say where the offices met, not where they sit.
        get("/organizations/" + SDC_OFFICE).body("city", nullValue())
                .body("sources[0].publisher", equalTo("مجلس سوريا الديمقراطية"))
                .body("sources[0].title", equalTo("مكتب العلاقات يجتمع مع الأحزاب والتشكيلات السياسية في «مسـد»"));
        get("/organizations/" + DFR).body("city", nullValue())
                .body("sources[0].publisher", equalTo("نورث بالس"))
                .body("sources[0].note", startsWith("North Pulse (نورث بالس)"));
        // 002: the role in the article's words, from a page that names no outlet.
        get("/people/" + ASFARI)
                .body("sources[0].publisher", nullValue())
                .body("sources[0].title", equalTo("مبادرة “مدنية” تجمع فاعلين سوريين في فرنسا لبحث التطورات السورية"))
                .body("roles.current[0].label", equalTo("رئيس إدارة"))
                .body("roles.current[0].sources[0].quote", startsWith("من جانبه، أكد رئيس إدارة مبادرة “مدنية”"));
        // 004: who attended, under the Administration.
        given().auth().oauth2(TestTokens.admin()).queryParam("parent", AANES)
                .queryParam("limit", 50).get("/organizations").then().statusCode(200)
                .body("items.nameAr", hasItems("دائرة العلاقات الخارجية", "ممثليات الإدارة الذاتية في الخارج",
                        "المجلس التنفيذي", "هيئة الصحة", "هيئة التربية", "هيئة البلديات", "هيئة الثقافة"))
                .body("items.find { it.nameAr == 'المجلس التنفيذي' }.parentRelation", equalTo("unit_of"))
                .body("items.find { it.nameAr == 'هيئة الصحة' }.parentRelation", equalTo("department_of"))
                .body("items.find { it.nameAr == 'ممثليات الإدارة الذاتية في الخارج' }.parentRelation",
                        equalTo("representation_of"));

        JsonNode export = PopoloFixtures.exportPopolo();
        assertValid(export.path("organizations"), schema("organization.json"));
        assertValid(export.path("persons"), schema("person.json"));
        assertValid(export.path("memberships"), schema("membership.json"));
        JsonNode office = find(export.path("organizations"), "مكتب التنسيق والعلاقات العامة المحلية والدولية");
        assertEquals(4, office.path("principles_stated_count").asInt());
        assertTrue(office.path("sources").isMissingNode(), "no article gives a URL: Popolo's sources need one");
        JsonNode source = office.path("sources_without_url").get(0);
        assertTrue(source.path("title").asText().startsWith("تشكيل مكتب التنسيق"));
        assertTrue(source.path("quote").asText().contains("أربعة مبادئ أساسية"));
        assertEquals("ar", source.path("language").asText());
        assertFalse(source.has("publisher"));
        assertFalse(find(export.path("organizations"), "مكتب العلاقات العامة في مجلس سوريا الديمقراطية").has("city"));

        // Imported back in two files, as the private database takes at most 40 records a file.
        tables.wipe();
        ObjectNode organizations = export.deepCopy();
        organizations.remove(List.of("persons", "memberships"));
        PopoloFixtures.importPopolo(organizations).statusCode(200).body("created.organizations", equalTo(24))
                .body("rejected", empty());
        ObjectNode roles = export.deepCopy();
        roles.remove("organizations");
        PopoloFixtures.importPopolo(roles).statusCode(200).body("created.persons", equalTo(12))
                .body("created.memberships", equalTo(15)).body("rejected", empty());
        assertEquals(PopoloFixtures.withoutTimestamps(export),
                PopoloFixtures.withoutTimestamps(PopoloFixtures.exportPopolo()));
    }

    private static ValidatableResponse get(String path) {
        return given().auth().oauth2(TestTokens.admin()).get(path).then().statusCode(200);
    }
}
