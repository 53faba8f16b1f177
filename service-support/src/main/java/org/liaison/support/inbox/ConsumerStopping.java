package org.liaison.support.inbox;

/**
 * The service is shutting down while a record was being applied: the record is left unprocessed (not committed, not
 * dead-lettered) for the next run, or another instance, to apply. {@link StoppingAwareDeadLetterQueue} sees to that.
 */
public class ConsumerStopping extends RuntimeException {

    public ConsumerStopping(String message, Throwable cause) {
        super(message, cause);
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsumerStopping) {
                return true;
            }
        }
        return false;
    }
}
