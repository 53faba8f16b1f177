package org.liaison.meetings.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * An intake in a list: enough to pick it up again.
 *
 * @param headline  the article's title, else the draft's headline, else its first words
 * @param meetingId the meeting its accept recorded or referenced, once accepted
 */
public record IntakeSummary(UUID id, String status, String headline, String publisher, Instant createdAt,
                            Instant acceptedAt, UUID meetingId) {
}
