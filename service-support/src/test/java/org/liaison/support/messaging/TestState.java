package org.liaison.support.messaging;

import org.liaison.contracts.AggregateState;

import java.util.UUID;

/** An aggregate's state as the tests' events carry it. */
public record TestState(UUID id, long version) implements AggregateState {
}
