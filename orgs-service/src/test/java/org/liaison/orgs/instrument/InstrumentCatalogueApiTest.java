package org.liaison.orgs.instrument;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.InstrumentState;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.person.OutboxEvents;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The instrument catalogue as data: the seed, admins adding instruments and aliases, and the events they publish. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class InstrumentCatalogueApiTest {

    @Inject
    OutboxEvents outbox;

    private static final String NAME_EN =
            "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment";

    /**
     * The Convention against Torture (1984), an instrument the seed does not hold, under an id of this test; its
     * aliases carry the id's suffix, as two instruments may not share an alias.
     */
    private static String torture(String id) {
        String suffix = id.substring(id.indexOf('-') + 1);
        return """
                {"id": "%s", "kind": "convention",
                 "nameAr": "اتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة",
                 "nameEn": "%s", "year": 1984,
                 "aliasesAr": ["اتفاقية مناهضة التعذيب %s"], "aliasesEn": ["UNCAT %s"]}"""
                .formatted(id, NAME_EN, suffix, suffix);
    }

    private static String suffix(String id) {
        return id.substring(id.indexOf('-') + 1);
    }

    private static String newId() {
        return "uncat-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theSeedIsThereWithItsYearsAndAliases() {
        admin().queryParam("limit", 200).get("/instruments").then().statusCode(200)
                .body("items.id", hasItems("unsc-2254", "unsc-2118", "unsc-1325", "unsc-2139", "unsc-2165", "cedaw",
                        "geneva-communique", "udhr", "iccpr"));
        admin().get("/instruments/udhr").then().statusCode(200)
                .body("kind", equalTo("declaration"))
                .body("year", equalTo(1948))
                .body("nameEn", equalTo("Universal Declaration of Human Rights"))
                .body("nameAr", equalTo("الإعلان العالمي لحقوق الإنسان"));
        admin().get("/instruments/unsc-2165").then().statusCode(200)
                .body("kind", equalTo("unsc_resolution")).body("year", equalTo(2014));
        admin().get("/instruments/cedaw").then().statusCode(200).body("aliasesAr", hasItem("سيداو"));
        admin().get("/instruments/geneva-communique").then().statusCode(200).body("aliasesAr", hasItem("بيان جنيف 1"));
        assertEquals(List.of("instrument.registered"), outbox.types(InstrumentState.aggregateId("iccpr")));
        admin().get("/instruments/no-such-instrument").then().statusCode(404);
    }

    @Test
    void anAdminRegistersAnInstrumentAndItsEventCarriesTheAliases() {
        String id = newId();
        admin().contentType(ContentType.JSON).body(torture(id)).post("/instruments").then().statusCode(201)
                .header("Location", endsWith("/instruments/" + id))
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("aliasesEn", contains("UNCAT " + suffix(id)));
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/instruments/" + id).then().statusCode(200)
                .body("year", equalTo(1984)).body("kind", equalTo("convention"));
        List<OutboxEvents.Event> events = outbox.of(InstrumentState.aggregateId(id));
        assertEquals(1, events.size());
        assertEquals("instrument.registered", events.get(0).type());
        assertEquals("instrument", events.get(0).aggregateType());
        assertEquals(id, events.get(0).data().path("instrumentId").asText());
        assertEquals("اتفاقية مناهضة التعذيب " + suffix(id), events.get(0).data().path("aliasesAr").get(0).asText());
    }

    @Test
    void anAdminPatchesTheAliasesAndTheNewOneResolvesAnOrganisationsText() {
        String id = newId();
        admin().contentType(ContentType.JSON).body(torture(id)).post("/instruments").then().statusCode(201);
        String organisation = """
                {"kind": "civil_society_organization", "nameAr": "منظمة %s", "instruments": ["CAT %s"]}"""
                .formatted(UUID.randomUUID(), suffix(id));
        admin().contentType(ContentType.JSON).body(organisation).post("/organizations").then().statusCode(422)
                .body("errors[0].field", equalTo("instruments[0]"));

        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"aliasesEn\": [\"UNCAT " + suffix(id) + "\", \"CAT " + suffix(id) + "\"]}")
                .patch("/instruments/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("aliasesEn", contains("UNCAT " + suffix(id), "CAT " + suffix(id)))
                .body("aliasesAr", contains("اتفاقية مناهضة التعذيب " + suffix(id)));
        List<OutboxEvents.Event> events = outbox.of(InstrumentState.aggregateId(id));
        assertEquals(List.of("instrument.registered", "instrument.updated"),
                events.stream().map(OutboxEvents.Event::type).toList());
        assertEquals(1, events.get(1).version());

        admin().contentType(ContentType.JSON).body(organisation).post("/organizations").then().statusCode(201)
                .body("instruments[0].id", equalTo(id))
                .body("instruments[0].kind", equalTo("convention"))
                .body("instruments[0].nameEn", startsWith("Convention against Torture"));
    }

    @Test
    void anUnchangedPatchPublishesNothing() {
        String id = newId();
        admin().contentType(ContentType.JSON).body(torture(id)).post("/instruments").then().statusCode(201);
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"year\": 1984}")
                .patch("/instruments/" + id).then().statusCode(200).header("ETag", "\"0\"");
        assertEquals(1, outbox.of(InstrumentState.aggregateId(id)).size());
    }

    @Test
    void onlyAdminsChangeTheCatalogue() {
        String id = newId();
        String editor = TestTokens.editor(UUID.randomUUID());
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(torture(id)).post("/instruments").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).contentType(ContentType.JSON).body(torture(id))
                .post("/instruments").then().statusCode(403);
        admin().get("/instruments/" + id).then().statusCode(404);
        given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"aliasesAr\": [\"القرار الشهير\"]}").patch("/instruments/unsc-2254").then().statusCode(403);
        admin().get("/instruments/unsc-2254").then().statusCode(200).body("aliasesAr.size()", equalTo(0));
        given().get("/instruments").then().statusCode(401);
    }

    @Test
    void aTakenIdIsAConflict() {
        admin().contentType(ContentType.JSON).body(torture("cedaw")).post("/instruments").then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo("cedaw"))
                .body("errors[0].field", equalTo("id"));
        admin().get("/instruments/cedaw").then().statusCode(200).body("year", equalTo(1979));
    }

    @Test
    void anAliasThatNamesAnotherInstrumentIsAConflict() {
        String id = newId();
        String body = torture(id).replace("\"aliasesAr\": [", "\"aliasesAr\": [\"اتفاقية مناهضة\", \"سيداو\", ");
        admin().contentType(ContentType.JSON).body(body).post("/instruments").then().statusCode(409)
                .body("errors[0].field", equalTo("aliasesAr[1]"))
                .body("existingId", equalTo("cedaw"));
        admin().get("/instruments/" + id).then().statusCode(404);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String id = newId();
        refused(torture("Not A Slug"), "id");
        refused(torture(id).replace("\"convention\"", "\"treaty\""), "kind");
        refused(torture("unsc-9999"), "kind");
        refused(torture(id).replace("\"convention\"", "\"unsc_resolution\""), "id");
        refused(torture(id).replace("\"aliasesEn\": [", "\"aliasesEn\": [\"1984\", "), "aliasesEn[0]");
        refused(torture(id).replace("\"aliasesEn\": [", "\"aliasesEn\": [\"مناهضة التعذيب\", "), "aliasesEn[0]");
        refused(torture(id).replace("\"aliasesAr\": [", "\"aliasesAr\": [\"CAT\", "), "aliasesAr[0]");
        refused(torture(id).replace("1984", "19840"), "year");
        refused(torture(id).replace(NAME_EN, " "), "nameEn");
        admin().get("/instruments/" + id).then().statusCode(404);
        admin().get("/instruments/unsc-9999").then().statusCode(404);

        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"aliasesAr\": [\"٢٢٥٤\"]}")
                .patch("/instruments/unsc-2254").then().statusCode(400)
                .body("errors[0].field", equalTo("aliasesAr[0]"));
        admin().get("/instruments/unsc-2254").then().statusCode(200).header("ETag", "\"0\"");
    }

    private static void refused(String body, String field) {
        ValidatableResponse answer = admin().contentType(ContentType.JSON).body(body).post("/instruments").then();
        answer.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin());
    }
}
