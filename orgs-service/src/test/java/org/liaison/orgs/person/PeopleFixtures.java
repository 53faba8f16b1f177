package org.liaison.orgs.person;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.TestNames;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Organisations and people registered by an admin for the people and membership tests. */
public final class PeopleFixtures {

    private PeopleFixtures() {
    }

    public static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON);
    }

    /** A short random tag that makes a real name unique among the names other tests register. */
    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers an organisation under its real name made unique; returns its id. */
    public static UUID organization(String kind, String nameAr) {
        return organization(kind, nameAr, null);
    }

    /** Registers an organisation below {@code parentId} (when not null); returns its id. */
    public static UUID organization(String kind, String nameAr, UUID parentId) {
        String parent = parentId == null ? "" : ", \"parentId\": \"" + parentId + "\"";
        return UUID.fromString(admin()
                .body("{\"kind\": \"%s\", \"nameAr\": \"%s\", \"distinct\": true%s}".formatted(kind,
                        TestNames.unique(nameAr), parent))
                .post("/organizations").then().statusCode(201).extract().path("id"));
    }

    /** Registers a person of this name, as a different person from any other of the same name; returns the id. */
    public static UUID person(String nameAr, String nameEn) {
        String en = nameEn == null ? "" : ", \"nameEn\": \"" + nameEn + "\"";
        return UUID.fromString(admin()
                .body("{\"nameAr\": \"%s\"%s, \"distinct\": true}".formatted(nameAr, en))
                .post("/people").then().statusCode(201).extract().path("id"));
    }

    /** Records a role as an admin; {@code extra} is more JSON members, e.g. {@code , "endDate": "2023"}. */
    public static UUID membership(UUID personId, UUID organizationId, String role, String extra) {
        return UUID.fromString(admin()
                .body("{\"personId\": \"%s\", \"organizationId\": \"%s\", \"role\": \"%s\"%s}"
                        .formatted(personId, organizationId, role, extra))
                .post("/memberships").then().statusCode(201).extract().path("id"));
    }
}
