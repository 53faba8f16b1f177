package org.liaison.meetings.intake;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.BadInputCase;
import org.liaison.infra.testing.BadInputClient;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.liaison.infra.testing.BadInput.assertNames;
import static org.liaison.infra.testing.BadInput.assertProblem;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;

/**
 * Article intake's bad input, from embedded-infra's {@code bad-input/meetings-service/intake-*.csv} (which fault F7
 * also sends, under load): each a 4xx problem+json naming the field, and nothing written: no intake, no meeting, no
 * statement, no event. {@code {intake}} is an article an admin pasted, {@code {organizer}} an organisation the
 * directory knows.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class IntakeBadInputTest {

    static final String[] TABLES = {"intake_article", "meeting", "meeting_statement", "outbox_event",
            "idempotency_key"};
    private static final UUID ORGANIZER = UUID.randomUUID();
    private static final BadInputClient CLIENT = new BadInputClient(Duration.ofSeconds(60));
    private static String intake;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrganizationDirectory directory;

    @BeforeEach
    void pastedArticle() {
        if (intake == null) {
            QuarkusTransaction.requiringNew().run(() -> directory.apply(
                    new OrganizationState(ORGANIZER, 0, "department", "دائرة العلاقات الخارجية", null)));
            intake = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("text", "عقدت دائرة العلاقات الخارجية اجتماعها السنوي", "publisher", "نورث بالس"))
                    .post("/intake/articles").then().statusCode(201).extract().path("id");
        }
    }

    @ParameterizedTest(name = "article: {0}")
    @MethodSource
    void refusesABadArticle(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesABadArticle() {
        return BadInputCase.arguments("meetings-service/intake-articles.csv");
    }

    @ParameterizedTest(name = "accept: {0}")
    @MethodSource
    void refusesAProposalThatDoesNotHold(String name, BadInputCase badInput) {
        assertRefused(badInput);
    }

    static Stream<Object[]> refusesAProposalThatDoesNotHold() {
        return BadInputCase.arguments("meetings-service/intake-accepts.csv");
    }

    private void assertRefused(BadInputCase badInput) {
        BadInputCase filled = badInput.filled(Map.of("intake", intake, "organizer", ORGANIZER.toString()));
        Map<String, Long> before = counts(dataSource, TABLES);
        BadInputClient.Answer answer = CLIENT.send(RestAssured.baseURI + ":" + RestAssured.port, filled);
        assertProblem(filled.status(), answer.contentType(), answer.body(), answer.status());
        assertNames(answer.body(), filled.field());
        assertUnchanged(before, counts(dataSource, TABLES));
    }
}
