package org.liaison.orgs.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each office has its own request budget; over it, 429 with Retry-After, and other offices are not slowed. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
@TestProfile(RateLimitTest.SmallBudget.class)
class RateLimitTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // One request per 100 s after the burst: at one per second, a loaded machine that took over a second for
            // the first five requests had refilled the bucket before the sixth (CI, fault suite running alongside).
            return Map.of("liaison.rate-limit.requests-per-second", "0.01", "liaison.rate-limit.burst", "5");
        }
    }

    @Test
    void anOfficeOverItsBudgetIsToldWhenToComeBack() {
        String busy = TestTokens.reader(UUID.randomUUID());
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(busy).get("/organizations?limit=1").then().statusCode(200);
        }
        String retryAfter = given().auth().oauth2(busy).get("/organizations?limit=1")
                .then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429))
                .extract().header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) >= 1, retryAfter);

        given().auth().oauth2(TestTokens.reader(UUID.randomUUID())).get("/organizations?limit=1").then()
                .statusCode(200);
    }
}
