package org.liaison.meetings.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A registration asked of another service on an accept's behalf, and its answer read as the accept needs it: the
 * record's id and whether this call (or an earlier attempt with the same id) registered it, or the problem to
 * answer the editor with, its fields placed under the part of the accept body they came from.
 */
final class Upstream {

    private Upstream() {
    }

    /** The id of the registered record and its outcome ({@link AcceptResult#CREATED} or {@code EXISTING}). */
    record Registered(UUID id, String outcome) {
    }

    /**
     * POSTs a record with a chosen id. 201 is created; a 409 naming the same id is created too (an earlier attempt
     * of this accept got that far); a 409 naming another id is a record registered already, which is referenced.
     */
    static Registered register(String service, String field, UUID id, Supplier<Response> call) {
        try (Response response = answer(call)) {
            int status = response.getStatus();
            if (status == 201 || status == 200) {
                return new Registered(id, AcceptResult.CREATED);
            }
            JsonNode body = readBody(response);
            if (status == 409 && body.hasNonNull("existingId")) {
                UUID existing = UUID.fromString(body.get("existingId").asText());
                return new Registered(existing, existing.equals(id) ? AcceptResult.CREATED : AcceptResult.EXISTING);
            }
            throw problem(service, field, status, body);
        } catch (ProcessingException | WebApplicationException e) {
            throw unreachable(service, e);
        }
    }

    /** A GET's body; a failure as {@link #register} treats it. */
    static JsonNode read(String service, String field, Supplier<Response> call) {
        try (Response response = answer(call)) {
            JsonNode body = readBody(response);
            if (response.getStatus() != 200) {
                throw problem(service, field, response.getStatus(), body);
            }
            return body;
        } catch (ProcessingException | WebApplicationException e) {
            throw unreachable(service, e);
        }
    }

    /**
     * The other service's answer, whatever its status: the REST client's default mapper throws on a status of 400 or
     * more, and a 409 (registered already) or a refused field is an answer to read, not a service that did not
     * answer.
     */
    static Response answer(Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            return e.getResponse();
        }
    }

    private static JsonNode readBody(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(JsonNode.class) : MissingNode.getInstance();
        } catch (ProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * The other service's problem as the editor's: a refused field stays a refused field, under this part of the
     * accept; its own failure is a 503 (accepting again continues where this one stopped).
     */
    private static ProblemException problem(String service, String field, int status, JsonNode body) {
        String detail = service + ": " + body.path("detail").asText(body.path("title").asText("answered " + status));
        if (status >= 500 || status == 429) {
            return ProblemException.serviceUnavailable(detail + "; accepting again continues where this stopped");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        body.path("errors").forEach(e -> errors.add(new Problem.FieldError(e.path("field").asText(null),
                e.path("message").asText(null))));
        int answered = status == 401 || status == 403 || status == 409 ? status : 422;
        return new ProblemException(answered, body.path("title").asText("Unprocessable content"), detail, errors,
                Map.of()).under(field);
    }

    private static ProblemException unreachable(String service, Exception e) {
        return ProblemException.serviceUnavailable(service + " did not answer (" + e.getMessage()
                + "); accepting again continues where this stopped");
    }
}
