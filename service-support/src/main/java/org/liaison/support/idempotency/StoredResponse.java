package org.liaison.support.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * The parts of a create's response a retry gets back: status, Location, ETag and the body as the JSON text
 * that was sent. Other headers are not kept.
 */
record StoredResponse(int status, String location, String etag, String mediaType, String body) {

    /** Tells a client (and its logs) that this answer is a replay, not a second create. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    static StoredResponse of(Response response, ObjectMapper mapper) {
        Object entity = response.getEntity();
        String body;
        try {
            body = entity == null ? null : entity instanceof String text ? text : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a create's response cannot be stored as JSON: " + entity.getClass(), e);
        }
        MediaType type = response.getMediaType();
        // Without an explicit type Quarkus REST answers JSON as application/json;charset=UTF-8: replay the same.
        String mediaType = type != null ? type.toString() : body == null ? null : JSON_UTF8;
        URI location = response.getLocation();
        return new StoredResponse(response.getStatus(), location == null ? null : location.toString(),
                response.getHeaderString(HttpHeaders.ETAG), mediaType, body);
    }

    Response replay() {
        Response.ResponseBuilder replay = Response.status(status).header(REPLAYED_HEADER, "true");
        if (location != null) {
            replay.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            replay.header(HttpHeaders.ETAG, etag);
        }
        if (body != null) {
            replay.entity(body).type(mediaType);
        }
        return replay.build();
    }
}
