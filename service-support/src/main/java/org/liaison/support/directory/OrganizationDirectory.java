package org.liaison.support.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.OrganizationState;
import org.liaison.support.inbox.IdempotentConsumer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * How many levels of units {@link #withUnits} walks down at most (a loop, which orgs-service refuses, stops here).
     */
    public static final int MAX_UNIT_DEPTH = 16;

    private static final Logger LOG = Logger.getLogger(OrganizationDirectory.class);

    private final EntityManager entityManager;
    private final Instance<OrganizationMergeListener> listeners;
    private final Instance<OrganizationRenameListener> renameListeners;

    public OrganizationDirectory(EntityManager entityManager, Instance<OrganizationMergeListener> listeners,
                                 Instance<OrganizationRenameListener> renameListeners) {
        this.entityManager = entityManager;
        this.listeners = listeners;
        this.renameListeners = renameListeners;
    }

    /**
     * The effect of one event of {@code orgs.events}, for the consuming service's {@code @Incoming} method to run
     * through the {@link IdempotentConsumer}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(EventEnvelope event) {
        if (event.type().startsWith(AggregateTypes.ORGANIZATION + ".")) {
            apply(IdempotentConsumer.data(event, OrganizationState.class));
        }
    }

    /**
     * Records a state if it is newer than the row. When that changes {@code mergedInto}, the service's
     * {@link OrganizationMergeListener}s are told in this transaction: first {@code unmerged} from the former winner,
     * then {@code merged} into the new one (both, for a state moved straight from one winner to another).
     * The row is locked from the first read, so two deliveries cannot both see the same "before". When the names
     * change (or the row is new), the {@link OrganizationRenameListener}s are told first, in the same transaction.
     *
     * @return whether the state was newer than what the directory had
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(OrganizationState state) {
        @SuppressWarnings("unchecked")
        List<Object[]> before = entityManager.createNativeQuery(
                        "select name_ar, name_en, merged_into from directory_organization where id = ?1 for update")
                .setParameter(1, state.id()).getResultList();
        UUID formerWinner = before.isEmpty() ? null : (UUID) before.get(0)[2];
        boolean renamed = before.isEmpty() || !Objects.equals(before.get(0)[0], state.nameAr())
                || !Objects.equals(before.get(0)[1], state.nameEn());
        boolean newer = entityManager.createNativeQuery("""
                        insert into directory_organization (id, version, kind, name_ar, name_en, merged_into, parent_id,
                            updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, now())
                        on conflict (id) do update set version = excluded.version, kind = excluded.kind,
                            name_ar = excluded.name_ar, name_en = excluded.name_en,
                            merged_into = excluded.merged_into, parent_id = excluded.parent_id, updated_at = now()
                        where directory_organization.version < excluded.version""")
                .setParameter(1, state.id())
                .setParameter(2, state.version())
                .setParameter(3, state.kind())
                .setParameter(4, state.nameAr())
                .setParameter(5, state.nameEn())
                .setParameter(6, state.mergedInto())
                .setParameter(7, state.parentId())
                .executeUpdate() > 0;
        if (newer) {
            announce(state.id(), renamed, formerWinner, state.mergedInto());
        }
        return newer;
    }

    /**
     * Tells the listeners what changed about an organisation's row: its names first (if {@code renamed}), then its
     * merge, when {@code winner} differs from {@code formerWinner}.
     */
    void announce(UUID id, boolean renamed, UUID formerWinner, UUID winner) {
        if (renamed) {
            renameListeners.forEach(listener -> listener.renamed(id));
        }
        announceMerge(id, formerWinner, winner);
    }

    /** {@link OrganizationRenameListener#renamed(Collection)} for organisations renamed together. */
    void announceRenamed(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            renameListeners.forEach(listener -> listener.renamed(ids));
        }
    }

    void announceMerge(UUID id, UUID formerWinner, UUID winner) {
        if (Objects.equals(formerWinner, winner)) {
            return;
        }
        if (formerWinner != null) {
            LOG.infof("Organisation %s is no longer merged into %s", id, formerWinner);
            listeners.forEach(listener -> listener.unmerged(id, formerWinner));
        }
        if (winner != null) {
            LOG.infof("Organisation %s was merged into %s", id, winner);
            listeners.forEach(listener -> listener.merged(id, winner));
        }
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

    /** The states of those of these organisations that were received, by id, in one query (a page's worth). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, OrganizationState> findAll(Collection<UUID> ids) {
        Map<UUID, OrganizationState> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, version, kind, name_ar, name_en, merged_into
                        from directory_organization where id = any(?1)""")
                .setParameter(1, ids.stream().distinct().toArray(UUID[]::new)).getResultList();
        rows.forEach(row -> found.put((UUID) row[0], toState(row)));
        return found;
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

    /**
     * {@code id} and every organisation below it ({@code parentId}, as the directory last received it), each once,
     * {@code id} first; at most {@link #MAX_UNIT_DEPTH} levels down. An organisation not known here gives just itself.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> withUnits(UUID id) {
        @SuppressWarnings("unchecked")
        List<UUID> rows = entityManager.createNativeQuery("""
                        with recursive tree (id, depth) as (
                            select cast(?1 as uuid), 0
                            union
                            select o.id, t.depth + 1 from directory_organization o join tree t on o.parent_id = t.id
                            where t.depth < ?2)
                        select id from tree group by id order by min(depth), id""", UUID.class)
                .setParameter(1, Objects.requireNonNull(id, "id")).setParameter(2, MAX_UNIT_DEPTH).getResultList();
        return rows;
    }

    /**
     * The organisations given and every one merged into them, directly or through others, the given first and in
     * their order: a merge's references move after its event is applied (in batches), so until they have, rows that
     * name a loser belong to its winner's lists too.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> withMergedIn(List<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<UUID> rows = entityManager.createNativeQuery("""
                        with recursive merged (id, depth, position) as (
                            select g.id, 0, g.position
                            from unnest(cast(?1 as uuid[])) with ordinality as g(id, position)
                            union
                            select o.id, m.depth + 1, m.position
                            from directory_organization o join merged m on o.merged_into = m.id
                            where m.depth < ?2)
                        select id from merged group by id order by min(depth), min(position), id""", UUID.class)
                .setParameter(1, ids.toArray(UUID[]::new)).setParameter(2, MAX_MERGE_HOPS).getResultList();
        return rows;
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
