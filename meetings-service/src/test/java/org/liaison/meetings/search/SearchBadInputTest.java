package org.liaison.meetings.search;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.infra.testing.BadInput;
import org.liaison.infra.testing.BadInputCase;
import org.liaison.infra.testing.BadInputClient;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.meetings.search.SearchFixture.get;

/**
 * A bad search parameter is a 400 problem naming it, on the list and on the calendar alike. The cases are files in
 * embedded-infra's {@code bad-input/meetings-service/}, which fault F7 also sends, under load.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class SearchBadInputTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aBadParameterIsNamed(String name, BadInputCase badInput) {
        BadInputClient.Answer answer = send(badInput);
        assertEquals(400, answer.status(), answer.body());
        assertThat(answer.body(), answer.contentType(), startsWith("application/problem+json"));
        assertEquals(badInput.field(), JsonPath.from(answer.body()).getString("errors[0].field"), answer.body());
    }

    static Stream<Object[]> aBadParameterIsNamed() {
        return BadInputCase.arguments("meetings-service/search-parameters.csv");
    }

    /**
     * Cursors of the ranked and dated lists carry their sort keys as text cast back in SQL: only the forms this
     * service writes are taken (no {@code 0x1p3} or {@code 1f} that Java reads as a float and PostgreSQL does not, no
     * impossible dates); and a NUL in any text parameter, which PostgreSQL cannot take, is a 400 naming it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void l9_malformedCursorsAndNulInQueryParametersAre400(String name, BadInputCase badInput) {
        BadInputClient.Answer answer = send(badInput);
        BadInput.assertProblem(400, answer.contentType(), answer.body(), answer.status());
        BadInput.assertNames(answer.body(), badInput.field());
    }

    static Stream<Object[]> l9_malformedCursorsAndNulInQueryParametersAre400() {
        return BadInputCase.arguments("meetings-service/search-cursors-and-nul.csv");
    }

    @org.junit.jupiter.api.Test
    void includeUnitsNeedsAnOrganisationAndToMayNotPrecedeFrom() {
        get(TestTokens.admin(), "/meetings", Map.of("includeUnits", "true")).then().statusCode(400)
                .body("errors[0].field", equalTo("includeUnits"));
        get(TestTokens.admin(), "/meetings", Map.of("from", "2024-06-10", "to", "2024-06-09")).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        // A cursor of the ranked list is not one of the list by creation.
        get(TestTokens.admin(), "/meetings", Map.of("cursor", Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("RANK|0.5|" + UUID.randomUUID()).getBytes()))).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    /** A case of the shared files ({@code bad-input/meetings-service/}), which fault F7 also sends under load. */
    private static BadInputClient.Answer send(BadInputCase badInput) {
        return new BadInputClient(Duration.ofSeconds(60)).send(RestAssured.baseURI + ":" + RestAssured.port,
                badInput.filled(Map.of()));
    }
}
