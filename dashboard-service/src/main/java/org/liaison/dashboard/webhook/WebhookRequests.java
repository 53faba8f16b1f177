package org.liaison.dashboard.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Request bodies of the webhook API. */
public final class WebhookRequests {

    /** An event type ({@code meeting.scheduled}), a family ({@code meeting.*}) or {@code *}. */
    static final String TYPE = "^(\\*|[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*(\\.\\*)?)$";
    /** {@code meeting/<id>} or {@code meeting/*}. */
    static final String SUBJECT = "^[a-z][a-z0-9_-]*/([A-Za-z0-9_-]+|\\*)$";
    static final String TYPE_MESSAGE = "must be an event type (meeting.scheduled) or a family (meeting.*)";
    static final String SUBJECT_MESSAGE = "must be a subject (meeting/<id>) or a family (meeting/*)";
    static final int TYPES_MAX = 20;

    private WebhookRequests() {
    }

    /**
     * A new subscription of the caller's office.
     *
     * @param url            http or https; where each matching event is POSTed
     * @param types          event types or families; absent or empty: every type
     * @param organizationId only events that name this organisation
     * @param subject        only this subject or family of subjects
     */
    public record Create(@NotNull String url,
                         @Size(max = TYPES_MAX) List<@NotBlank @Size(max = 100) @Pattern(regexp = TYPE,
                                 message = TYPE_MESSAGE) String> types,
                         UUID organizationId,
                         @Size(max = 200) @Pattern(regexp = SUBJECT, message = SUBJECT_MESSAGE) String subject) {
    }

    /**
     * A partial update (with If-Match): absent fields stay; {@code types: []} means every type, an empty
     * {@code organizationId} or {@code subject} drops that filter; {@code active: false} stops deliveries until
     * {@code active: true} (which also resumes a paused subscription).
     */
    public record Update(String url,
                         @Size(max = TYPES_MAX) List<@NotBlank @Size(max = 100) @Pattern(regexp = TYPE,
                                 message = TYPE_MESSAGE) String> types,
                         @Pattern(regexp = "^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-"
                                 + "[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                                 message = "must be a UUID, or empty to drop the filter") String organizationId,
                         @Size(max = 200) @Pattern(regexp = "^$|" + SUBJECT, message = SUBJECT_MESSAGE) String subject,
                         Boolean active) {
    }
}
