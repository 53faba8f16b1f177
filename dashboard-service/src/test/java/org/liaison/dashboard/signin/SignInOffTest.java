package org.liaison.dashboard.signin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** With no identity provider configured (the default), the page is told so and {@code /sign-in} does not exist. */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class SignInOffTest {

    @Test
    void withoutAProviderThereIsNoSignIn() {
        given().when().get("/sign-in/options").then().statusCode(200).body("signIn", equalTo(false));
        given().redirects().follow(false).when().get("/sign-in").then().statusCode(404)
                .contentType("application/problem+json");
        given().redirects().follow(false).when().post("/sign-in/token").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
