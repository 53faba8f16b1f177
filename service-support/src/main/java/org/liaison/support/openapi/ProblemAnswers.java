package org.liaison.support.openapi;

import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which problem+json answers an operation can give, by method and shape, with what each means to a client. */
final class ProblemAnswers {

    private ProblemAnswers() {
    }

    static Map<String, String> of(String path, PathItem.HttpMethod method, boolean hasBody) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("400", "Invalid request: a field, parameter or header is missing or malformed (named in errors)");
        answers.put("401", "No valid bearer token");
        answers.put("403", "The token's role or office may not do this");
        if (path.contains("{")) {
            answers.put("404", "No such record");
        }
        boolean change = method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE;
        if (method == PathItem.HttpMethod.POST) {
            answers.put("409",
                    "Conflict: the record exists already, or a request with the same Idempotency-Key is still running");
            answers.put("422",
                    "Unprocessable: the request names something unknown, or reuses an Idempotency-Key for a different "
                    + "request");
        }
        if (change) {
            answers.put("412",
                    "Precondition Failed: the record changed since the version If-Match names; read it again");
        }
        if (hasBody) {
            answers.put("413", "Content Too Large: the body exceeds the service's limit (256 KiB by default)");
            answers.put("415", "Unsupported Media Type: the body must be application/json");
        }
        if (change) {
            answers.put("428", "Precondition Required: send If-Match with the ETag of the version you read");
        }
        answers.put("429", "Too Many Requests: the office's rate limit is reached; see Retry-After");
        return answers;
    }
}
