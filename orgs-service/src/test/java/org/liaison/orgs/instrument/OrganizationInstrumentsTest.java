package org.liaison.orgs.instrument;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;
import org.liaison.orgs.person.OutboxEvents;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Organisations cite instruments: the Alawite office of article 000 rests on UNSC 1325 and CEDAW. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationInstrumentsTest {

    @Inject
    OutboxEvents outbox;

    private static String office(String instruments) {
        return """
                {"kind": "office", "nameAr": "%s", "country": "SY", "instruments": %s}"""
                .formatted(TestNames.unique("مكتب التنسيق والعلاقات العامة المحلية والدولية"), instruments);
    }

    @Test
    void theTextsSentAreResolvedAndShownWithTheirNames() {
        String id = admin().contentType(ContentType.JSON)
                .body(office("[\"قرار مجلس الأمن رقم 1325\", \"واتفاقية “سيداو”\", \"unsc-1325\"]"))
                .post("/organizations").then().statusCode(201)
                .body("instruments.id", contains("unsc-1325", "cedaw"))
                .extract().path("id");
        admin().get("/organizations/" + id).then().statusCode(200)
                .body("instruments[0].kind", equalTo("unsc_resolution"))
                .body("instruments[0].nameEn", equalTo("UN Security Council Resolution 1325"))
                .body("instruments[1].kind", equalTo("convention"))
                .body("instruments[1].nameAr", equalTo("اتفاقية القضاء على جميع أشكال التمييز ضد المرأة (سيداو)"));
        List<OutboxEvents.Event> events = outbox.of(UUID.fromString(id));
        assertEquals("organization.registered", events.get(0).type());
        assertEquals("[\"unsc-1325\",\"cedaw\"]", events.get(0).data().path("instruments").toString());
    }

    @Test
    void aPatchReplacesThemAndTheEventSaysSo() {
        String id = admin().contentType(ContentType.JSON).body(office("[\"cedaw\"]")).post("/organizations")
                .then().statusCode(201).extract().path("id");
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"instruments\": [\"القرار 1325\", \"سيداو\"]}")
                .patch("/organizations/" + id).then().statusCode(200)
                .body("instruments.id", contains("unsc-1325", "cedaw"));
        List<OutboxEvents.Event> events = outbox.of(UUID.fromString(id));
        assertEquals("organization.updated", events.get(1).type());
        assertEquals("[\"unsc-1325\",\"cedaw\"]", events.get(1).data().path("instruments").toString());
        admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"instruments\": []}")
                .patch("/organizations/" + id).then().statusCode(200).body("instruments", empty());
    }

    @Test
    void aTextThatNamesNoInstrumentIsRefusedAndNothingIsWritten() {
        String name = TestNames.unique("مكتب التنسيق والعلاقات العامة المحلية والدولية");
        admin().contentType(ContentType.JSON).body("""
                {"kind": "office", "nameAr": "%s", "instruments": ["cedaw", "اتفاقية جنيف الرابعة"]}""".formatted(name))
                .post("/organizations").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("instruments[1]"));
        admin().queryParam("q", name).get("/organizations").then().statusCode(200).body("items", empty());
    }

    @Test
    void organisationsAreFoundByAnInstrumentTheyCite() {
        // Both share a unique word, so that the search reads only these two whatever the database holds already.
        String word = UUID.randomUUID().toString().substring(0, 8);
        String cites = register("مكتب التنسيق " + word, "[\"unsc-1325\", \"cedaw\"]");
        String other = register("مكتب العلاقات " + word, "[\"unsc-2254\"]");
        for (String instrument : List.of("cedaw", "سيداو", "CEDAW", "unsc-1325", "القرار ١٣٢٥")) {
            admin().queryParam("instrument", instrument).queryParam("q", word).get("/organizations")
                    .then().statusCode(200)
                    .body("items.id", contains(cites))
                    .body("items[0].instruments.id", contains("unsc-1325", "cedaw"));
        }
        admin().queryParam("instrument", "unsc-2254").queryParam("q", word).get("/organizations").then()
                .statusCode(200).body("items.id", contains(other));
        admin().queryParam("instrument", "iccpr").queryParam("q", word).get("/organizations").then()
                .statusCode(200).body("items", empty()).body("total", equalTo(0));
        admin().queryParam("instrument", "اتفاقية جنيف الرابعة").get("/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("instrument"));
    }

    private static String register(String nameAr, String instruments) {
        return admin().contentType(ContentType.JSON).body("""
                {"kind": "office", "nameAr": "%s", "instruments": %s}""".formatted(nameAr, instruments))
                .post("/organizations").then().statusCode(201).extract().path("id");
    }

    @Test
    void aReaderSeesThem() {
        String id = admin().contentType(ContentType.JSON).body(office("[\"cedaw\"]")).post("/organizations")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/organizations/" + id).then()
                .statusCode(200).body("instruments[0].id", equalTo("cedaw"));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin());
    }
}
