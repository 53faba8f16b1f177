package org.liaison.faults;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every write the client attempted and what it was told, as Kafka's system tests keep one: the oracle holds the
 * databases and topics to it afterwards. An acknowledged write (2xx) must be found; an indeterminate one (no
 * answer) may or may not be. Every single answer (a retry's too) is kept as an {@link Attempt}, so that a 500 or a
 * 503 without Retry-After that a later retry made good still counts.
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

    /**
     * One request of a write and its answer.
     *
     * @param status      the HTTP status, -1 when no answer came
     * @param retryAfter  whether the answer carried a Retry-After header
     * @param problemJson whether it was {@code application/problem+json}
     * @param timedOut    no answer within the client's timeout (a hang), as opposed to a refused or broken connection
     * @param sentNanos   {@link System#nanoTime()} when the request was sent
     * @param tookMillis  how long the answer (or the failure) took
     */
    record Attempt(Kind kind, int status, boolean retryAfter, boolean problemJson, boolean timedOut, long sentNanos,
                   long tookMillis) {

        /** The answer to a request sent at {@code sentNanos}, recorded as it arrives. */
        static Attempt of(Kind kind, Api.Answer answer, long sentNanos) {
            return new Attempt(kind, answer.status(), answer.retryAfter().isPresent(),
                    answer.contentType().map(t -> t.startsWith("application/problem+json")).orElse(false),
                    answer.timedOut(), sentNanos, (System.nanoTime() - sentNanos) / 1_000_000);
        }

        boolean success() {
            return status >= 200 && status < 300;
        }

        /** Whether it was sent between two {@link System#nanoTime()} readings. */
        boolean sentBetween(long fromNanos, long toNanos) {
            return sentNanos - fromNanos >= 0 && toNanos - sentNanos >= 0;
        }

        /**
         * A 5xx is never acceptable, whatever the fault, except a 503 problem that tells the client when to come back
         * (a dependency is down, or the request was rolled back): the client retries it.
         */
        boolean unacceptable() {
            return status >= 500 && !(status == 503 && retryAfter && problemJson);
        }

        String describe() {
            if (status < 0) {
                return timedOut ? "no answer within " + Api.TIMEOUT.toSeconds() + " s"
                        : "no answer (connection refused or broken)";
            }
            if (status == 503) {
                return "503" + (problemJson ? " problem+json" : " (not problem+json)")
                        + (retryAfter ? " with Retry-After" : " without Retry-After");
            }
            return Integer.toString(status);
        }
    }

    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    /** The first answer body of each unsuccessful status, to say in the report why writes failed. */
    private final ConcurrentSkipListMap<Integer, String> firstRefusals =
            new ConcurrentSkipListMap<>();
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();

    void record(Write write, Api.Answer answer) {
        writes.add(write);
        if (!write.acknowledged()) {
            String body = answer.body() == null ? "(no body)" : answer.body().toString();
            firstRefusals.putIfAbsent(write.status(),
                    write.kind() + ": " + body.substring(0, Math.min(300, body.length())));
        }
    }

    /** For each unsuccessful status, the first answer that carried it. */
    Map<Integer, String> firstRefusals() {
        return Map.copyOf(firstRefusals);
    }

    void attempted(Attempt attempt) {
        attempts.add(attempt);
    }

    List<Write> all() {
        return List.copyOf(writes);
    }

    List<Write> acknowledged() {
        return writes.stream().filter(Write::acknowledged).toList();
    }

    long count(Predicate<Write> which) {
        return writes.stream().filter(which).count();
    }

    /** How many writes got each final status ({@code -1}: no answer), e.g. {@code {200=31, 201=58, 412=2}}. */
    SortedMap<Integer, Long> statusCounts() {
        return writes.stream().collect(Collectors.groupingBy(Write::status, TreeMap::new,
                Collectors.counting()));
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** The answers no fault excuses ({@link Attempt#unacceptable()}), counted by kind of write and answer. */
    List<String> serverErrors() {
        return summary(attempts(), Attempt::unacceptable).entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).toList();
    }

    /** How the attempts that match were answered, e.g. {@code CREATE 2xx -> 120}, for the notes of a fault. */
    static Map<String, Long> summary(List<Attempt> attempts, Predicate<Attempt> which) {
        Map<String, Long> counts = new TreeMap<>();
        for (Attempt attempt : attempts) {
            if (which.test(attempt)) {
                String answer = attempt.success() ? "2xx" : attempt.describe();
                counts.merge(attempt.kind() + " attempts answered " + answer, 1L, Long::sum);
            }
        }
        return counts;
    }
}
