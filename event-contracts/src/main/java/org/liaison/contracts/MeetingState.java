package org.liaison.contracts;

import java.util.List;
import java.util.UUID;

/**
 * The full current state of a meeting, carried by every {@code meeting.*} event.
 *
 * @param restricted whether its details are for the offices taking part only
 * @param parties    the offices taking part (organiser, the office that recorded it, later participants):
 *                   consumers that show a restricted meeting to others show only its date, kind and organiser
 */
public record MeetingState(UUID id, long version, String kind, String titleAr, String titleEn,
                           PartialDate date, UUID organizerId, boolean restricted, List<UUID> parties)
        implements AggregateState {

    public MeetingState {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
