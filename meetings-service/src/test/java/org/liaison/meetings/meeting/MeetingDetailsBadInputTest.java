package org.liaison.meetings.meeting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.BadInputCase;
import org.liaison.infra.testing.BadInputClient;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.meetings.OrgsStub;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.liaison.infra.testing.BadInput.assertNames;
import static org.liaison.infra.testing.BadInput.assertProblem;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.meeting.MeetingBadInputTest.TABLES;

/**
 * Bad values in the detail fields (place, times, participants, lists) are refused with the field's path, on POST
 * and on PATCH, and write nothing. The cases are embedded-infra's
 * {@code bad-input/meetings-service/meeting-details.csv}, which fault F7 also sends, under load; {@code <<n:X>>} there
 * repeats X n times (a list of n elements, a long text).
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingDetailsBadInputTest {

    static final UUID ORGANIZER = UUID.randomUUID();
    private static String existing;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "liaison.orgs.url")
    String orgsUrl;

    /** orgs-service, which answers 404 for an organisation nobody registered. */
    OrgsStub orgs;

    @BeforeEach
    void startOrgs() {
        orgs = new OrgsStub(orgsUrl);
    }

    @AfterEach
    void stopOrgs() {
        orgs.close();
    }

    @Inject
    OrganizationDirectory directory;

    @BeforeEach
    void knownOrganizerAndMeeting() {
        if (existing == null) {
            QuarkusTransaction.requiringNew().run(() -> directory.apply(
                    new OrganizationState(ORGANIZER, 0, "council", "مجلس سوريا الديمقراطية", null)));
            existing = admin()
                    .body("{\"kind\": \"conference\", \"titleAr\": \"مؤتمر\", \"organizerId\": \"" + ORGANIZER + "\"}")
                    .post("/meetings").then().statusCode(201).extract().path("id");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusesBadDetails(String name, BadInputCase badInput) {
        BadInputCase filled = badInput.filled(Map.of("existing", existing, "organizer", ORGANIZER.toString()));
        Map<String, Long> before = counts(dataSource, TABLES);
        BadInputClient.Answer answer = new BadInputClient(Duration.ofSeconds(60))
                .send(RestAssured.baseURI + ":" + RestAssured.port, filled);
        assertProblem(filled.status(), answer.contentType(), answer.body(), answer.status());
        assertNames(answer.body(), filled.field());
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    static Stream<Object[]> refusesBadDetails() {
        return BadInputCase.arguments("meetings-service/meeting-details.csv");
    }
}
