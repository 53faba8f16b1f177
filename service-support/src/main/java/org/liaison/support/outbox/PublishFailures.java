package org.liaison.support.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure to publish one outbox row that can never succeed, whatever the relay does, from one that may
 * pass. Only failures that belong to the record itself count as permanent: it is too large for the producer
 * ({@code max.request.size}) or the topic ({@code max.message.bytes}), the broker calls it invalid, or it cannot be
 * serialized. A failure that would hit every record alike (broker unreachable, timeouts, a missing topic, no
 * authorization, an unknown server error, a closed producer) is not: parking would then park every row, so the
 * relay stops and retries, as before.
 * <p>
 * The SmallRye Kafka sink nacks a message with the Kafka client's exception itself; the relay sees it wrapped by
 * the future it waits on. The whole cause chain is therefore searched.
 */
final class PublishFailures {

    /** The longest park reason kept; a Kafka message is a sentence, but a cause chain can be long. */
    static final int MAX_REASON_LENGTH = 1000;

    private static final List<Class<? extends Throwable>> PERMANENT = List.of(
            RecordTooLargeException.class,
            RecordBatchTooLargeException.class,
            InvalidRecordException.class,
            SerializationException.class);

    private PublishFailures() {
    }

    /**
     * The failure that makes the record unpublishable for good, or empty when a later attempt may succeed. A
     * retriable Kafka exception or a timeout met first in the cause chain means transient.
     */
    static Optional<Throwable> permanentCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof RetriableException || t instanceof TimeoutException) {
                return Optional.empty();
            }
            for (Class<? extends Throwable> permanent : PERMANENT) {
                if (permanent.isInstance(t)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** What is stored as the park reason: the exception's class and message, cut to {@link #MAX_REASON_LENGTH}. */
    static String reason(Throwable cause) {
        String reason = cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        if (reason.length() <= MAX_REASON_LENGTH) {
            return reason;
        }
        int end = MAX_REASON_LENGTH - 1;
        if (Character.isHighSurrogate(reason.charAt(end - 1))) {
            end--;
        }
        return reason.substring(0, end) + "…";
    }
}
