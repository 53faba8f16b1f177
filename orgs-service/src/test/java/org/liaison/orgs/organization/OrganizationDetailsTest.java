package org.liaison.orgs.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;
import org.liaison.orgs.events.OutboxRows;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Everything an organisation records besides its names, and the events its changes publish. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationDetailsTest {

    @Inject
    OutboxRows outbox;

    private static final String PRINCIPLES_QUOTE = "أكد البيان الصادر عن المكتب أن العمل سينطلق من استراتيجية شاملة "
            + "لتحقيق أربعة مبادئ أساسية لا تقتصر على العلويين فحسب، بل تمتد لتشمل جميع السوريين.";

    /** The Alawite council's office of article 000, with all it tells about it. */
    private static String alawiteOffice(String nameAr) {
        return """
                {"kind": "office", "nameAr": "%s",
                 "otherNames": [{"name": "%s", "note": "الاسم الوارد في العنوان"}],
                 "country": "SY", "city": "اللاذقية",
                 "domains": ["روحي", "مدني", "علاقات عامة"],
                 "goals": ["نموذج لا مركزي", "تمكين المرأة", "الشراكة المجتمعية"],
                 "foundingDate": "2024", "identifiers": [{"scheme": "liaison-test", "identifier": "A-1"}],
                 "links": [{"url": "https://example.org/office", "note": "site"}],
                 "sources": [{"publisher": "نورث برس", "url": "https://npasyria.com/article", "publishedOn": "2024-06"}]}"""
                .formatted(nameAr, TestNames.unique("مكتب التنسيق والعلاقات المحلية والدولية للعلويين"));
    }

    @Test
    void keepsEveryDetailWithItsDatePrecision() {
        String name = TestNames.unique("مكتب التنسيق والعلاقات العامة المحلية والدولية");
        String id = post(alawiteOffice(name)).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + id).then().statusCode(200)
                .body("country", equalTo("SY"))
                .body("city", equalTo("اللاذقية"))
                .body("domains", contains("روحي", "مدني", "علاقات عامة"))
                .body("goals.size()", equalTo(3))
                .body("foundingDate", equalTo("2024"))
                .body("dissolutionDate", nullValue())
                .body("active", equalTo(true))
                .body("otherNames[0].note", equalTo("الاسم الوارد في العنوان"))
                .body("identifiers[0].identifier", equalTo("A-1"))
                .body("links[0].url", equalTo("https://example.org/office"))
                .body("sources[0].publisher", equalTo("نورث برس"))
                .body("sources[0].publishedOn", equalTo("2024-06"));
    }

    /**
     * Article 000: a statement reported on a page that names no outlet, so the source is its headline, with the
     * sentence that counts four principles of which the article names three.
     */
    @Test
    void keepsASourceKnownByItsHeadlineAndACountOfPrinciplesBeyondTheList() {
        String body = """
                {"kind": "office", "nameAr": "%s",
                 "principles": ["اللامركزية الموسعة", "بناء ثقافة ديمقراطية", "تمكين المرأة"],
                 "principlesStatedCount": 4,
                 "sources": [{"title": "تشكيل مكتب التنسيق والعلاقات المحلية والدولية للعلويين: الأهداف والرؤية",
                              "quote": "%s", "accessedOn": "2026-12-06", "language": "ar"}]}"""
                .formatted(TestNames.unique("مكتب التنسيق والعلاقات العامة المحلية والدولية"), PRINCIPLES_QUOTE);
        String id = post(body).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + id).then().statusCode(200)
                .body("principles.size()", equalTo(3))
                .body("principlesStatedCount", equalTo(4))
                .body("sources[0].publisher", nullValue())
                .body("sources[0].url", nullValue())
                .body("sources[0].title", equalTo("تشكيل مكتب التنسيق والعلاقات المحلية والدولية للعلويين: الأهداف "
                        + "والرؤية"))
                .body("sources[0].quote", equalTo(PRINCIPLES_QUOTE))
                .body("sources[0].accessedOn", equalTo("2026-12-06"))
                .body("sources[0].language", equalTo("ar"));
        // A fourth principle named later still fits the count; a fifth does not.
        patch(id, "\"0\"", "{\"principles\": [\"أ\", \"ب\", \"ج\", \"د\"]}").statusCode(200)
                .body("principlesStatedCount", equalTo(4));
        patch(id, "\"1\"", "{\"principles\": [\"أ\", \"ب\", \"ج\", \"د\", \"هـ\"]}").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("principlesStatedCount"));
        patch(id, "\"1\"", "{\"principlesStatedCount\": 5, \"principles\": [\"أ\", \"ب\", \"ج\", \"د\", "
                + "\"هـ\"]}").statusCode(200)
                .body("principlesStatedCount", equalTo(5))
                .body("principles.size()", equalTo(5));
    }

    @Test
    void isFoundByAnOtherNameInAnySpelling() {
        String other = TestNames.unique("هيئة التفاوض لقوى الثورة والمعارضة السورية");
        String id = post("""
                {"kind": "negotiation_body", "nameAr": "%s", "otherNames": [{"name": "%s", "startDate": "2017-11"}]}"""
                .formatted(TestNames.unique("هيئة التفاوض السورية"), other)).statusCode(201).extract().path("id");
        String variant = other.replace("ة", "ه");
        given().auth().oauth2(TestTokens.admin()).queryParam("q", variant).get("/organizations")
                .then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void aRenameKeepsTheFormerNameAndPublishesRenamed() {
        String former = TestNames.unique("دائرة العلاقات الخارجية");
        String id = post("{\"kind\": \"department\", \"nameAr\": \"" + former + "\"}").statusCode(201).extract()
                .path("id");
        String renamed = TestNames.unique("دائرة العلاقات الخارجية في الإدارة الذاتية لشمال وشرق سوريا");
        patch(id, "\"0\"", "{\"nameAr\": \"" + renamed + "\"}").statusCode(200)
                .body("nameAr", equalTo(renamed))
                .body("otherNames.name", hasItem(former))
                .body("otherNames.note", hasItem("former name"));
        given().auth().oauth2(TestTokens.admin()).queryParam("q", former).get("/organizations")
                .then().body("items.id", contains(id));
        assertEquals(List.of("organization.registered", "organization.renamed"), outbox.typesFor(UUID.fromString(id)));
    }

    @Test
    void dissolvingPublishesDissolvedAndFiltersByActive() {
        String id = post("{\"kind\": \"initiative\", \"nameAr\": \"" + TestNames.unique("مبادرة مدنية")
                + "\", \"foundingDate\": \"2023-05\"}")
                .statusCode(201).extract().path("id");
        patch(id, "\"0\"", "{\"dissolutionDate\": \"2025\"}").statusCode(200)
                .body("active", equalTo(false))
                .body("dissolutionDate", equalTo("2025"));
        assertEquals(List.of("organization.registered", "organization.dissolved"),
                outbox.typesFor(UUID.fromString(id)));
        given().auth().oauth2(TestTokens.admin()).queryParam("active", "false").queryParam("limit", 200)
                .get("/organizations")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.active", not(hasItem(true)));
        given().auth().oauth2(TestTokens.admin()).queryParam("active", "true").queryParam("limit", 200)
                .get("/organizations")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void filtersByParentAndCountry() {
        String council = post("{\"kind\": \"council\", \"nameAr\": \"" + TestNames.unique("مجلس سوريا الديمقراطية")
                + "\", \"country\": \"SY\"}")
                .statusCode(201).extract().path("id");
        String office = post("{\"kind\": \"representation\", \"nameAr\": \""
                + TestNames.unique("ممثلية مجلس سوريا الديمقراطية في فرنسا")
                + "\", \"parentId\": \"" + council
                + "\", \"parentRelation\": \"representation_of\", \"country\": \"FR\", \"city\": \"باريس\"}")
                .statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.admin()).queryParam("parent", council).get("/organizations")
                .then().statusCode(200).body("items.id", contains(office)).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).queryParam("country", "FR").queryParam("parent", council)
                .get("/organizations")
                .then().body("items.id", contains(office));
        given().auth().oauth2(TestTokens.admin()).queryParam("country", "SY").queryParam("parent", council)
                .get("/organizations")
                .then().body("items", empty());
    }

    @Test
    void putReplacesTheWholeRecordAndPatchClearsWithEmptyValues() {
        String id = post(alawiteOffice(TestNames.unique("مكتب التنسيق"))).statusCode(201).extract().path("id");
        patch(id, "\"0\"", "{\"city\": \"\", \"domains\": []}").statusCode(200)
                .body("city", nullValue())
                .body("domains", empty())
                .body("country", equalTo("SY"));
        String name = TestNames.unique("مكتب التنسيق والعلاقات");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"kind\": \"office\", \"nameAr\": \"" + name + "\"}")
                .put("/organizations/" + id)
                .then().statusCode(200)
                .body("version", equalTo(2))
                .body("country", nullValue())
                .body("foundingDate", nullValue())
                .body("sources", empty())
                .body("otherNames.note", hasItem("former name"));
    }

    @Test
    void refusesInconsistentDetailsNamingTheField() {
        String body = "{\"kind\": \"office\", \"nameAr\": \"" + TestNames.unique("مكتب") + "\", %s}";
        problem(post(body.formatted("\"country\": \"XX\"")), "country");
        problem(post(body.formatted("\"foundingDate\": \"2024\", \"dissolutionDate\": \"2023-12\"")),
                "dissolutionDate");
        problem(post(body.formatted("\"dissolutionDate\": \"2023\", \"active\": true")), "active");
        problem(post(body.formatted("\"otherNames\": [{\"name\": \"م\", \"startDate\": \"2024\", \"endDate\": "
                + "\"2023\"}]")), "otherNames[0].ordered");
        problem(post(body.formatted("\"sources\": [{\"note\": \"no url, no publisher, no title\"}]")),
                "sources[0].identified");
        problem(post(body.formatted("\"principles\": [\"أ\", \"ب\", \"ج\"], \"principlesStatedCount\": 2")),
                "principlesStatedCount");
        problem(post(body.formatted("\"links\": [{\"url\": \"javascript:alert(1)\"}]")), "links[0].url");
        problem(post(body.formatted("\"foundingDate\": \"2024-13\"")), "foundingDate");
    }

    private static void problem(ValidatableResponse response, String field) {
        response.statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(422)))
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body).post("/organizations")
                .then();
    }

    private static ValidatableResponse patch(String id, String ifMatch, String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).patch("/organizations/" + id).then();
    }
}
