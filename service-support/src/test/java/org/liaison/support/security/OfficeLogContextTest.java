package org.liaison.support.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.support.messaging.MessagingTestResource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Every line logged while a partner office's request is served names the office (MDC {@code office}). */
@QuarkusTest
@WithTestResource(MessagingTestResource.class)
class OfficeLogContextTest {

    @Test
    void theRequestsOfficeIsInTheMdcWhileItIsServed() {
        UUID office = UUID.randomUUID();
        given().auth().oauth2(TestTokens.reader(office)).get("/test/log-context/office")
                .then().statusCode(200).body(equalTo(office.toString()));
        UUID another = UUID.randomUUID();
        given().auth().oauth2(TestTokens.editor(another)).get("/test/log-context/office")
                .then().statusCode(200).body(equalTo(another.toString()));
    }
}
