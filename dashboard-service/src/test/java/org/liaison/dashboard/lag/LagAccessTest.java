package org.liaison.dashboard.lag;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.infra.testing.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** L8: consumer lag describes the system's internals (its consumer groups and topics): admins only. */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class LagAccessTest {

    @Test
    void l8_lagIsForAdminsOnly() {
        UUID office = UUID.randomUUID();
        given().get("/lag").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader(office)).get("/lag").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.editor(office)).get("/lag").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/lag").then().statusCode(200)
                .body("group", equalTo(List.of("meetings-service", "recommendations-service")));
    }
}
