package org.liaison.meetings.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an accept registered or referenced. {@code outcome} is {@code created} for a record this intake registered
 * (in this accept or an earlier attempt of it) and {@code existing} for one that was registered already.
 */
public record AcceptResult(UUID id, String status, Instant acceptedAt, List<Keyed> organizations, List<Keyed> people,
                           List<Role> memberships, Outcome meeting, List<Outcome> followUps, List<Outcome> statements,
                           Outcome recommendationSet) {

    public static final String CREATED = "created";
    public static final String EXISTING = "existing";

    /** An organisation or person of the accept body, by its key. */
    public record Keyed(String key, UUID id, String outcome) {
    }

    /** A role of a person (key) in an organisation (key or id). */
    public record Role(String person, String organization, UUID id, String outcome) {
    }

    /** A record and how it came to be. */
    public record Outcome(UUID id, String outcome) {
    }
}
