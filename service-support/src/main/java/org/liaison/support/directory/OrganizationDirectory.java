package org.liaison.support.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.support.inbox.IdempotentConsumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The local copy of orgs-service's organisations that meetings-service and recommendations-service keep
 * from {@code orgs.events} (migration location {@code db/organization-directory}). Each event carries the
 * full state, so applying one is an upsert that only a newer version wins: redelivered, reordered or
 * skipped events leave the newest state.
 * <p>
 * A merged organisation keeps its row with {@code mergedInto} set; {@link #resolve} gives the organisation to
 * refer to now, and the service's {@link OrganizationMergeListener} rewrites what it stored, in the same
 * transaction.
 */
@ApplicationScoped
public class OrganizationDirectory {

    /** How many merges {@link #resolve} follows at most: a chain A → B → C is rare, a longer one a data error. */
    public static final int MAX_MERGE_HOPS = 16;

    private static final Logger LOG = Logger.getLogger(OrganizationDirectory.class);

    private final EntityManager entityManager;
    private final IdempotentConsumer consumer;
    private final Instance<OrganizationMergeListener> listeners;

    public OrganizationDirectory(EntityManager entityManager, IdempotentConsumer consumer,
                                 Instance<OrganizationMergeListener> listeners) {
        this.entityManager = entityManager;
        this.consumer = consumer;
        this.listeners = listeners;
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

    /**
     * Records a state if it is newer than the row. When that changes {@code mergedInto}, the service's
     * {@link OrganizationMergeListener}s are told in this transaction: first {@code unmerged} from the former winner,
     * then {@code merged} into the new one (both, for a state moved straight from one winner to another).
     * The row is locked from the first read, so two deliveries cannot both see the same "before".
     *
     * @return whether the state was newer than what the directory had
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(OrganizationState state) {
        UUID formerWinner = mergedInto(state.id(), "for update");
        boolean newer = entityManager.createNativeQuery("""
                        insert into directory_organization (id, version, kind, name_ar, name_en, merged_into, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, now())
                        on conflict (id) do update set version = excluded.version, kind = excluded.kind,
                            name_ar = excluded.name_ar, name_en = excluded.name_en,
                            merged_into = excluded.merged_into, updated_at = now()
                        where directory_organization.version < excluded.version""")
                .setParameter(1, state.id())
                .setParameter(2, state.version())
                .setParameter(3, state.kind())
                .setParameter(4, state.nameAr())
                .setParameter(5, state.nameEn())
                .setParameter(6, state.mergedInto())
                .executeUpdate() > 0;
        if (newer && !Objects.equals(formerWinner, state.mergedInto())) {
            if (formerWinner != null) {
                LOG.infof("Organisation %s is no longer merged into %s", state.id(), formerWinner);
                listeners.forEach(listener -> listener.unmerged(state.id(), formerWinner));
            }
            if (state.mergedInto() != null) {
                LOG.infof("Organisation %s was merged into %s", state.id(), state.mergedInto());
                listeners.forEach(listener -> listener.merged(state.id(), state.mergedInto()));
            }
        }
        return newer;
    }

    /** The state as last received, {@code mergedInto} included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizationState> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, version, kind, name_ar, name_en, merged_into
                        from directory_organization where id = ?1""")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(OrganizationDirectory::toState);
    }

    /**
     * The organisation to refer to now instead of {@code id}: the end of its chain of merges, or {@code id}
     * itself when it is not merged or not known here.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID resolve(UUID id) {
        List<UUID> path = mergePath(id);
        return path.get(path.size() - 1);
    }

    /**
     * {@code id}, the organisation it was merged into, that one's winner, and so on to one that is not merged:
     * at most {@link #MAX_MERGE_HOPS} merges, and never an organisation twice (a loop, which orgs-service should
     * never send, ends the path before it repeats). Inside a transaction the rows read are locked
     * {@code FOR SHARE}, so a merge being applied at the same time either waits for the caller to commit (and then
     * rewrites what the caller stored) or is seen by it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> mergePath(UUID id) {
        List<UUID> path = new ArrayList<>();
        path.add(Objects.requireNonNull(id, "id"));
        for (int hop = 0; hop < MAX_MERGE_HOPS; hop++) {
            UUID next = mergedInto(path.get(path.size() - 1), "for share");
            if (next == null) {
                return path;
            }
            if (path.contains(next)) {
                LOG.warnf("Organisations %s and %s are merged into each other; using %s", path, next,
                        path.get(path.size() - 1));
                return path;
            }
            path.add(next);
        }
        LOG.warnf("Organisation %s is merged through more than %d others; using %s", id, MAX_MERGE_HOPS,
                path.get(path.size() - 1));
        return path;
    }

    private UUID mergedInto(UUID id, String lock) {
        List<?> rows = entityManager.createNativeQuery(
                        "select merged_into from directory_organization where id = ?1 " + lock, UUID.class)
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : (UUID) rows.get(0);
    }

    private static OrganizationState toState(Object[] row) {
        long version = ((Number) row[1]).longValue();
        return new OrganizationState((UUID) row[0], version, (String) row[2], (String) row[3], (String) row[4])
                .withMergedInto((UUID) row[5], version);
    }
}
