package org.liaison.meetings.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.RecommendationSetState;
import org.liaison.contracts.RecommendationState;
import org.liaison.support.inbox.IdempotentConsumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The local copy of what this service needs of recommendations-service's recommendations, kept from
 * {@code recommendations.events}: for each recommendation the offices that report on it (its set's issuing
 * organisation, its lead office, its supporting organisations), so that a meeting's {@code advances} can be checked
 * when it is written. Newest version wins, per set and per recommendation.
 */
@ApplicationScoped
public class RecommendationDirectory {

    private static final long POLL_MILLIS = 100;

    private final EntityManager entityManager;
    private final Duration wait;

    public RecommendationDirectory(EntityManager entityManager,
                                   @ConfigProperty(name = "liaison.meetings.directory-wait",
                                           defaultValue = "5s") Duration wait) {
        this.entityManager = entityManager;
        this.wait = wait;
    }

    /** The effect of one event of {@code recommendations.events}, run through the {@link IdempotentConsumer}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(EventEnvelope event) {
        if (event.type().startsWith(AggregateTypes.RECOMMENDATION_SET + ".")) {
            apply(IdempotentConsumer.data(event, RecommendationSetState.class));
        } else if (event.type().startsWith(AggregateTypes.RECOMMENDATION + ".")) {
            apply(IdempotentConsumer.data(event, RecommendationState.class));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RecommendationSetState set) {
        entityManager.createNativeQuery("""
                        insert into directory_recommendation_set (id, version, issuing_organization_id, updated_at)
                        values (?1, ?2, ?3, now())
                        on conflict (id) do update set version = excluded.version,
                            issuing_organization_id = excluded.issuing_organization_id, updated_at = now()
                        where directory_recommendation_set.version < excluded.version""")
                .setParameter(1, set.id()).setParameter(2, set.version()).setParameter(3, set.issuingOrganizationId())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RecommendationState r) {
        entityManager.createNativeQuery("""
                        insert into directory_recommendation (id, version, set_id, lead_office_id,
                                                              supporting_organization_ids, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, now())
                        on conflict (id) do update set version = excluded.version, set_id = excluded.set_id,
                            lead_office_id = excluded.lead_office_id,
                            supporting_organization_ids = excluded.supporting_organization_ids, updated_at = now()
                        where directory_recommendation.version < excluded.version""")
                .setParameter(1, r.id()).setParameter(2, r.version()).setParameter(3, r.setId())
                .setParameter(4, r.leadOfficeId())
                .setParameter(5, r.supportingOrganizationIds().toArray(UUID[]::new))
                .executeUpdate();
    }

    /**
     * The offices that report on each of {@code ids} this service knows (its set included), as stored by
     * recommendations-service; ids not known are absent from the answer. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<UUID>> owners(Collection<UUID> ids) {
        Map<UUID, List<UUID>> owners = new HashMap<>();
        if (ids.isEmpty()) {
            return owners;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select r.id, s.issuing_organization_id, r.lead_office_id, r.supporting_organization_ids
                        from directory_recommendation r join directory_recommendation_set s on s.id = r.set_id
                        where r.id = any(?1)""")
                .setParameter(1, ids.stream().distinct().toArray(UUID[]::new)).getResultList();
        for (Object[] row : rows) {
            List<UUID> offices = new ArrayList<>();
            offices.add((UUID) row[1]);
            offices.add((UUID) row[2]);
            offices.addAll(List.of((UUID[]) row[3]));
            owners.put((UUID) row[0], offices.stream().filter(Objects::nonNull).distinct().toList());
        }
        return owners;
    }

    /**
     * Outside any transaction (each look-up must see what committed since): waits until every id is known, or
     * {@code liaison.meetings.directory-wait} has passed, for a recommendation added a moment ago whose events may
     * still be on their way. One query a round; never fails (the check that follows does). Call it only after the
     * caller is known to be allowed to make the change.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void awaitKnown(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (owners(ids).size() < ids.stream().distinct().count() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
