package org.liaison.orgs.popolo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an import of a Popolo file from elsewhere does: ids, name matches, rejections, limits. */
@QuarkusTest
@TestProfile(PrivateDatabase.class)
class PopoloImportTest {

    /** Written by hand as another publisher would: ids that are not UUIDs, records in no particular order. */
    private static final String ELSEWHERE = """
            {"organizations": [
               {"id": "snc/office", "name": "مكتب العلاقات الخارجية", "classification": "office", "parent_id": "snc",
                "image": "https://example.org/logo.png"},
               {"id": "snc", "name": "هيئة التفاوض لقوى الثورة والمعارضة السورية", "classification": "negotiation_body",
                "other_names": [{"name": "هيئة التفاوض السورية", "family_name": "x"}]},
               {"id": "baytna", "name": "بيتنا", "classification": "civil_society_organization",
                "other_names": [{"name": "Baytna", "name_type": "name_en"}], "founding_date": "10 June 2013"},
               {"id": "madaniya", "name": "مدنية", "classification": "initiative", "country": "Syria"}
             ],
             "persons": [
               {"id": "person/1", "name": "بدر جاموس", "honorific_prefix": "د.", "birth_date": "1970"},
               {"id": "person/2", "name": "أسعد العشي"}
             ],
             "memberships": [
               {"person_id": "person/1", "organization_id": "snc", "role": "president", "start_date": "2022-06"},
               {"person_id": "person/2", "organization_id": "baytna", "role": "executive_director"},
               {"id": "m3", "person_id": "person/1", "organization_id": "snc/office", "role": "member",
                "start_date": "2024", "end_date": "2023"}
             ],
             "areas": []}""";

    @Inject
    PopoloTables tables;

    @BeforeEach
    void emptyDatabase() {
        tables.wipe();
    }

