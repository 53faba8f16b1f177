package org.liaison.faults;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.ArticleOrganizations;
import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes at a steady rate while a fault runs, from several partner offices (each under its own rate limit): it
 * registers organisations and renames the ones it registered (as their own offices), the way a client should: a create
 * retried after no answer, a 429 or a 503 reuses its Idempotency-Key; a rename is sent with If-Match and never blindly
 * retried.
 */
final class Load implements AutoCloseable {

    /** The names the renames cycle through: the commission's longer name, as in its own statements. */
    static final List<String> RENAMES = List.of("هيئة التفاوض لقوى الثورة والمعارضة السورية", "هيئة التفاوض السورية");

    private static final Duration RETRY_FOR = Duration.ofSeconds(90);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Cluster cluster;
    private final Ledger ledger;
    private final String label;
    private final long intervalNanos;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    /**
     * @param writesPerSecond the total rate, spread over {@code offices} workers
     * @param label           goes into every marker, so that a fault's writes can be told apart
     */
    Load(Cluster cluster, Ledger ledger, String label, int writesPerSecond, int offices) {
        this.cluster = cluster;
        this.ledger = ledger;
        this.label = label;
        this.intervalNanos = Duration.ofSeconds(1).toNanos() * offices / writesPerSecond;
        for (int i = 0; i < offices; i++) {
            UUID office = UUID.randomUUID();
            workers.add(new Thread(() -> work(office), "load-" + label + "-" + i));
        }
    }

    Load start() {
        running = true;
        workers.forEach(Thread::start);
        return this;
    }

    /** Stops sending new writes and waits for the ones in flight (retries included) to get their final answer. */
    @Override
    public void close() {
        running = false;
        for (Thread worker : workers) {
            try {
                worker.join(RETRY_FOR.toMillis() + Api.TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void work(UUID office) {
        String token = TestTokens.editor(office);
        List<long[]> ownVersions = new ArrayList<>();
        List<UUID> own = new ArrayList<>();
        long next = System.nanoTime();
        while (running) {
            if (own.size() < 3 || ThreadLocalRandom.current().nextInt(3) == 0) {
                Ledger.Write created = create(office, token);
                if (created.acknowledged()) {
                    own.add(created.orgId());
                    ownVersions.add(new long[]{created.version()});
                }
            } else {
                int pick = ThreadLocalRandom.current().nextInt(own.size());
                Ledger.Write renamed = rename(office, own.get(pick), ownVersions.get(pick));
                if (renamed.acknowledged()) {
                    ownVersions.get(pick)[0] = renamed.version();
                }
            }
            next += intervalNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                sleep(Duration.ofNanos(wait));
            } else {
                next = System.nanoTime();
            }
        }
    }

    private Ledger.Write create(UUID office, String token) {
        List<String[]> names = ArticleOrganizations.KIND_AND_NAME;
        String[] name = names.get(ThreadLocalRandom.current().nextInt(names.size()));
        String marker = "fault " + label + " #" + SEQUENCE.incrementAndGet() + " " + UUID.randomUUID();
        return register(cluster, ledger, office, token, name[0], name[1], marker);
    }

    /**
     * Registers an organisation as a careful client does: after no answer, a 429 or a 503 it sends the same request
     * again with the same Idempotency-Key, for up to 90 s; the final answer goes into the ledger.
     *
     * @param marker the English name, unique per call, by which the oracle counts the organisations it made
     */
    static Ledger.Write register(Cluster cluster, Ledger ledger, UUID office, String token, String kind, String nameAr,
                                 String marker) {
        String key = UUID.randomUUID().toString();
        String body = Api.JSON.createObjectNode().put("kind", kind).put("nameAr", nameAr).put("nameEn", marker)
                .put("distinct", true).toString();
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        Api.Answer answer;
        int attempts = 0;
        do {
            attempts++;
            long sent = System.nanoTime();
            answer = Api.send("POST", cluster.url(LiaisonTopology.ORGS) + "/organizations", token, body, key, null);
            ledger.attempted(Ledger.Attempt.of(Ledger.Kind.CREATE, answer, sent));
            if (!retryable(answer)) {
                break;
            }
            sleep(backoff(answer, attempts));
        } while (System.nanoTime() < deadline);
        UUID id = answer.success() ? UUID.fromString(answer.body().path("id").asText()) : null;
        long version = answer.success() ? answer.body().path("version").asLong() : -1;
        Ledger.Write write = new Ledger.Write(Ledger.Kind.CREATE, office.toString(), key, marker, id, version, nameAr,
                answer.status(), attempts);
        ledger.record(write, answer);
        return write;
    }

    /**
     * Renames an organisation as its own office does: an office may edit its own record (and its units'), and an
     * organisation's office is the organisation itself, so the editor's token names it as the office (the office
     * that registered it may not; its renames would all be 403).
     */
    private Ledger.Write rename(UUID office, UUID id, long[] knownVersion) {
        String token = TestTokens.editor(id);
        String nameAr = RENAMES.get(ThreadLocalRandom.current().nextInt(RENAMES.size())) + " "
                + SEQUENCE.incrementAndGet();
        String body = Api.JSON.createObjectNode().put("nameAr", nameAr).toString();
        long sent = System.nanoTime();
        Api.Answer answer = Api.send("PATCH", cluster.url(LiaisonTopology.ORGS) + "/organizations/" + id, token, body,
                null, "\"" + knownVersion[0] + "\"");
        ledger.attempted(Ledger.Attempt.of(Ledger.Kind.RENAME, answer, sent));
        long version = answer.success() ? answer.body().path("version").asLong() : -1;
        Ledger.Write write = new Ledger.Write(Ledger.Kind.RENAME, office.toString(), null, nameAr, id, version, nameAr,
                answer.status(), 1);
        ledger.record(write, answer);
        if (!answer.success()) {
            // No answer or a conflict: learn the version the server has now, as a client would before its next edit.
            Api.Answer current = Api.get(cluster.url(LiaisonTopology.ORGS) + "/organizations/" + id, token);
            if (current.success()) {
                knownVersion[0] = current.body().path("version").asLong();
            }
        }
        return write;
    }

    /**
     * No answer, or an answer that says "later": 429 and 503, 502 and 504 from a proxy, and 409 with Retry-After
     * (the same key is still being processed, perhaps by an instance that died holding it).
     */
    private static boolean retryable(Api.Answer answer) {
        return answer.indeterminate() || answer.status() == 429 || answer.status() == 503 || answer.status() == 502
                || answer.status() == 504 || (answer.status() == 409 && answer.retryAfter().isPresent());
    }

    private static Duration backoff(Api.Answer answer, int attempts) {
        Duration exponential = Duration.ofMillis(Math.min(2000, 100L << Math.min(attempts, 5)));
        return answer.retryAfter().map(seconds -> {
            try {
                return Duration.ofSeconds(Long.parseLong(seconds.trim()));
            } catch (NumberFormatException e) {
                return exponential;
            }
        }).filter(d -> d.compareTo(Duration.ofSeconds(5)) <= 0).orElse(exponential);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
