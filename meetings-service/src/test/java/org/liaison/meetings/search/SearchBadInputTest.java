package org.liaison.meetings.search;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.liaison.meetings.search.SearchFixture.get;

/** A bad search parameter is a 400 problem naming it, on the list and on the calendar alike. */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class SearchBadInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "organization | not-a-uuid",
            "includeUnits | yes",
            "person       | 42",
            "from         | 2024-13",
            "to           | 10/06/2024",
            "city         | ---",
            "country      | SYR",
            "kind         | party",
            "status       | done",
            "instrument   | unsc-0",
            "topic        | «»",
            "q            | ؟!",
            "limit        | 0",
            "cursor       | bm9wZQ",
    })
    void aBadParameterIsNamed(String param, String value) {
        for (String path : new String[] {"/meetings", "/meetings.ics"}) {
            if (path.endsWith(".ics") && (param.equals("limit") || param.equals("cursor"))) {
                continue;
            }
            get(TestTokens.reader(TestTokens.ADMIN_OFFICE), path, Map.of(param, value)).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(param));
        }
    }

    @org.junit.jupiter.api.Test
    void includeUnitsNeedsAnOrganisationAndToMayNotPrecedeFrom() {
        get(TestTokens.admin(), "/meetings", Map.of("includeUnits", "true")).then().statusCode(400)
                .body("errors[0].field", equalTo("includeUnits"));
        get(TestTokens.admin(), "/meetings", Map.of("from", "2024-06-10", "to", "2024-06-09")).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        // A cursor of the ranked list is not one of the list by creation.
        get(TestTokens.admin(), "/meetings", Map.of("cursor", java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("RANK|0.5|" + java.util.UUID.randomUUID()).getBytes()))).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
