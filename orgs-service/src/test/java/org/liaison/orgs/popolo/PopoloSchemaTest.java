package org.liaison.orgs.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.load.configuration.LoadingConfiguration;
import com.github.fge.jsonschema.core.load.uri.URITranslatorConfiguration;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export validates against the Popolo JSON Schemas (draft 3, copied unchanged into
 * src/test/resources/popolo-schemas), with their http://www.popoloproject.com/schemas/… references resolved from
 * that folder rather than the network.
 */
@QuarkusTest
@TestProfile(PrivateDatabase.class)
class PopoloSchemaTest {

    private static final String POPOLO = "http://www.popoloproject.com/schemas/";

    @Inject
    PopoloTables tables;

    @BeforeEach
    void emptyDatabase() {
        tables.wipe();
    }

    @Test
    void everyExportedRecordIsValidPopolo() throws ProcessingException {
        PopoloFixtures.registerArticles();
        JsonNode export = PopoloFixtures.exportPopolo();
        assertValid(export.path("organizations"), schema("organization.json"));
        assertValid(export.path("persons"), schema("person.json"));
        assertValid(export.path("memberships"), schema("membership.json"));

        JsonNode department = find(export.path("organizations"), "دائرة العلاقات الخارجية");
        assertEquals("department", department.path("classification").asText());
        assertEquals("department_of", department.path("parent_relation").asText());
        // The URL-less source is kept beside Popolo's sources, which require a URL.
        assertEquals("https://npasyria.com/", department.path("sources").get(0).path("url").asText());
        assertEquals("نورث بالس", department.path("sources_without_url").get(0).path("publisher").asText());
        assertEquals("2023-01", department.path("sources_without_url").get(0).path("published_on").asText());
        JsonNode sdc = find(export.path("organizations"), "مجلس سوريا الديمقراطية");
        assertEquals("Syrian Democratic Council", sdc.path("other_names").get(0).path("name").asText());
        assertEquals(Popolo.NAME_EN, sdc.path("other_names").get(0).path("name_type").asText());
        assertEquals(Popolo.SHORT_NAME, sdc.path("other_names").get(1).path("name_type").asText());
        assertEquals("2015-12-10", sdc.path("founding_date").asText());
        assertEquals("SY", sdc.path("country").asText());
        assertEquals("https://m-syria-d.com", sdc.path("links").get(0).path("url").asText());
        JsonNode office = find(export.path("organizations"), "مكتب التنسيق والعلاقات العامة المحلية والدولية");
        assertEquals("office_of", office.path("parent_relation").asText());
        assertEquals("[\"روحي\",\"مدني\",\"علاقات عامة\"]", office.path("domains").toString());
        assertEquals(true, office.path("active").asBoolean(false));
        // The instruments it cites, as the extension carries them: catalogue ids, resolved from the texts sent.
        assertEquals("[\"unsc-1325\",\"cedaw\"]", office.path("instruments").toString());
        assertEquals(4, office.path("principles_stated_count").asInt());
        // A source known by its headline only: no URL, so beside Popolo's sources, with its extensions.
        JsonNode headline = office.path("sources_without_url").get(0);
        assertEquals("تشكيل مكتب التنسيق والعلاقات المحلية والدولية للعلويين: الأهداف والرؤية",
                headline.path("title").asText());
        assertEquals("لتحقيق أربعة مبادئ أساسية", headline.path("quote").asText());
        assertEquals("2026-12-06", headline.path("accessed_on").asText());
        assertEquals("ar", headline.path("language").asText());
        assertTrue(headline.path("publisher").isMissingNode());
        JsonNode jamous = find(export.path("persons"), "بدر جاموس");
        assertEquals("د.", jamous.path("honorific_prefix").asText());
        JsonNode ghanem = null;
        for (JsonNode m : export.path("memberships")) {
            ghanem = m.path("role").asText().equals("director") ? m : ghanem;
        }
        assertEquals("مدير التخطيط السياسي والعلاقات الحكومية", ghanem.path("label").asText());
        assertEquals(find(export.path("organizations"), "المجلس السوري الأمريكي").path("id"),
                ghanem.path("on_behalf_of_id"));
        // An organisation as member: Popolo's member_id, with the extension member_type saying what it is.
        JsonNode umbrella = null;
        for (JsonNode m : export.path("memberships")) {
            umbrella = m.has("member_id") ? m : umbrella;
        }
        assertEquals(find(export.path("organizations"), "المجلس السوري الأمريكي").path("id"),
                umbrella.path("member_id"));
        assertEquals(Popolo.MEMBER_ORGANIZATION, umbrella.path("member_type").asText());
        assertEquals(find(export.path("organizations"), "التحالف الأمريكي لأجل سوريا").path("id"),
                umbrella.path("organization_id"));
        assertFalse(umbrella.has("person_id"));
        assertEquals("member", umbrella.path("role").asText());
    }

    @Test
    void theValidatorRejectsWhatPopoloForbids() throws ProcessingException {
        // Guards the test above: a validator that accepted anything would prove nothing.
        JsonSchema organization = schema("organization.json");
        String badDate = messages(organization.validate(PopoloFixtures.JSON.createObjectNode()
                .put("founding_date", "10 June 2024")));
        assertTrue(badDate.contains("/founding_date"), badDate);
        // A source without a URL breaks link.json, reached through a $ref: the references are resolved.
        JsonNode urlLess = PopoloFixtures.JSON.createObjectNode().set("sources",
                PopoloFixtures.JSON.createArrayNode()
                        .add(PopoloFixtures.JSON.createObjectNode().put("publisher", "نورث بالس")));
        String noUrl = messages(organization.validate(urlLess));
        assertTrue(noUrl.contains("\"url\"") && noUrl.contains("link.json"), noUrl);
        String notADate = messages(schema("person.json")
                .validate(PopoloFixtures.JSON.createObjectNode().put("created_at", "yesterday")));
        assertTrue(notADate.contains("date-time"), notADate);
    }

    static JsonSchema schema(String file) throws ProcessingException {
        LoadingConfiguration loading = LoadingConfiguration.newBuilder()
                .setURITranslatorConfiguration(URITranslatorConfiguration.newBuilder()
                        .setNamespace(POPOLO).addPathRedirect(POPOLO, "resource:/popolo-schemas/").freeze())
                .freeze();
        return JsonSchemaFactory.newBuilder().setLoadingConfiguration(loading).freeze()
                .getJsonSchema(POPOLO + file + "#");
    }

    static void assertValid(JsonNode records, JsonSchema schema) throws ProcessingException {
        assertTrue(records.size() > 0);
        for (JsonNode record : records) {
            ProcessingReport report = schema.validate(record);
            assertTrue(report.isSuccess(), () -> record + "\n" + messages(report));
        }
    }

    private static String messages(ProcessingReport report) {
        StringBuilder out = new StringBuilder();
        report.forEach(message -> out.append(message.asJson()).append('\n'));
        return out.toString();
    }

    static JsonNode find(JsonNode records, String name) {
        for (JsonNode record : records) {
            if (record.path("name").asText().equals(name)) {
                return record;
            }
        }
        throw new AssertionError("no record named " + name);
    }
}
