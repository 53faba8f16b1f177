package org.liaison.orgs.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.liaison.infra.testing.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * The bodies and people of the source articles (see /work/shared/domain.md), registered through the API: a
 * hierarchy (office of a council, department of an administration, a unit set up under a coalition), English,
 * short and other names, partial dates, sources with and without a URL (one known by its headline only, with a
 * quote), a stated count of principles, roles with start and end dates and one held on behalf of another
 * organisation, and an organisation that is a member of another. Dates not in the articles are illustrative.
 */
final class PopoloFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private PopoloFixtures() {
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON);
    }

    /** Registers the data set; returns the id of the Syrian Democratic Council. */
    static UUID registerArticles() {
        UUID sdc = organization("""
                {"kind": "council", "nameAr": "مجلس سوريا الديمقراطية", "nameEn": "Syrian Democratic Council",
                 "shortNames": ["مسد", "SDC"], "otherNames": [{"name": "مســد", "note": "spelling in the article"}],
                 "country": "SY", "foundingDate": "2015-12-10", "links": [{"url": "https://m-syria-d.com", "note": "website"}]}""");
        UUID office = organization("""
                {"kind": "office", "nameAr": "مكتب العلاقات العامة", "nameEn": "Public Relations Office", \
                "distinct": true,
                 "parentId": "%s", "parentRelation": "office_of", "country": "SY", "city": "قامشلو",
                 "domains": ["علاقات عامة"], "goals": ["مؤتمر لقوى المعارضة السورية"]}""".formatted(sdc));
        UUID administration = organization("""
                {"kind": "administration", "nameAr": "الإدارة الذاتية", \
                "nameEn": "Autonomous Administration of North and East Syria",
                 "foundingDate": "2018-09", "identifiers": [{"scheme": "liaison-test", "identifier": "aanes"}]}""");
        UUID department = organization("""
                {"kind": "department", "nameAr": "دائرة العلاقات الخارجية", "nameEn": "Department of Foreign Relations",
                 "parentId": "%s", "parentRelation": "department_of", "city": "الحسكة",
                 "sources": [{"publisher": "نورث بالس", "publishedOn": "2023-01", "note": "annual meeting"},
                             {"publisher": "North Press", "url": "https://npasyria.com/", "publishedOn": "2023"}]}""".formatted(administration));
        UUID snc = organization("""
                {"kind": "negotiation_body", "nameAr": "هيئة التفاوض السورية", \
                "nameEn": "Syrian Negotiation Commission",
                 "otherNames": [{"name": "هيئة التفاوض لقوى الثورة والمعارضة السورية", "startDate": "2017", \
                "note": "full name"}]}""");
        UUID coalition = organization("""
                {"kind": "coalition", "nameAr": "الائتلاف الوطني لقوى الثورة والمعارضة السورية",
                 "nameEn": "National Coalition of Syrian Revolution and Opposition Forces", \
                "foundingDate": "2012-11"}""");
        UUID acu = organization("""
                {"kind": "civil_society_organization", "nameAr": "وحدة تنسيق الدعم", \
                "nameEn": "Assistance Coordination Unit",
                 "parentId": "%s", "parentRelation": "set_up_under"}""".formatted(coalition));
        UUID alawite = organization("""
                {"kind": "council", "nameAr": "المجلس العلوي الأعلى في سوريا", \
                "nameEn": "Supreme Alawite Council in Syria"}""");
        organization("""
                {"kind": "office", "nameAr": "مكتب التنسيق والعلاقات العامة المحلية والدولية", "parentId": "%s",
                 "parentRelation": "office_of", "domains": ["روحي", "مدني", "علاقات عامة"],
                 "principles": ["اللامركزية"], "principlesStatedCount": 4,
                 "goals": ["نموذج لامركزي", "تمكين المرأة", "الشراكة المجتمعية"],
                 "instruments": ["القرار 1325", "سيداو"],
                 "otherNames": [{"name": "مكتب التنسيق والعلاقات المحلية والدولية للعلويين", \
                "note": "headline name"}],
                 "sources": [{"title": "تشكيل مكتب التنسيق والعلاقات المحلية والدولية للعلويين: الأهداف والرؤية",
                              "quote": "لتحقيق أربعة مبادئ أساسية", "accessedOn": "2026-12-06", "language": "ar",
                              "note": "no outlet named"}]}""".formatted(alawite));
        UUID acs = organization("""
                {"kind": "coalition", "nameAr": "التحالف الأمريكي لأجل سوريا", \
                "nameEn": "American Coalition for Syria"}""");
        UUID sac = organization("""
                {"kind": "civil_society_organization", "nameAr": "المجلس السوري الأمريكي", \
                "nameEn": "Syrian American Council"}""");

        UUID jamous = person("""
                {"nameAr": "بدر جاموس", "nameEn": "Badr Jamous", "honorific": "د.",
                 "sources": [{"publisher": "هيئة التفاوض السورية", "publishedOn": "2024-06-10"}]}""");
        UUID ali = person("""
                {"nameAr": "حسن محمد علي", "nameEn": "Hassan Mohammed Ali"}""");
        UUID kurd = person("""
                {"nameAr": "بدران جيا كرد", "nameEn": "Badran Jia Kurd",
                 "otherNames": [{"name": "بدران جياكرد", "note": "spelling variant"}]}""");
        UUID hasno = person("""
                {"nameAr": "محمد حسنو", "nameEn": "Mohammad Hasno"}""");
        UUID ghanem = person("""
                {"nameAr": "محمد علاء غانم", "nameEn": "Mohammed Alaa Ghanem"}""");

        membership(jamous, snc, "\"role\": \"president\", \"startDate\": \"2022-06\", \"sources\": "
                + "[{\"publisher\": \"هيئة التفاوض السورية\", \"publishedOn\": \"2024-06-10\"}]");
        membership(ali, office, "\"role\": \"co_chair\", \"label\": \"الرئيس المشترك لمكتب العلاقات العامة\"");
        membership(kurd, department, "\"role\": \"co_chair\", \"startDate\": \"2019\", \"endDate\": \"2023-12\"");
        membership(hasno, acu, "\"role\": \"executive_director\"");
        membership(ghanem, acs, "\"role\": \"director\", \"label\": \"مدير التخطيط السياسي والعلاقات الحكومية\", "
                + "\"onBehalfOfId\": \"" + sac + "\"");
        // Article 001: the coalition is an umbrella of several organisations, the Syrian American Council among them.
        organizationMembership(sac, acs, "\"role\": \"member\", \"sources\": "
                + "[{\"publisher\": \"هيئة التفاوض السورية\", \"publishedOn\": \"2024-06-10\"}]");
        return sdc;
    }

    static UUID organization(String body) {
        return UUID.fromString(admin().body(body).post("/organizations").then().statusCode(201).extract().path("id"));
    }

    static UUID person(String body) {
        return UUID.fromString(admin().body(body).post("/people").then().statusCode(201).extract().path("id"));
    }

    static UUID membership(UUID person, UUID organization, String members) {
        String body = "{\"personId\": \"%s\", \"organizationId\": \"%s\", %s}".formatted(person, organization, members);
        return UUID.fromString(admin().body(body).post("/memberships").then().statusCode(201).extract().path("id"));
    }

    static UUID organizationMembership(UUID member, UUID organization, String members) {
        String body = "{\"memberOrganizationId\": \"%s\", \"organizationId\": \"%s\", %s}".formatted(member,
                organization, members);
        return UUID.fromString(admin().body(body).post("/memberships").then().statusCode(201).extract().path("id"));
    }

    static JsonNode exportPopolo() {
        String body = given().auth().oauth2(TestTokens.admin()).get("/export/popolo")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("the export is not JSON", e);
        }
    }

    static ValidatableResponse importPopolo(Object document) {
        return admin().body(document.toString()).post("/import/popolo").then();
    }

    /**
     * The export without created_at and updated_at: an import registers records anew, so they get the import's
     * time (the domain services set them; there is no way to register a record with an earlier time).
     */
    static JsonNode withoutTimestamps(JsonNode export) {
        JsonNode copy = export.deepCopy();
        for (String list : new String[]{"organizations", "persons", "memberships"}) {
            copy.path(list).forEach(item -> ((ObjectNode) item).remove(List.of("created_at", "updated_at")));
        }
        return copy;
    }
}
