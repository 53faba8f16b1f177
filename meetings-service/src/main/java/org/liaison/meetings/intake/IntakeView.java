package org.liaison.meetings.intake;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * An article taken in: as pasted, the draft read from it, the proposal offered to the reviewer (the body of an
 * accept, pre-filled), and once accepted what was registered.
 *
 * @param status   {@code draft} until accepted, then {@code accepted}
 * @param accepted the accept's result, or null
 */
public record IntakeView(UUID id, String status, JsonNode article, JsonNode draft, JsonNode proposal,
                         JsonNode accepted, Instant createdAt, Instant acceptedAt) {
}
