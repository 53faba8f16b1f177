package org.liaison.dashboard.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.support.problem.ProblemException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Where a stream or feed read starts: a position the client had, or a point in time (found by timestamp). */
@ApplicationScoped
public class ReplayStart {

    private final KafkaClients clients;
    private final EventLog log;

    public ReplayStart(KafkaClients clients, EventLog log) {
        this.clients = clients;
        this.log = log;
    }

    /**
     * @param position a position sent before (an SSE id or feed cursor), or null
     * @param field    the name the client gave it, for a 400
     * @param from     an ISO 8601 time (with offset), or null
     * @return the position, or null when neither is given
     */
    public Position resolve(String position, String field, String from) {
        if (position != null && !position.isBlank()) {
            return Position.decode(position, field);
        }
        if (from != null && !from.isBlank()) {
            return at(parseTime(from));
        }
        return null;
    }

    /**
     * The position of the first records at or after a time, by the broker's timestamps: asked through the
     * instance's one admin client, not a consumer per request.
     */
    public Position at(Instant time) {
        return clients.positionAt(log.partitions(), time);
    }

    private static Instant parseTime(String text) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException again) {
                throw ProblemException.badRequest("from",
                        "not an ISO 8601 time with offset, e.g. 2026-01-31T09:00:00Z");
            }
        }
    }
}
