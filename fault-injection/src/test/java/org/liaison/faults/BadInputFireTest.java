package org.liaison.faults;

import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.BadInputCase;
import org.liaison.infra.testing.BadInputClient;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BadInputFireTest {

    private static final BadInputCase KIND_UNKNOWN = new BadInputCase("orgs-service/x.csv", "kind unknown", "admin",
            "POST", "/organizations", Map.of(), "{\"kind\": \"galaxy\"}", 400, "kind");
    private static final String PROBLEM = "application/problem+json";

    @Test
    void theCasesOwnAnswerIsNotAMismatch() {
        assertNull(BadInputFire.wrongness(KIND_UNKNOWN,
                answer(400, PROBLEM,
                        "{\"status\": 400, \"errors\": [{\"field\": \"nameAr\"}, {\"field\": \"kind\"}]}")));
    }

    @Test
    void anotherStatusAnotherMediaTypeOrAnotherFieldIsAMismatch() {
        assertTrue(BadInputFire.wrongness(KIND_UNKNOWN, answer(500, PROBLEM, "{\"status\": 500}"))
                .startsWith("500 instead of 400"));
        assertTrue(BadInputFire.wrongness(KIND_UNKNOWN, answer(400, "text/html", "<h1>Bad</h1>"))
                .contains("not problem+json"));
        assertTrue(BadInputFire.wrongness(KIND_UNKNOWN,
                answer(400, PROBLEM, "{\"status\": 400, \"errors\": [{\"field\": \"nameAr\"}]}"))
                .startsWith("names [nameAr], not kind"));
        assertTrue(BadInputFire.wrongness(KIND_UNKNOWN, answer(400, PROBLEM, "{\"status\": 422}"))
                .contains("problem's status"));
        assertTrue(BadInputFire.wrongness(KIND_UNKNOWN, answer(400, PROBLEM, "not json")).startsWith("not JSON"));
    }

    private static BadInputClient.Answer answer(int status, String contentType, String body) {
        return new BadInputClient.Answer(status, contentType, body, "");
    }
}
