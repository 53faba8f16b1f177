package org.liaison.support.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details document. {@code errors} names each field at fault by its JSON path;
 * {@code extensions} carries anything else a client can act on (e.g. the id of an existing record).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, @JsonIgnore Map<String, Object> extensions) {

    /** Extension members sit beside the standard ones, as RFC 9457 §3.2 has them. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path in the request ({@code organizerId}, {@code names[2].text}). */
    public record FieldError(String field, String message) {
    }
}
