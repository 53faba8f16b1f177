package org.liaison.support.inbox;

/**
 * A record that can never be applied, however often it is retried (not a CloudEvent, malformed JSON, a
 * state that breaks the contract). It goes to the dead-letter topic so the records after it still flow.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
