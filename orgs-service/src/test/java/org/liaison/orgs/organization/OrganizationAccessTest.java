package org.liaison.orgs.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.infra.LocalKeys;
import org.liaison.infra.LocalTokens;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;
import org.liaison.support.security.VerifiedTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Who may do what on organisations: 401 without a valid token, 403 for the wrong role or office. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationAccessTest {

    @Inject
    JWTParser jwtParser;

    UUID ownOffice;
    String officeName = TestNames.unique("مكتب العلاقات العامة");

    @BeforeEach
    void registerAnOffice() {
        ownOffice = UUID.fromString(as("admin").contentType(ContentType.JSON)
                .body("{\"kind\": \"office\", \"nameAr\": \"" + officeName + "\"}")
                .post("/organizations").then().statusCode(201).extract().path("id"));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(textBlock = """
            none,         GET,   list, 401
            none,         GET,   own,  401
            none,         POST,  new,  401
            none,         PATCH, own,  401
            garbage,      GET,   list, 401
            foreign-key,  GET,   list, 401
            expired,      GET,   list, 401
            reader,       GET,   list, 200
            reader,       GET,   own,  200
            reader,       POST,  new,  403
            reader,       PATCH, own,  403
            editor,       GET,   own,  200
            editor,       POST,  new,  201
            editor,       PATCH, own,  200
            other-editor, PATCH, own,  403
            admin,        POST,  new,  201
            admin,        PATCH, own,  200
            """)
    void answersByRoleAndOffice(String who, String method, String target, int status) {
        RequestSpecification request = as(who).contentType(ContentType.JSON);
        var response = switch (method + " " + target) {
            case "GET list" -> request.get("/organizations");
            case "GET own" -> request.get("/organizations/" + ownOffice);
            case "POST new" -> request.body("{\"kind\": \"civil_society_organization\", \"nameAr\": \""
                    + TestNames.unique("بيتنا") + "\"}").post("/organizations");
            case "PATCH own" -> request.header("If-Match", "\"0\"")
                    .body("{\"nameEn\": \"Public Relations Office " + UUID.randomUUID() + "\"}")
                    .patch("/organizations/" + ownOffice);
            default -> throw new IllegalArgumentException(method + " " + target);
        };
        response.then().statusCode(status);
        if (status >= 400) {
            response.then().contentType("application/problem+json").body("status", equalTo(status));
        }
    }

    @Test
    void aRefusedChangeChangesNothing() {
        as("other-editor").contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"nameAr\": \"اسم آخر\"}")
                .patch("/organizations/" + ownOffice).then().statusCode(403);
        as("reader").get("/organizations/" + ownOffice).then().statusCode(200)
                .body("nameAr", equalTo(officeName)).body("version", equalTo(0));
    }

    @Test
    void anUnauthenticatedRequestIsToldHowToAuthenticate() {
        given().get("/organizations").then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void l8_healthIsOpenAndMetricsAreForAdminsAndScrapersOnly() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(401);
        as("reader").get("/q/metrics").then().statusCode(403);
        as("editor").get("/q/metrics").then().statusCode(403);
        as("admin").get("/q/metrics").then().statusCode(200);
        given().auth().oauth2(TestTokens.issue(TestTokens.ADMIN_OFFICE, "metrics")).get("/q/metrics").then()
                .statusCode(200);
    }

    @Test
    void l2_answersCarryNosniffAndDataAnswersLoadNothingInABrowser() {
        as("admin").get("/organizations").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        given().get("/organizations").then().statusCode(401).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        as("admin").get("/export/csv/organizations").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void m5_aTokenIssuedForAnotherAudienceIsRefused() {
        String otherClient = new LocalTokens(TestTokens.keys())
                .issue(TestTokens.ADMIN_OFFICE, "admin", "other-client", Duration.ofMinutes(5), "another-app",
                        Instant.now());
        given().auth().oauth2(otherClient).get("/organizations").then().statusCode(401);
    }

    @Test
    void m5_aTokenOlderThanADayIsRefusedWhateverItsExpiry() {
        String longLived = new LocalTokens(TestTokens.keys()).issue(TestTokens.ADMIN_OFFICE, "admin", "long-lived",
                Duration.ofDays(10_000), LocalTokens.AUDIENCE, Instant.now().minus(Duration.ofHours(25)));
        given().auth().oauth2(longLived).get("/organizations").then().statusCode(401);
        String fresh = new LocalTokens(TestTokens.keys()).issue(TestTokens.ADMIN_OFFICE, "admin", "fresh",
                Duration.ofHours(24), LocalTokens.AUDIENCE, Instant.now().minus(Duration.ofHours(23)));
        given().auth().oauth2(fresh).get("/organizations").then().statusCode(200);
    }

    /** Authentication goes through the cache of verified tokens, not straight to the signature check each time. */
    @Test
    void bearerTokensAreCheckedThroughTheVerifiedTokenCache() {
        assertInstanceOf(VerifiedTokens.class, jwtParser);
        String token = TestTokens.reader(ownOffice);
        given().auth().oauth2(token).get("/organizations/" + ownOffice).then().statusCode(200);
        given().auth().oauth2(token).get("/organizations/" + ownOffice).then().statusCode(200);
    }

    private RequestSpecification as(String who) {
        return switch (who) {
            case "none" -> given();
            case "garbage" -> given().auth().oauth2("not.a.token");
            case "foreign-key" -> given().auth().oauth2(foreignToken());
            case "expired" -> given().auth().oauth2(new LocalTokens(TestTokens.keys())
                    .issue(ownOffice, "admin", "late", Duration.ofSeconds(-120)));
            case "reader" -> given().auth().oauth2(TestTokens.reader(ownOffice));
            case "editor" -> given().auth().oauth2(TestTokens.editor(ownOffice));
            case "other-editor" -> given().auth().oauth2(TestTokens.editor(UUID.randomUUID()));
            case "admin" -> given().auth().oauth2(TestTokens.admin());
            default -> throw new IllegalArgumentException(who);
        };
    }

    /** A well-formed token signed by a key the service does not trust. */
    private String foreignToken() {
        try {
            LocalKeys other = LocalKeys.inDirectory(Files.createTempDirectory("foreign-keys"));
            return new LocalTokens(other).issue(ownOffice, "admin", "intruder", Duration.ofMinutes(5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
