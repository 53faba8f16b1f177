package org.liaison.dashboard.events;

/** Told of each record the live consumer reads, in order, on the consumer's thread: must not block. */
public interface EventListener {

    void onEvent(LiveEvent event);
}
