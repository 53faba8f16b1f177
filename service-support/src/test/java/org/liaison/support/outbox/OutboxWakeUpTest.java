package org.liaison.support.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventTypes;
import org.liaison.support.messaging.MessagingTestResource;
import org.liaison.support.messaging.TestState;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay's wake-up (LISTEN on a connection of its own) returns as soon as an outbox row commits, rather than at
 * the end of the poll interval, and a row that rolls back wakes nothing.
 */
@QuarkusTest
@WithTestResource(MessagingTestResource.class)
class OutboxWakeUpTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    Outbox outbox;

    OutboxWakeUp wakeUp;

    @BeforeEach
    void listen() throws InterruptedException {
        wakeUp = new OutboxWakeUp(url, user, password);
        // Opens the LISTEN connection, and takes any notification already waiting.
        wakeUp.await(Duration.ofMillis(1));
    }

    @AfterEach
    void close() {
        wakeUp.close();
    }

    @Test
    void wakesWhenAnOutboxRowCommits() throws Exception {
        CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> millisWaiting(Duration.ofSeconds(20)));
        Thread.sleep(200);
        QuarkusTransaction.requiringNew().run(() ->
                outbox.append(EventTypes.PERSON_UPDATED, "person", () -> new TestState(UUID.randomUUID(), 0)));

        long millis = waited.get(25, TimeUnit.SECONDS);
        assertTrue(millis < 5_000, "woken " + millis + " ms after it began to wait, not at the end of its 20 s");
    }

    @Test
    void aRowThatRollsBackWakesNothing() {
        QuarkusTransaction.begin();
        outbox.append(EventTypes.PERSON_UPDATED, "person", () -> new TestState(UUID.randomUUID(), 0));
        QuarkusTransaction.rollback();

        long millis = millisWaiting(Duration.ofSeconds(1));
        assertTrue(millis >= 900, "woken after " + millis + " ms by a row that was rolled back");
    }

    private long millisWaiting(Duration timeout) {
        long start = System.nanoTime();
        try {
            wakeUp.await(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
