package org.liaison.orgs.person;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventTypes;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.orgs.person.PeopleFixtures.admin;

/** Registering, reading, correcting and listing people, and the events each change writes. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class PersonApiTest {

    @Inject
    OutboxEvents events;

    @Test
    void registersReadsAndCorrectsAPerson() {
        String id = admin().body("""
                        {"nameAr": "بدر جاموس", "nameEn": "Badr Jamous", "honorific": "د.", "distinct": true,
                         "otherNames": [{"name": "بدر جاموس الحسيني", "note": "الاسم الوارد في العنوان"}],
                         "sources": [{"publisher": "نورث برس", "url": "https://npasyria.com/article", "publishedOn": "2024-06-10"}]}""")
                .post("/people")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("nameAr", equalTo("بدر جاموس"))
                .body("honorific", equalTo("د."))
                .body("otherNames[0].name", equalTo("بدر جاموس الحسيني"))
                .body("sources[0].publishedOn", equalTo("2024-06-10"))
                .body("roles.current", empty())
                .body("roles.past", empty())
                .extract().path("id");

        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/people/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("nameEn", equalTo("Badr Jamous"))
                .body("sources[0].publisher", equalTo("نورث برس"))
                .body("otherNames[0].note", equalTo("الاسم الوارد في العنوان"));

        admin().header("If-Match", "\"0\"").body("""
                        {"nameEn": "Dr. Badr Jamous", "honorific": "", "sources": []}""")
                .patch("/people/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("nameAr", equalTo("بدر جاموس"))
                .body("nameEn", equalTo("Dr. Badr Jamous"))
                .body("honorific", nullValue())
                .body("sources", empty())
                .body("otherNames.name", contains("بدر جاموس الحسيني"));
    }

    @Test
    void eachChangeWritesOneEventWithTheFullState() {
        UUID id = PeopleFixtures.person("أسعد العشي", "Asaad Al-Achi");
        admin().header("If-Match", "\"0\"").body("{\"honorific\": \"أ.\"}").patch("/people/" + id).then()
                .statusCode(200);
        // The same values again change nothing and publish nothing.
        admin().header("If-Match", "\"1\"").body("{\"honorific\": \"أ.\", \"nameAr\": \"أسعد العشي\"}")
                .patch("/people/" + id).then().statusCode(200).body("version", equalTo(1));

        List<OutboxEvents.Event> log = events.of(id);
        assertEquals(List.of(EventTypes.PERSON_REGISTERED, EventTypes.PERSON_UPDATED), events.types(id));
        assertEquals("person", log.get(0).aggregateType());
        assertEquals(0, log.get(0).version());
        assertEquals(1, log.get(1).version());
        assertEquals("أسعد العشي", log.get(1).data().path("nameAr").asText());
        assertEquals("Asaad Al-Achi", log.get(1).data().path("nameEn").asText());
        assertEquals("أ.", log.get(1).data().path("honorific").asText());
        assertEquals(1, log.get(1).data().path("version").asLong());
    }

    @Test
    void listsWithCursorPaging() {
        String tag = PeopleFixtures.tag();
        UUID first = PeopleFixtures.person("لبنى القنواتي " + tag, "Lubna Al-Kanawati");
        UUID second = PeopleFixtures.person("منذر سلال " + tag, "Munther Sallal");
        UUID third = PeopleFixtures.person("بكر غبيس " + tag, "Bakr Ghbeis");

        var page = admin().queryParam("q", tag).queryParam("limit", 2).get("/people")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("limit", equalTo(2))
                .body("items.id", contains(first.toString(), second.toString()))
                .body("items[0].roles", nullValue())
                .body("nextCursor", notNullValue())
                .extract();
        admin().queryParam("q", tag).queryParam("cursor", page.<String>path("nextCursor")).get("/people")
                .then().statusCode(200)
                .body("items.id", contains(third.toString()))
                .body("nextCursor", nullValue());
        admin().queryParam("limit", 200).get("/people").then().statusCode(200).body("items.size()", not(equalTo(0)));
    }

    @Test
    void aClientChosenIdCanBeRegisteredOnlyOnce() {
        UUID id = UUID.randomUUID();
        String body = "{\"id\": \"" + id + "\", \"nameAr\": \"معتصم السيوفي\", \"distinct\": true}";
        admin().body(body).post("/people").then().statusCode(201).body("id", equalTo(id.toString()));
        admin().body(body).post("/people")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(id.toString()));
        assertEquals(List.of(EventTypes.PERSON_REGISTERED), events.types(id));
    }

    @Test
    void anUnknownPersonIsANotFoundProblem() {
        UUID id = UUID.randomUUID();
        admin().get("/people/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("person " + id + " does not exist"));
        admin().header("If-Match", "\"0\"").body("{\"nameEn\": \"Nobody\"}").patch("/people/" + id)
                .then().statusCode(404);
        admin().get("/people").then().statusCode(200).body("items.id", not(hasItem(id.toString())));
    }
}
