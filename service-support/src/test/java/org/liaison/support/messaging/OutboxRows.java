package org.liaison.support.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/** Reads (and for a test, rewrites) outbox rows, each in a transaction of its own. */
@ApplicationScoped
public class OutboxRows {

    private final EntityManager entityManager;

    public OutboxRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** PENDING, PUBLISHED or PARKED; null if there is no such row. */
    public String status(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select status from outbox_event where id = ?1")
                .setParameter(1, eventId).getResultStream().findFirst().orElse(null));
    }

    /** The statuses of these rows, each once, e.g. {@code [PUBLISHED]} when all are published. */
    @SuppressWarnings("unchecked")
    public List<String> statuses(List<UUID> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select distinct status from outbox_event where id = any(?1) order by status")
                .setParameter(1, eventIds.toArray(UUID[]::new)).getResultList());
    }

    /** How many of these rows have a publication time: only published rows may. */
    public long withPublicationTime(List<UUID> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where id = any(?1) and published_at is not null")
                .setParameter(1, eventIds.toArray(UUID[]::new)).getSingleResult()).longValue());
    }

    /** The outbox rows of an aggregate. */
    public long countFor(UUID aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where aggregate_id = ?1")
                .setParameter(1, aggregateId).getSingleResult()).longValue());
    }

    public String parkReason(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select park_reason from outbox_event where id = ?1")
                .setParameter(1, eventId).getSingleResult());
    }

    /** Stands for what an operator does before a retry: makes the event publishable (here, smaller). */
    public void replacePayload(UUID eventId, String json) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update outbox_event set payload = cast(?2 as jsonb) where id = ?1")
                .setParameter(1, eventId).setParameter(2, json).executeUpdate());
    }

    /** Runs SQL in a transaction of its own, e.g. to create or drop a test trigger. */
    public void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).executeUpdate());
    }
}
