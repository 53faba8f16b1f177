package org.liaison.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateState;
import org.liaison.contracts.EventJson;
import org.liaison.support.security.CurrentActor;
import org.liaison.support.tracing.EventTracing;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Records an event in the outbox table, inside the caller's transaction: the event exists if and only
 * if the change that caused it commits. The {@link OutboxRelay} publishes it afterwards. Each row keeps the trace
 * context of the transaction that wrote it ({@link EventTracing#current}), which the relay's publish span continues.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final Instance<CurrentActor> actor;
    private final EventTracing tracing;

    public Outbox(EntityManager entityManager, Instance<CurrentActor> actor, EventTracing tracing) {
        this.entityManager = entityManager;
        this.actor = actor;
        this.tracing = tracing;
    }

    /**
     * Appends an event carrying the aggregate's full current state.
     *
     * @param state read after pending changes are flushed, so that it carries the version the
     *              aggregate reaches in this transaction
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String eventType, String aggregateType, Supplier<? extends AggregateState> state) {
        entityManager.flush();
        AggregateState current = state.get();
        UUID eventId = UUID.randomUUID();
        EventTracing.StoredContext trace = tracing.current();
        entityManager.createNativeQuery("""
                        insert into outbox_event (id, aggregate_type, aggregate_id, aggregate_version, event_type,
                            payload,
                                                  occurred_at, actor_office, actor_subject, actor_role,
                                                  trace_parent, trace_state)
                        values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), now(), ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, eventId)
                .setParameter(2, aggregateType)
                .setParameter(3, current.id())
                .setParameter(4, current.version())
                .setParameter(5, eventType)
                .setParameter(6, toJson(current))
                .setParameter(7, actingOffice())
                .setParameter(8, actingSubject())
                .setParameter(9, actingRole())
                .setParameter(10, trace.traceParent())
                .setParameter(11, trace.traceState())
                .executeUpdate();
        return eventId;
    }

    /**
     * Appends one event of the same type for each of many aggregates, in one statement: the states are read after
     * one flush. For a batch of a background job, where {@link #append} per aggregate would flush once each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(String eventType, String aggregateType, List<Supplier<? extends AggregateState>> states) {
        if (states.isEmpty()) {
            return;
        }
        entityManager.flush();
        int n = states.size();
        UUID[] eventIds = new UUID[n];
        UUID[] aggregateIds = new UUID[n];
        Long[] versions = new Long[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            AggregateState current = states.get(i).get();
            eventIds[i] = UUID.randomUUID();
            aggregateIds[i] = current.id();
            versions[i] = current.version();
            payloads[i] = toJson(current);
        }
        EventTracing.StoredContext trace = tracing.current();
        entityManager.createNativeQuery("""
                        insert into outbox_event (id, aggregate_type, aggregate_id, aggregate_version, event_type,
                            payload,
                                                  occurred_at, actor_office, actor_subject, actor_role,
                                                  trace_parent, trace_state)
                        select e.id, ?2, e.aggregate_id, e.version, ?5, cast(e.payload as jsonb), now(), ?7, ?8, ?9,
                               cast(?10 as text), cast(?11 as text)
                        from unnest(cast(?1 as uuid[]), cast(?3 as uuid[]), cast(?4 as bigint[]), cast(?6 as text[]))
                             with ordinality as e(id, aggregate_id, version, payload, position)
                        order by e.position""")
                .setParameter(1, eventIds).setParameter(2, aggregateType).setParameter(3, aggregateIds)
                .setParameter(4, versions).setParameter(5, eventType).setParameter(6, payloads)
                .setParameter(7, actingOffice()).setParameter(8, actingSubject()).setParameter(9, actingRole())
                .setParameter(10, trace.traceParent()).setParameter(11, trace.traceState())
                .executeUpdate();
    }

    /** Null when no request is active, e.g. a change made while consuming another service's event. */
    private UUID actingOffice() {
        return requestActive() ? actor.get().office().orElse(null) : null;
    }

    private String actingSubject() {
        return requestActive() ? actor.get().subject().orElse(null) : null;
    }

    private String actingRole() {
        return requestActive() ? actor.get().role().orElse(null) : null;
    }

    private static boolean requestActive() {
        return Arc.container().requestContext().isActive();
    }

    private static String toJson(AggregateState state) {
        try {
            return EventJson.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event state cannot be written as JSON: " + state.getClass(), e);
        }
    }
}
