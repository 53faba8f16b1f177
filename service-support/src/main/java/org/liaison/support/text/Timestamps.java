package org.liaison.support.text;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Record timestamps, at the precision PostgreSQL keeps. */
public final class Timestamps {

    private Timestamps() {
    }

    /** Microseconds: what {@code timestamptz} stores, so a cursor built from memory matches the stored value. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A {@code timestamptz} read by a native query: the driver and Hibernate answer an {@link OffsetDateTime}, an
     * {@link Instant} or a {@link Timestamp} depending on the query's path; all are the same instant.
     */
    public static OffsetDateTime fromDatabase(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
