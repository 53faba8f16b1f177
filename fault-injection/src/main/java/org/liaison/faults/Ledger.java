package org.liaison.faults;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every write the client attempted and what it was told, as Kafka's system tests keep one: the oracle holds the
 * databases and topics to it afterwards. An acknowledged write (2xx) must be found; an indeterminate one (no
 * answer) may or may not be.
 */
final class Ledger {

    enum Kind { CREATE, RENAME }

    /**
     * @param marker   unique per logical write (the organisation's English name for a create), so that a create done
     *                 twice shows as two rows
     * @param orgId    the organisation, when the answer named it
     * @param version  the version the answer reported
     * @param status   the final HTTP status, -1 when no answer came
     * @param attempts how many requests the client sent for it (retries reuse the Idempotency-Key)
     */
    record Write(Kind kind, String office, String idempotencyKey, String marker, UUID orgId, long version,
                 String nameAr, int status, int attempts) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    /** The first answer body of each unsuccessful status, to say in the report why writes failed. */
    private final java.util.concurrent.ConcurrentSkipListMap<Integer, String> firstRefusals =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    void record(Write write, Api.Answer answer) {
        writes.add(write);
        if (!write.acknowledged()) {
            String body = answer.body() == null ? "(no body)" : answer.body().toString();
            firstRefusals.putIfAbsent(write.status(), write.kind() + ": " + body.substring(0, Math.min(300, body.length())));
        }
    }

    /** For each unsuccessful status, the first answer that carried it. */
    Map<Integer, String> firstRefusals() {
        return Map.copyOf(firstRefusals);
    }

    List<Write> all() {
        return List.copyOf(writes);
    }

    List<Write> acknowledged() {
        return writes.stream().filter(Write::acknowledged).toList();
    }

    long count(java.util.function.Predicate<Write> which) {
        return writes.stream().filter(which).count();
    }

    /** How many writes got each final status ({@code -1}: no answer), e.g. {@code {200=31, 201=58, 412=2}}. */
    java.util.SortedMap<Integer, Long> statusCounts() {
        return writes.stream().collect(java.util.stream.Collectors.groupingBy(Write::status, java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }

    /** Writes answered with a 5xx: never acceptable, whatever the fault (503 while a dependency is down excepted). */
    List<Write> serverErrors() {
        return writes.stream().filter(w -> w.status() >= 500 && w.status() != 503).toList();
    }
}