    @Test
    void badRecordsAreRejectedWithTheirFieldsAndTheOthersImported() {
        PopoloFixtures.importPopolo(ELSEWHERE).statusCode(200)
                .body("created.organizations", equalTo(2))
                .body("created.persons", equalTo(2))
                .body("created.memberships", equalTo(1))
                .body("rejected", hasSize(4))
                .body("rejected.find { it.id == 'baytna' }.errors[0].field", equalTo("founding_date"))
                .body("rejected.find { it.id == 'madaniya' }.errors[0].field", equalTo("country"))
                .body("rejected.find { it.id == 'madaniya' }.errors[0].message", containsString("ISO 3166-1"))
                // Baytna's rejection takes its executive director's role with it.
                .body("rejected.find { it.type == 'membership' }.errors[0].field", equalTo("organization_id"))
                .body("rejected.find { it.type == 'membership' }.errors[0].message", containsString("baytna"))
                .body("ignored", hasItems("areas", "organizations.image", "organizations.other_names.family_name",
                        "persons.birth_date"));

        // The unit came after its parent although the file lists it first; ids are name-based and stable.
        UUID snc = ImportIds.of("organization", "snc");
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + ImportIds.of("organization", "snc/office"))
                .then().statusCode(200).body("parentId", equalTo(snc.toString()));
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + snc)
                .then().statusCode(200).body("otherNames[0].name", equalTo("هيئة التفاوض السورية"));
    }

    @Test
    void organisationsAsMembersAreReadFromMemberIdWithItsType() {
        String file = """
                {"organizations": [
                   {"id": "acs", "name": "التحالف الأمريكي لأجل سوريا", "classification": "coalition"},
                   {"id": "sac", "name": "المجلس السوري الأمريكي", "classification": "civil_society_organization"}
                 ],
                 "persons": [{"id": "person/1", "name": "محمد علاء غانم"}],
                 "memberships": [
                   {"member_id": "sac", "member_type": "organization", "organization_id": "acs", "role": "member"},
                   {"member_id": "person/1", "member_type": "person", "organization_id": "acs", "role": "director"},
                   {"id": "untyped", "member_id": "sac", "organization_id": "acs", "role": "member"},
                   {"id": "group", "member_id": "sac", "member_type": "group", "organization_id": "acs",
                    "role": "member"},
                   {"id": "two", "person_id": "person/1", "member_id": "sac", "member_type": "organization",
                    "organization_id": "acs", "role": "member"},
                   {"id": "itself", "member_id": "acs", "member_type": "organization", "organization_id": "acs",
                    "role": "member"},
                   {"id": "office", "member_id": "sac", "member_type": "organization", "organization_id": "acs",
                    "role": "president"}
                 ]}""";
        PopoloFixtures.importPopolo(file).statusCode(200)
                .body("created.memberships", equalTo(2))
                .body("rejected", hasSize(5))
                .body("rejected.find { it.id == 'untyped' }.errors[0].field", equalTo("member_type"))
                .body("rejected.find { it.id == 'group' }.errors[0].field", equalTo("member_type"))
                .body("rejected.find { it.id == 'two' }.errors[0].field", equalTo("member_id"))
                .body("rejected.find { it.id == 'itself' }.errors[0].field", equalTo("member_id"))
                .body("rejected.find { it.id == 'office' }.errors[0].field", equalTo("role"));
        UUID acs = ImportIds.of("organization", "acs");
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + acs + "/members").then().statusCode(200)
                .body("items.member.kind", containsInAnyOrder("organization", "person"))
                .body("items.member.id", hasItems(ImportIds.of("organization", "sac").toString(),
                        ImportIds.of("person", "person/1").toString()));

        long outbox = tables.outboxRows();
        PopoloFixtures.importPopolo(file).statusCode(200)
                .body("created.memberships", equalTo(0))
                .body("matched.memberships", equalTo(2));
        assertEquals(outbox, tables.outboxRows());
    }

    @Test
    void aRoleEndingBeforeItStartsIsRejectedAndTheFileCanBeImportedAgainAfterAFix() {
        PopoloFixtures.importPopolo(ELSEWHERE).statusCode(200)
                .body("rejected.find { it.id == 'm3' }.errors[0].field", equalTo("end_date"));
        long outbox = tables.outboxRows();
        String fixed = ELSEWHERE.replace("\"end_date\": \"2023\"", "\"end_date\": \"2025\"")
                .replace("10 June 2013", "2013-06").replace("\"Syria\"", "\"SY\"");
        PopoloFixtures.importPopolo(fixed).statusCode(200)
                .body("created.organizations", equalTo(2))
                .body("created.persons", equalTo(0))
                .body("created.memberships", equalTo(2))
                .body("matched.organizations", equalTo(2))
                .body("matched.persons", equalTo(2))
                .body("matched.memberships", equalTo(1))
                .body("rejected", empty());
        assertEquals(outbox + 4, tables.outboxRows());
    }

    @Test
    void aBodyOfTheSameNameIsMatchedAndReferencesFollowIt() {
        UUID sdc = PopoloFixtures.organization("""
                {"kind": "council", "nameAr": "مجلس سوريا الديمقراطية", "shortNames": ["مسد"]}""");
        String file = """
                {"organizations": [
                   {"id": "sdc-office", "name": "مكتب العلاقات العامة", "classification": "office", "parent_id": "sdc",
                    "parent_relation": "office_of"},
                   {"id": "sdc", "name": "مســد", "classification": "council"}]}""";
        PopoloFixtures.importPopolo(file).statusCode(200)
                .body("created.organizations", equalTo(1))
                .body("matched.organizations", equalTo(1))
                .body("matches", hasSize(1))
                .body("matches[0].id", equalTo("sdc"))
                .body("matches[0].existingId", equalTo(sdc.toString()))
                .body("matches[0].by", equalTo("name"))
                .body("matches[0].matchedName", equalTo("مسد"));
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + sdc + "/units")
                .then().statusCode(200)
                .body("items[0].id", equalTo(ImportIds.of("organization", "sdc-office").toString()));
        // Matched, not changed: the stored council keeps its one name.
        given().auth().oauth2(TestTokens.admin()).get("/organizations/" + sdc).then().body("otherNames", empty());
    }

    @Test
    void twoBodiesOfOneNameInTheSameFileStayTwo() {
        String file = """
                {"organizations": [
                   {"id": "%s", "name": "مكتب العلاقات العامة", "classification": "office"},
                   {"id": "%s", "name": "مكتب العلاقات العامة", "classification": "office"}]}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID());
        PopoloFixtures.importPopolo(file).statusCode(200).body("created.organizations", equalTo(2))
                .body("matches", empty());
        PopoloFixtures.importPopolo(file).statusCode(200).body("matched.organizations", equalTo(2));
    }

    @Test
    void aParentChainThatLoopsIsRejected() {
        String file = """
                {"organizations": [
                   {"id": "a", "name": "الإدارة الذاتية", "classification": "administration", "parent_id": "b"},
                   {"id": "b", "name": "دائرة العلاقات الخارجية", "classification": "department", "parent_id": "a"},
                   {"id": "c", "name": "وحدة دعم الاستقرار", "classification": "civil_society_organization"}]}""";
        PopoloFixtures.importPopolo(file).statusCode(200)
                .body("created.organizations", equalTo(1))
                .body("rejected.id", hasItems("a", "b"))
                .body("rejected[0].errors[0].field", equalTo("parent_id"));
    }

    @Test
    void somethingThatIsNotAPopoloDocumentIs400() {
        for (String body : new String[]{"[]", "{\"people\": []}", "{\"organizations\": {}}", "\"popolo\""}) {
            PopoloFixtures.importPopolo(body).statusCode(400).contentType("application/problem+json");
        }
        PopoloFixtures.importPopolo("{\"organizations\": [").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aRecordOfTheWrongShapeIsRejectedAlone() {
        String file = """
                {"organizations": [{"id": "x", "name": 5, "classification": "council"}, "not a record",
                                   {"id": "y", "name": "اليوم التالي", "classification": "civil_society_organization",
                                    "other_names": [{"name": "The Day After", "name_type": "english"}]}]}""";
        PopoloFixtures.importPopolo(file).statusCode(200)
                .body("created.organizations", equalTo(0))
                .body("rejected[0].errors[0].field", equalTo("name"))
                .body("rejected[1].index", equalTo(1))
                .body("rejected[1].id", nullValue())
                .body("rejected[2].errors[0].field", equalTo("other_names[0].name_type"));
    }

    @Test
    void fieldErrorsNameThePlaceInTheFile() {
        String file = """
                {"organizations": [{"id": "baytna", "name": "بيتنا", "classification": "civil_society_organization",
                  "other_names": [{"name": "Baytna", "name_type": "name_en"},
                                  {"name": "بيتنا سوريا", "start_date": "2020", "end_date": "2019"},
                                  {"name": "%s", "name_type": "short_name"}],
                  "sources": [{"url": "https://example.org/baytna"}], "sources_without_url": [{"note": "no publisher"}]}]}"""
                .formatted("ب".repeat(101));
        PopoloFixtures.importPopolo(file).statusCode(200)
                .body("created.organizations", equalTo(0))
                .body("rejected[0].errors.field", hasItems("other_names[1].end_date", "other_names[2].name",
                        "sources_without_url[0]"));
    }

    @Test
    void moreRecordsThanAnImportTakesIs413() {
        StringBuilder persons = new StringBuilder();
        for (int i = 0; i <= PrivateDatabase.MAX_RECORDS; i++) {
            persons.append(i == 0 ? "" : ",").append("{\"id\": \"p").append(i).append("\", \"name\": \"منذر سلال\"}");
        }
        PopoloFixtures.importPopolo("{\"persons\": [" + persons + "]}").statusCode(413)
                .contentType("application/problem+json").body("maxRecords", equalTo(PrivateDatabase.MAX_RECORDS));
        given().auth().oauth2(TestTokens.admin()).get("/people").then().statusCode(200).body("total", equalTo(0));
    }
}
