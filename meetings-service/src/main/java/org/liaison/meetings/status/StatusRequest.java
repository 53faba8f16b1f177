package org.liaison.meetings.status;

import jakarta.validation.constraints.NotNull;
import org.liaison.meetings.model.MeetingStatus;

/** The body of {@code POST /meetings/{id}/status}: {@code {"status": "held"}}. */
public record StatusRequest(@NotNull MeetingStatus status) {
}
