package org.liaison.contracts;

import java.util.UUID;

/** The full current state of a meeting, carried by every {@code meeting.*} event. */
public record MeetingState(UUID id, long version, String kind, String titleAr, String titleEn,
                           PartialDate date, UUID organizerId) implements AggregateState {
}
