package org.liaison.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.BadInputCase;
import org.liaison.infra.testing.BadInputClient;
import org.liaison.infra.testing.Cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * Sends bad-input cases from several threads, each thread going through all of them in its own random order until
 * the time is up, and tallies the answers: by status, and every answer that is not the case's own.
 */
final class BadInputFire {

    /** One case and the service it goes to, with the values of its placeholders. */
    record Target(LiaisonTopology.Service service, BadInputCase badInput, Map<String, String> fills) {
    }

    /** How often a case held back by 429 is sent again before it counts as unanswered. */
    private static final int RATE_LIMITED_TRIES = 20;
    private static final int EXAMPLES = 15;

    private final Cluster cluster;
    private final List<Target> targets;
    private final BadInputClient client = new BadInputClient(Api.TIMEOUT);
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder sent = new LongAdder();
    private final LongAdder judged = new LongAdder();
    private final LongAdder nanosWaiting = new LongAdder();
    private long took;
    private final LongAdder retriedAfter429 = new LongAdder();
    private final AtomicLong mismatches = new AtomicLong();
    private final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> mismatchesByCase = new ConcurrentHashMap<>();

    BadInputFire(Cluster cluster, List<Target> targets) {
        this.cluster = cluster;
        this.targets = targets;
    }

    /**
     * Sends for {@code spell}, and on until every case was answered {@code passes} times on average, but never longer
     * than twice the spell (a slow machine then says so in the figures).
     */
    void run(int senders, Duration spell, int passes) throws InterruptedException {
        long start = System.nanoTime();
        BooleanSupplier going = () -> {
            long elapsed = System.nanoTime() - start;
            return elapsed < spell.toNanos()
                    || (judged.sum() < (long) passes * targets.size() && elapsed < 2 * spell.toNanos());
        };
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            Thread thread = new Thread(() -> {
                while (going.getAsBoolean()) {
                    List<Target> order = new ArrayList<>(targets);
                    Collections.shuffle(order);
                    for (Target target : order) {
                        if (!going.getAsBoolean()) {
                            break;
                        }
                        fire(target);
                    }
                }
            }, "bad-input-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        took = System.nanoTime() - start;
    }

    private void fire(Target target) {
        BadInputCase filled = target.badInput().filled(target.fills());
        for (int attempt = 1; attempt <= RATE_LIMITED_TRIES; attempt++) {
            BadInputClient.Answer answer;
            try {
                sent.increment();
                long start = System.nanoTime();
                answer = client.send(cluster.url(target.service()), filled);
                nanosWaiting.add(System.nanoTime() - start);
            } catch (UncheckedIOException | IllegalStateException e) {
                count(-1);
                mismatch(target, "no answer: " + e.getCause());
                return;
            }
            count(answer.status());
            if (answer.status() == 429) {
                retriedAfter429.increment();
                Load.sleep(Duration.ofMillis(retryAfterMillis(answer)));
                continue;
            }
            judged.increment();
            String wrong = wrongness(filled, answer);
            if (wrong != null) {
                mismatch(target, wrong);
            }
            return;
        }
        mismatch(target, "still 429 after " + RATE_LIMITED_TRIES + " tries");
    }

    /** What is wrong with the answer (null when it is the case's own): status, media type, the field named. */
    static String wrongness(BadInputCase filled, BadInputClient.Answer answer) {
        String body = answer.body() == null ? "" : answer.body();
        String shown = body.substring(0, Math.min(200, body.length()));
        if (answer.status() != filled.status()) {
            return answer.status() + " instead of " + filled.status() + ": " + shown;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return answer.status() + " as " + answer.contentType() + ", not problem+json: " + shown;
        }
        try {
            JsonNode problem = Api.JSON.readTree(body);
            if (problem.path("status").asInt(-1) != filled.status()) {
                return "the problem's status is " + problem.path("status") + ": " + shown;
            }
            if (filled.field() != null) {
                List<String> fields = new ArrayList<>();
                problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
                if (!fields.contains(filled.field())) {
                    return "names " + fields + ", not " + filled.field() + ": " + shown;
                }
            }
        } catch (IOException e) {
            return "not JSON: " + shown;
        }
        return null;
    }

    private void count(int status) {
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    private void mismatch(Target target, String what) {
        mismatches.incrementAndGet();
        mismatchesByCase.computeIfAbsent(target.badInput().toString(), c -> new LongAdder()).increment();
        if (examples.size() < EXAMPLES) {
            examples.add(target.badInput() + ": " + what);
        }
    }

    /** As the server says (at most 5 s), 1 s when it does not. */
    private static long retryAfterMillis(BadInputClient.Answer answer) {
        try {
            return Math.min(5, Math.max(1, Long.parseLong(answer.retryAfter().trim()))) * 1000;
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    /** The figures into the report, each mismatch a problem (summed per case, with the first answers as examples). */
    void report(FaultRun run) {
        long files = targets.stream().map(t -> t.badInput().file()).distinct().count();
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((status, n) -> byStatus.put(status, n.sum()));
        run.note(targets.size() + " cases from " + files + " files; " + sent.sum() + " requests sent in "
                + Duration.ofNanos(took).toSeconds() + " s, " + judged.sum()
                + " answers judged (each case about " + (judged.sum() / Math.max(1, targets.size()))
                + " times), an answer"
                + " after " + nanosWaiting.sum() / Math.max(1, sent.sum()) / 1_000_000 + " ms on average");
        run.note("answers by status (-1: none): " + byStatus);
        run.note(retriedAfter429.sum() + " requests were rate-limited (429) and the case sent again");
        run.note(mismatches.get() + " answers were not the case's own");
        long serverErrors = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue)
                .sum();
        run.expect(serverErrors == 0, serverErrors + " bad-input requests were answered 5xx");
        new TreeMap<>(mismatchesByCase)
                .forEach((c, n) -> run.problem(c + ": " + n.sum() + " answers were not the case's own"));
        examples.forEach(e -> run.note("mismatch: " + e));
    }
}
