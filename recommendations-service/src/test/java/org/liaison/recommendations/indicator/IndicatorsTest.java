package org.liaison.recommendations.indicator;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.RecommendationState;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.TestTokens;
import org.liaison.infra.testing.TopicReader;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.liaison.recommendations.Fixtures.post;

/**
 * Indicators of a recommendation and their measurements: only ever added (a later one corrects, a withdrawal names
 * the one it withdraws); each write reaches {@code recommendation.updated} through the real broker; who may report on
 * the status manages them; bad input is named and writes nothing.
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class IndicatorsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void measurementsAreAddedCorrectedAndWithdrawnAndEveryWriteIsAnnounced() throws Exception {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String id = recommendation(dfr);
        String editor = TestTokens.editor(dfr);
        String indicators = "/recommendations/" + id + "/indicators";
        Response created = post(editor, indicators, Map.of("nameAr", "لقاءات مع برلمانيين أوروبيين",
                "nameEn", "Meetings with European parliamentarians", "unit", "لقاء", "baseline", 2,
                "baselineDate", "2022", "target", 10, "targetDate", "2024",
                "measurements", List.of(Map.of("value", 3, "measuredOn", "2023-03",
                        "sourceUrl", "https://example.org/march")))).then().statusCode(201)
                .header("Location", containsString(indicators + "/"))
                .body("baseline", equalTo(2)).body("baselineDate", equalTo("2022")).body("target", equalTo(10))
                .body("latest.value", equalTo(3)).body("latest.sourceUrl", equalTo("https://example.org/march"))
                .body("measurements", hasSize(1)).body("latest.recordedBy", equalTo(dfr.toString()))
                .extract().response();
        String indicator = created.path("id");
        String first = created.path("latest.id");
        String path = indicators + "/" + indicator;
        Response measured;
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RECOMMENDATIONS)) {
            measured = post(editor, path + "/measurements", Map.of("value", new BigDecimal("5.50"),
                    "measuredOn", "2023-06", "note", "حسب التقرير النصفي")).then().statusCode(201)
                    .header("Location", containsString(path + "/measurements/")).body("value", equalTo(5.5f))
                    .body("withdrawal", nullValue()).extract().response();
            ConsumerRecord<String, String> updated = topic.await(r -> id.equals(r.key())
                    && EventTypes.RECOMMENDATION_UPDATED.equals(header(r, CloudEventHeaders.TYPE))
                    && r.value().contains("حسب التقرير النصفي"), "recommendation.updated with the second measurement",
                    Duration.ofSeconds(30));
            RecommendationState state = EventJson.mapper().readValue(updated.value(), RecommendationState.class);
            RecommendationState.Indicator carried = state.indicators().get(0);
            assertEquals(new BigDecimal("10"), carried.target());
            assertEquals("لقاء", carried.unit());
            assertEquals(List.of(new BigDecimal("3"), new BigDecimal("5.50")),
                    carried.measurements().stream().map(RecommendationState.Measurement::value).toList(),
                    "every measurement, in the order recorded, digits as given");
        }
        given().auth().oauth2(TestTokens.reader(dfr)).get(measured.header("Location")).then().statusCode(200)
                .body("measuredOn", equalTo("2023-06"));
        // A correction is a later measurement of the same day: it stands, the first stays on record.
        post(editor, path + "/measurements", Map.of("value", 6, "measuredOn", "2023-06")).then().statusCode(201);
        given().auth().oauth2(TestTokens.reader(dfr)).get(path).then().statusCode(200)
                .body("latest.value", equalTo(6)).body("measurements.value", contains(3, 5.5f, 6));
        // Withdrawn, the corrected value no longer stands: the one before it does.
        String correction = given().auth().oauth2(TestTokens.reader(dfr)).get(path).path("latest.id");
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RECOMMENDATIONS)) {
            post(editor, path + "/measurements/" + correction + "/withdrawal", Map.of("note", "رقم مكرر"))
                    .then().statusCode(201).body("withdraws", equalTo(correction))
                    .header("Location", endsWith(path + "/measurements/" + correction));
            ConsumerRecord<String, String> updated = topic.await(r -> id.equals(r.key())
                    && r.value().contains("رقم مكرر"), "recommendation.updated with the withdrawal",
                    Duration.ofSeconds(30));
            RecommendationState.Measurement withdrawal = EventJson.mapper()
                    .readValue(updated.value(), RecommendationState.class).indicators().get(0).measurements().get(3);
            assertEquals("withdrawal", withdrawal.kind());
            assertEquals(UUID.fromString(correction), withdrawal.withdraws());
            assertNull(withdrawal.value());
        }
        given().auth().oauth2(TestTokens.reader(dfr)).get(path).then().statusCode(200)
                .body("latest.value", equalTo(5.5f)).body("measurements", hasSize(3))
                .body("measurements[2].withdrawal.note", equalTo("رقم مكرر"))
                .body("measurements[0].withdrawal", nullValue());
        post(editor, path + "/measurements/" + correction + "/withdrawal", Map.of())
                .then().statusCode(409).body("errors[0].field", equalTo("measurementId"));
        // What the indicator is changes in place, with its ETag: a measurement moves it too.
        given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("target", 12)).patch(path).then().statusCode(412);
        String etag = given().auth().oauth2(TestTokens.reader(dfr)).get(path).then().extract().header("ETag");
        given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("target", 12, "unit", "")).patch(path).then().statusCode(200)
                .body("target", equalTo(12)).body("unit", nullValue()).body("baseline", equalTo(2))
                .header("ETag", not(etag));
        given().auth().oauth2(TestTokens.reader(dfr)).get(indicators).then().statusCode(200)
                .body("items.nameAr", contains("لقاءات مع برلمانيين أوروبيين")).body("items[0].latest.id",
                        not(first));
    }

    @Test
    void onlyThoseWhoReportOnTheRecommendationManageItsIndicatorsAndBadInputIsNamedWritingNothing() {
        UUID dfr = Fixtures.organization("دائرة العلاقات الخارجية");
        String id = recommendation(dfr);
        String editor = TestTokens.editor(dfr);
        String indicators = "/recommendations/" + id + "/indicators";
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String version = given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id).header("ETag");
        post(TestTokens.editor(Fixtures.organization("هيئة أخرى")), indicators, Map.of("nameAr", "مؤشر"))
                .then().statusCode(403);
        post(TestTokens.reader(dfr), indicators, Map.of("nameAr", "مؤشر")).then().statusCode(403);
        post(editor, indicators, Map.of("nameAr", " ")).then().statusCode(400)
                .body("errors[0].field", equalTo("nameAr"));
        post(editor, indicators, Map.of("nameAr", "مؤشر", "target", new BigDecimal("1E+16")))
                .then().statusCode(400).body("errors[0].field", equalTo("target"));
        post(editor, indicators, Map.of("nameAr", "مؤشر", "baseline", new BigDecimal("0.1234567")))
                .then().statusCode(400).body("errors[0].field", equalTo("baseline"));
        post(editor, indicators, Map.of("nameAr", "مؤشر", "target", "ten"))
                .then().statusCode(400).body("errors[0].field", equalTo("target"));
        post(editor, indicators, Map.of("nameAr", "مؤشر", "baselineDate", "2023-13"))
                .then().statusCode(400).body("errors[0].field", equalTo("baselineDate"));
        post(editor, indicators, Map.of("nameAr", "مؤشر", "measurements", List.of(Map.of("measuredOn", "2023"))))
                .then().statusCode(400).body("errors[0].field", equalTo("measurements[0].value"));
        post(editor, indicators, Map.of("nameAr", "مؤشر", "measurements", List.of(Map.of("value", 1,
                "measuredOn", "2023", "sourceUrl", "javascript:alert(1)"))))
                .then().statusCode(400).body("errors[0].field", equalTo("measurements[0].sourceUrl"));
        post(editor, indicators, Map.of("nameAr", "مؤشر", "measurements", List.of(
                Map.of("value", 1, "measuredOn", "2023"), Map.of("value", 2, "measuredOn", tomorrow))))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("measurements[1].measuredOn"));
        post(editor, indicators, Map.of("nameAr", "مؤشر", "baselineDate", tomorrow))
                .then().statusCode(422).body("errors[0].field", equalTo("baselineDate"));
        post(editor, indicators, Map.of("nameAr", "مؤشر", "baselineDate", "2023-06", "targetDate", "2023-05"))
                .then().statusCode(422).body("errors[0].field", equalTo("targetDate"));
        post(editor, indicators, Map.of("nameAr", "مؤشر", "measurements", List.of(
                Map.of("value", 1, "measuredOn", "2020"), Map.of("value", 2, "measuredOn", "2021"),
                Map.of("value", 3, "measuredOn", "2022"), Map.of("value", 4, "measuredOn", "2023"),
                Map.of("value", 5, "measuredOn", "2024"))))
                .then().statusCode(409).body("measurementsMax", equalTo(4));
        // None of these wrote anything: no indicator, no new version of the recommendation.
        given().auth().oauth2(TestTokens.reader(dfr)).get(indicators).then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + id).then().statusCode(200)
                .header("ETag", equalTo(version));

        Response indicator = post(editor, indicators, Map.of("nameAr", "مؤشر")).then().statusCode(201)
                .body("latest", nullValue()).body("measurements", hasSize(0)).extract().response();
        String path = indicators + "/" + indicator.path("id");
        post(editor, path + "/measurements", Map.of("value", 1, "measuredOn", tomorrow)).then().statusCode(422)
                .body("errors[0].field", equalTo("measuredOn"));
        post(editor, path + "/measurements", Map.of("value", 1)).then().statusCode(400)
                .body("errors[0].field", equalTo("measuredOn"));
        post(TestTokens.editor(Fixtures.organization("هيئة أخرى")), path + "/measurements",
                Map.of("value", 1, "measuredOn", "2023")).then().statusCode(403);
        given().auth().oauth2(TestTokens.reader(dfr)).get(path).then().statusCode(200)
                .body("measurements", hasSize(0)).header("ETag", equalTo(indicator.header("ETag")));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("target", 3)).patch(path)
                .then().statusCode(428);
        given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", indicator.header("ETag"))
                .body(Map.of("nameAr", " ")).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("nameAr"));
        // Unknown ids, and ids of another recommendation's, are 404.
        post(editor, indicators + "/" + UUID.randomUUID() + "/measurements", Map.of("value", 1, "measuredOn", "2023"))
                .then().statusCode(404);
        post(editor, path + "/measurements/" + UUID.randomUUID() + "/withdrawal", Map.of()).then().statusCode(404);
        String other = recommendation(dfr);
        given().auth().oauth2(TestTokens.reader(dfr)).get("/recommendations/" + other + "/indicators/"
                + indicator.path("id")).then().statusCode(404);
        post(editor, "/recommendations/" + UUID.randomUUID() + "/indicators", Map.of("nameAr", "مؤشر"))
                .then().statusCode(404);
        // The bound counts withdrawals too.
        String measurement = null;
        for (int year = 2020; year < 2023; year++) {
            measurement = post(editor, path + "/measurements", Map.of("value", year - 2019, "measuredOn",
                    Integer.toString(year))).then().statusCode(201).extract().path("id");
        }
        post(editor, path + "/measurements/" + measurement + "/withdrawal", Map.of()).then().statusCode(201);
        post(editor, path + "/measurements", Map.of("value", 9, "measuredOn", "2023")).then().statusCode(409)
                .body("measurementsMax", equalTo(4));
        given().auth().oauth2(TestTokens.reader(dfr)).get(path).then().statusCode(200)
                .body("latest.value", equalTo(2)).body("latest.withdrawal", nullValue())
                .body("measurements[2].withdrawal", notNullValue());
    }

    private static String recommendation(UUID organization) {
        return Fixtures.recommendation(Fixtures.adopt(Fixtures.set(organization, 2023, "٤",
                "تطوير العلاقات والتحالفات مع القوى الديمقراطية")), 4);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
