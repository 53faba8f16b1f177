package org.liaison.meetings.meeting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.contracts.OrganizationState;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.meetings.OrgsStub;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.liaison.infra.testing.BadInput.assertNames;
import static org.liaison.infra.testing.BadInput.assertProblem;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.meeting.MeetingBadInputTest.TABLES;

/**
 * Bad values in the detail fields (place, times, participants, lists) are refused with the field's path, on POST
 * and on PATCH, and write nothing. {@code <<n:X>>} repeats X n times (a list of n elements or a long text).
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
            existing = admin().body("{\"kind\": \"conference\", \"titleAr\": \"مؤتمر\", \"organizerId\": \"" + ORGANIZER + "\"}")
                    .post("/meetings").then().statusCode(201).extract().path("id");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            status unknown            | 400 | status                        | "status": "done"
            status upper case         | 400 | status                        | "status": "HELD"
            startTime not a time      | 400 | startTime                     | "startTime": "25:00"
            startTime a number        | 400 | startTime                     | "startTime": 10
            endTime before startTime  | 422 | endTime                       | "startTime": "13:00", "endTime": "10:00"
            timeZone an offset        | 422 | timeZone                      | "timeZone": "+03:00"
            timeZone unknown          | 422 | timeZone                      | "timeZone": "Asia/Qamishli"
            sourcePublishedOn bad     | 400 | sourcePublishedOn             | "sourcePublishedOn": "10 حزيران 2024"
            dateAsWritten too long    | 400 | dateAsWritten                 | "dateAsWritten": "<<501:م>>"
            place a string            | 400 | place                         | "place": "Paris"
            place country a name      | 400 | place.country                 | "place": {"country": "France"}
            place country unknown     | 422 | place.country                 | "place": {"country": "XX"}
            place mode unknown        | 400 | place.mode                    | "place": {"mode": "in person"}
            place unknown field       | 400 | place.city                    | "place": {"city": "Paris"}
            participant no one        | 400 | participants[0].identified    | "participants": [{"role": "speaker"}]
            participant no role       | 400 | participants[0].role          | "participants": [{"personName": "x"}]
            participant role unknown  | 400 | participants[0].role          | "participants": [{"personName": "x", "role": "host"}]
            participant null          | 400 | participants[0]               | "participants": [null]
            participant org unknown   | 422 | participants[0].organizationId | "participants": [{"organizationId": "{random}", "role": "speaker"}]
            participant org not uuid  | 400 | participants[0].organizationId | "participants": [{"organizationId": "baytna", "role": "speaker"}]
            201 participants          | 400 | participants                  | "participants": [<<201:{"personName": "x", "role": "participant"},>>{"personName": "x", "role": "participant"}]
            count zero                | 400 | unnamedParticipants[0].count  | "unnamedParticipants": [{"count": 0}]
            count missing             | 400 | unnamedParticipants[0].count  | "unnamedParticipants": [{"description": "منظمات"}]
            count a text              | 400 | unnamedParticipants[0].count  | "unnamedParticipants": [{"count": "150"}]
            agenda blank item         | 400 | agenda[0]                     | "agenda": ["  "]
            agenda 101 items          | 400 | agenda                        | "agenda": [<<101:"بند",>>"بند"]
            outcome too long          | 400 | outcomes[0]                   | "outcomes": ["<<2001:م>>"]
            summary too long          | 400 | summary                       | "summary": "<<20001:م>>"
            followUpOf not a uuid     | 400 | followUpOf                    | "followUpOf": "yesterday"
            followUpOf unknown        | 422 | followUpOf                    | "followUpOf": "{random}"
            instrument unknown        | 422 | instruments[0]                | "instruments": ["قرار لا يعرفه أحد"]
            instrument blank          | 400 | instruments[0]                | "instruments": [""]
            advances not uuids        | 400 | advances[0]                   | "advances": ["rec-1"]
            source without publisher  | 400 | sources[0].identified         | "sources": [{"note": "x"}]
            source url not http       | 400 | sources[0].url                | "sources": [{"url": "javascript:alert(1)"}]
            """)
    void refusesBadDetails(String name, int status, String field, String fields) {
        String body = fill(fields);
        assertRefused(status, field, () -> admin().body("{\"kind\": \"conference\", \"titleAr\": \"مؤتمر\", \"organizerId\": \""
                + ORGANIZER + "\", " + body + "}").post("/meetings"));
        if (!field.equals("status")) {
            assertRefused(status, field, () -> admin().header("If-Match", "\"0\"").body("{" + body + "}")
                    .patch("/meetings/" + existing));
        }
    }

    private void assertRefused(int status, String field, Supplier<Response> call) {
        Map<String, Long> before = counts(dataSource, TABLES);
        Response response = call.get();
        assertProblem(response, status);
        assertNames(response, field);
        assertUnchanged(before, counts(dataSource, TABLES));
    }

    /** {@code <<n:X>>} is X n times; {@code {random}} an id nobody knows. */
    private static String fill(String template) {
        Matcher m = Pattern.compile("<<(\\d+):(.*?)>>").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString().replace("{random}", UUID.randomUUID().toString());
    }
}
