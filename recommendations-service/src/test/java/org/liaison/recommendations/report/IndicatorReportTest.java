package org.liaison.recommendations.report;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.recommendations.Fixtures.post;

/**
 * Indicators in the annual report, in JSON, CSV and HTML: each as it stood on the report's day, with the
 * measurements recorded by then and the value that stood then; nothing recorded later ever shows in a past report.
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class IndicatorReportTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void indicatorsAreShownAsTheyStoodInJsonCsvAndHtml() throws Exception {
        UUID dfr = ReportData.organization();
        Response set = ReportData.workPlan(dfr);
        String four = Fixtures.recommendation(set, 4);
        String indicators = "/recommendations/" + four + "/indicators";
        Response indicator = post(TestTokens.admin(), indicators, Map.of("nameAr", "لقاءات مع برلمانيين أوروبيين",
                "nameEn", "Meetings with European parliamentarians", "unit", "لقاء", "baseline", 2,
                "baselineDate", "2022", "target", 10, "targetDate", "2024")).then().statusCode(201)
                .extract().response();
        String path = indicators + "/" + indicator.path("id");
        String first = post(TestTokens.admin(), path + "/measurements", Map.of("value", 3, "measuredOn", "2023-03",
                "sourceUrl", "https://example.org/march")).then().statusCode(201).extract().path("id");
        ReportData.backdate(set.path("id"), 3);
        String yesterday = TODAY.minusDays(1).toString();
        String before = json(dfr, yesterday);
        // Today: a later value, the first withdrawn, and a new target.
        post(TestTokens.admin(), path + "/measurements", Map.of("value", 5, "measuredOn", "2023-06",
                "sourceUrl", "https://example.org/june?a=1&b=2")).then().statusCode(201);
        post(TestTokens.admin(), path + "/measurements/" + first + "/withdrawal", Map.of("note", "رقم مكرر"))
                .then().statusCode(201);
        String etag = given().auth().oauth2(TestTokens.admin()).get(path).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("target", 12)).patch(path).then().statusCode(200);
        post(TestTokens.admin(), indicators, Map.of("nameAr", "مؤشر أضيف لاحقاً")).then().statusCode(201);

        assertEquals(before, json(dfr, yesterday), "a later write must not alter an earlier as-of report");
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023?asOf=" + yesterday)
                .then().statusCode(200)
                .body("recommendations[3].indicators", hasSize(1))
                .body("recommendations[3].indicators[0].nameAr", equalTo("لقاءات مع برلمانيين أوروبيين"))
                .body("recommendations[3].indicators[0].target", equalTo(10))
                .body("recommendations[3].indicators[0].latest.value", equalTo(3))
                .body("recommendations[3].indicators[0].latest.measuredOn", equalTo("2023-03"))
                .body("recommendations[3].indicators[0].measurements", hasSize(1))
                .body("recommendations[3].indicators[0].measurements[0].withdrawal", nullValue())
                .body("recommendations[0].indicators", hasSize(0));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023")
                .then().statusCode(200)
                .body("recommendations[3].indicators.nameAr", contains("لقاءات مع برلمانيين أوروبيين",
                        "مؤشر أضيف لاحقاً"))
                .body("recommendations[3].indicators[0].baseline", equalTo(2))
                .body("recommendations[3].indicators[0].baselineDate", equalTo("2022"))
                .body("recommendations[3].indicators[0].target", equalTo(12))
                .body("recommendations[3].indicators[0].unit", equalTo("لقاء"))
                .body("recommendations[3].indicators[0].latest.value", equalTo(5))
                .body("recommendations[3].indicators[0].latest.sourceUrl", equalTo("https://example.org/june?a=1&b=2"))
                .body("recommendations[3].indicators[0].measurements.value", contains(3, 5))
                .body("recommendations[3].indicators[0].measurements[0].withdrawal.note", equalTo("رقم مكرر"))
                .body("recommendations[3].indicators[1].latest", nullValue());

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv(dfr, yesterday))).getRecords();
        assertEquals("لقاءات مع برلمانيين أوروبيين (لقاء): baseline 2 (2022); latest 3 (2023-03, "
                + "https://example.org/march); target 10 (2024)", rows.get(3).get("indicators"));
        assertEquals("", rows.get(0).get("indicators"));
        rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv(dfr, null))).getRecords();
        assertEquals("لقاءات مع برلمانيين أوروبيين (لقاء): baseline 2 (2022); latest 5 (2023-06, "
                + "https://example.org/june?a=1&b=2); target 12 (2024) | مؤشر أضيف لاحقاً",
                rows.get(3).get("indicators"));

        given().auth().oauth2(TestTokens.reader(dfr)).accept("text/html").get("/reports/" + dfr + "/2023")
                .then().statusCode(200)
                .body(containsString("<li class=\"indicator\">لقاءات مع برلمانيين أوروبيين <span lang=\"en\" "
                        + "dir=\"ltr\">(Meetings with European parliamentarians)</span>: "
                        + "<bdi class=\"figure baseline\" title=\"baseline\">2</bdi> <bdi class=\"date\">(2022)</bdi>"
                        + " ← <bdi class=\"figure latest\" title=\"latest\">5</bdi>"
                        + " ← <bdi class=\"figure target\" title=\"target\">12</bdi> <bdi class=\"date\">(2024)</bdi>"
                        + " <span class=\"unit\">لقاء</span> — تاريخ القياس <bdi class=\"measured-on\">2023-06</bdi>"
                        + " <a class=\"source\" rel=\"noreferrer\" href=\"https://example.org/june?a=1&amp;b=2\">"))
                .body(containsString("<li class=\"indicator\">مؤشر أضيف لاحقاً: <bdi class=\"figure baseline\" "
                        + "title=\"baseline\">—</bdi>"));
        // In the HTML as of yesterday, the value that stood then.
        given().auth().oauth2(TestTokens.reader(dfr)).accept("text/html")
                .get("/reports/" + dfr + "/2023?asOf=" + yesterday).then().statusCode(200)
                .body(containsString("<bdi class=\"figure latest\" title=\"latest\">3</bdi>"))
                .body(not(containsString("مؤشر أضيف لاحقاً")));
    }

    @Test
    void aMeasurementRecordedLaterForAnEarlierDayIsNotInAPastReport() throws Exception {
        UUID dfr = ReportData.organization();
        Response set = ReportData.workPlan(dfr);
        String two = Fixtures.recommendation(set, 2);
        String path = "/recommendations/" + two + "/indicators/" + post(TestTokens.admin(),
                "/recommendations/" + two + "/indicators", Map.of("nameAr", "نسبة المشاركة", "unit", "%",
                        "measurements", List.of(Map.of("value", 20, "measuredOn", "2023-01"))))
                .then().statusCode(201).extract().path("id");
        ReportData.backdate(set.path("id"), 2);
        // Recorded today, though measured long before: a correction of the January figure.
        post(TestTokens.admin(), path + "/measurements", Map.of("value", 25, "measuredOn", "2023-01"))
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023?asOf=" + TODAY.minusDays(1))
                .then().statusCode(200).body("recommendations[1].indicators[0].latest.value", equalTo(20))
                .body("recommendations[1].indicators[0].measurements", hasSize(1));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023")
                .then().statusCode(200).body("recommendations[1].indicators[0].latest.value", equalTo(25))
                .body("recommendations[1].indicators[0].latest.recordedAt", notNullValue())
                .body("recommendations[1].indicators[0].measurements.value", contains(20, 25));
    }

    private static String json(UUID organization, String asOf) {
        return given().auth().oauth2(TestTokens.reader(organization))
                .get("/reports/" + organization + "/2023" + (asOf == null ? "" : "?asOf=" + asOf))
                .then().statusCode(200).extract().asString();
    }

    private static String csv(UUID organization, String asOf) {
        return given().auth().oauth2(TestTokens.reader(organization)).accept("text/csv")
                .get("/reports/" + organization + "/2023" + (asOf == null ? "" : "?asOf=" + asOf))
                .then().statusCode(200).extract().asString();
    }
}
