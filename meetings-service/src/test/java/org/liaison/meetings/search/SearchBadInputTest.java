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

    /**
     * Cursors of the ranked and dated lists carry their sort keys as text cast back in SQL: only the forms this
     * service writes are taken (no {@code 0x1p3} or {@code 1f} that Java reads as a float and PostgreSQL does not, no
     * impossible dates); and a NUL in any text parameter, which PostgreSQL cannot take, is a 400 naming it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "/meetings?q=الأحزاب ; cursor ; RANK|0x1p3|{id}",
            "/meetings?q=الأحزاب ; cursor ; RANK|1f|{id}",
            "/meetings?q=الأحزاب ; cursor ; RANK|NaN|{id}",
            "/meetings?q=الأحزاب ; cursor ; RANK|1e99|{id}",
            "/instruments/unsc-2254/meetings ; cursor ; DATE|2024-13-45|2024-06-10|2024-06-10T10:00:00.000000Z|{id}",
            "/instruments/unsc-2254/meetings ; cursor ; DATE|0000-01-01|0000-01-01|2024-06-10T10:00:00.000000Z|{id}",
            "/instruments/unsc-2254/meetings ; cursor ; DATE|2024-06-10|2024-06-10|yesterday|{id}",
            "/instruments/unsc-2254/meetings ; cursor ; DATE|+12024-06-10|2024-06-10|2024-06-10T10:00:00.000000Z|{id}",
            "/meetings ; q ; {nul}",
            "/meetings ; city ; قامشلو{nul}",
            "/meetings ; topic ; {nul}",
            "/meetings ; country ; S{nul}",
            "/meetings ; instrument ; {nul}",
            "/meetings.ics ; q ; الأحزاب{nul}",
    })
    void l9_malformedCursorsAndNulInQueryParametersAre400(String path, String param, String value) {
        String given = value.replace("{id}", java.util.UUID.randomUUID().toString()).replace("{nul}", "\u0000");
        if (param.equals("cursor")) {
            given = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        var response = get(TestTokens.admin(), path, Map.of(param, given));
        org.liaison.infra.testing.BadInput.assertProblem(response, 400);
        org.liaison.infra.testing.BadInput.assertNames(response, param);
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
