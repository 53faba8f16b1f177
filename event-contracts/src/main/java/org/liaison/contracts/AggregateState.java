package org.liaison.contracts;

import java.util.UUID;

/** The full state of an aggregate as an event carries it: its identity and the version it reached. */
public interface AggregateState {
    UUID id();

    long version();
}
