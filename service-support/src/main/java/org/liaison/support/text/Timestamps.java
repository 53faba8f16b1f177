package org.liaison.support.text;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Record timestamps, at the precision PostgreSQL keeps. */
public final class Timestamps {

    private Timestamps() {
    }

    /** Microseconds: what {@code timestamptz} stores, so a cursor built from memory matches the stored value. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
