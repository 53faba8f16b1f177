package org.liaison.support.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.support.inbox.IdempotentConsumer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local copy of orgs-service's organisations that meetings-service and recommendations-service keep
 * from {@code orgs.events} (migration location {@code db/organization-directory}). Each event carries the
 * full state, so applying one is an upsert that only a newer version wins: redelivered, reordered or
 * skipped events leave the newest state.
 */
@ApplicationScoped
public class OrganizationDirectory {

    private final EntityManager entityManager;
    private final IdempotentConsumer consumer;

    public OrganizationDirectory(EntityManager entityManager, IdempotentConsumer consumer) {
        this.entityManager = entityManager;
        this.consumer = consumer;
    }

    /**
     * Applies one record of {@code orgs.events}, once, for the consuming service's {@code @Incoming} method.
     *
     * @param consumerName the inbox name of this projection, e.g. {@code meetings.organization-directory}
     */
    public void onEvent(String consumerName, ConsumerRecord<String, String> record) {
        consumer.consume(consumerName, record, event -> {
            if (event.type().startsWith(AggregateTypes.ORGANIZATION + ".")) {
                apply(IdempotentConsumer.data(event, OrganizationState.class));
            }
        });
    }

    /** @return whether the state was newer than what the directory had */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(OrganizationState state) {
        return entityManager.createNativeQuery("""
                        insert into directory_organization (id, version, kind, name_ar, name_en, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, now())
                        on conflict (id) do update set version = excluded.version, kind = excluded.kind,
                            name_ar = excluded.name_ar, name_en = excluded.name_en, updated_at = now()
                        where directory_organization.version < excluded.version""")
                .setParameter(1, state.id())
                .setParameter(2, state.version())
                .setParameter(3, state.kind())
                .setParameter(4, state.nameAr())
                .setParameter(5, state.nameEn())
                .executeUpdate() > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizationState> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select id, version, kind, name_ar, name_en from directory_organization where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(OrganizationDirectory::toState);
    }

    private static OrganizationState toState(Object[] row) {
        return new OrganizationState((UUID) row[0], ((Number) row[1]).longValue(), (String) row[2],
                (String) row[3], (String) row[4]);
    }
}
