package org.liaison.meetings.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Moves references from a merged organisation to the one it now resolves to, and back, keeping a row in
 * {@code organization_rewrite} per merge each reference passed. For a meeting organised by A, with A merged into
 * B and B into C, that is (A → B) and (B → C): undoing B's merge brings it back to B (A still resolves there),
 * undoing A's brings it back to A. A reference is restored only while it still holds what the merge left there
 * (or where that organisation has been merged on to since); one changed on purpose meanwhile has lost its rows
 * ({@link #forget}) and stays as it is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OrganizationRewrites {

    private final EntityManager entityManager;
    private final OrganizationDirectory directory;

    public OrganizationRewrites(EntityManager entityManager, OrganizationDirectory directory) {
        this.entityManager = entityManager;
        this.directory = directory;
    }

    /** An organisation id as given, and its chain of merges as the directory knows it now. */
    public record Resolution(List<UUID> path) {
        public UUID requested() {
            return path.get(0);
        }

        /** The organisation to store. */
        public UUID current() {
            return path.get(path.size() - 1);
        }

        boolean merged() {
            return path.size() > 1;
        }
    }

    public Resolution resolve(UUID organizationId) {
        return new Resolution(directory.mergePath(organizationId));
    }

    /**
     * Records that a meeting's reference, stored as {@link Resolution#current()}, was given as a merged
     * organisation, so that undoing that merge gives it back. Does nothing for an organisation not merged.
     */
    public void record(UUID meetingId, ReferenceColumn column, Resolution resolution) {
        record(meetingId, meetingId, column, resolution);
    }

    /** The same, for the reference held in row {@code rowId} of the column's table. */
    public void record(UUID meetingId, UUID rowId, ReferenceColumn column, Resolution resolution) {
        if (resolution.merged()) {
            entityManager.flush(); // the rows must exist first
            recordPath(meetingId, rowId, column, resolution.path());
        }
    }

    /** The reference was set on purpose: no merge undone later moves it. */
    public void forget(UUID meetingId, ReferenceColumn column) {
        entityManager.createNativeQuery("delete from organization_rewrite where meeting_id = ?1 and field = ?2")
                .setParameter(1, meetingId).setParameter(2, column.field()).executeUpdate();
    }

    /**
     * Moves up to {@code limit} references to {@code loser} (in each column) to the organisation it resolves to now.
     *
     * @return the meetings changed; empty when nothing refers to {@code loser} any more, or it is not merged
     */
    public Set<UUID> moveSome(UUID loser, int limit) {
        Resolution resolution = resolve(loser);
        Set<UUID> changed = new LinkedHashSet<>();
        if (!resolution.merged()) {
            return changed; // not merged (any more): nothing to move to
        }
        for (ReferenceColumn column : ReferenceColumns.ALL) {
            // One pass: the update says which rows it moved (locked until the rewrite commits).
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(column.moveSome())
                    .setParameter(1, loser).setParameter(2, resolution.current()).setParameter(3, limit)
                    .getResultList();
            if (rows.isEmpty()) {
                continue;
            }
            recordPaths(rows.stream().map(row -> (UUID) row[0]).toArray(UUID[]::new),
                    rows.stream().map(row -> (UUID) row[1]).toArray(UUID[]::new), column, resolution.path());
            rows.forEach(row -> changed.add((UUID) row[0]));
        }
        return changed;
    }

    /**
     * Gives back to {@code loser} up to {@code limit} references (in each column) its merge moved, and forgets them.
     * (When the loser went straight on to another winner, {@link #moveSome} then moves them again, recording the new
     * merge.)
     *
     * @return whether any were left to give back; the meetings changed are added to {@code changed}
     */
    public boolean restoreSome(UUID loser, int limit, Set<UUID> changed) {
        boolean found = false;
        for (ReferenceColumn column : ReferenceColumns.ALL) {
            @SuppressWarnings("unchecked")
            List<Object[]> journal = entityManager.createNativeQuery("""
                            select row_id, winner_id from organization_rewrite where loser_id = ?1 and field = ?2
                            order by row_id limit ?3""")
                    .setParameter(1, loser).setParameter(2, column.field()).setParameter(3, limit).getResultList();
            if (journal.isEmpty()) {
                continue;
            }
            found = true;
            Map<UUID, List<UUID>> rowsByWinner = journal.stream().collect(Collectors.groupingBy(
                    row -> (UUID) row[1], TreeMap::new, Collectors.mapping(row -> (UUID) row[0], Collectors.toList())));
            for (Map.Entry<UUID, List<UUID>> byWinner : rowsByWinner.entrySet()) {
                // The rows by their ids (primary keys), whatever the statistics say of a journal just written.
                @SuppressWarnings("unchecked")
                List<UUID> meetings = entityManager.createNativeQuery(column.restoreAll())
                        .setParameter(1, byWinner.getValue().toArray(UUID[]::new)).setParameter(2, loser)
                        .setParameter(3, byWinner.getKey()).setParameter(4, directory.resolve(byWinner.getKey()))
                        .getResultList();
                changed.addAll(meetings);
            }
            entityManager.createNativeQuery(
                            "delete from organization_rewrite where loser_id = ?1 and field = ?2 and row_id = any(?3)")
                    .setParameter(1, loser).setParameter(2, column.field())
                    .setParameter(3, journal.stream().map(row -> (UUID) row[0]).toArray(UUID[]::new)).executeUpdate();
        }
        return found;
    }

    private void recordPath(UUID meetingId, UUID rowId, ReferenceColumn column, List<UUID> path) {
        recordPaths(new UUID[] {meetingId}, new UUID[] {rowId}, column, path);
    }

    /** One journal row per step of the path for each (meeting, row), in one statement per step. */
    private void recordPaths(UUID[] meetingIds, UUID[] rowIds, ReferenceColumn column, List<UUID> path) {
        for (int i = 0; i + 1 < path.size(); i++) {
            entityManager.createNativeQuery("""
                            insert into organization_rewrite (meeting_id, field, row_id, loser_id, winner_id)
                            select m, ?2, r, ?4, ?5 from unnest(cast(?1 as uuid[]), cast(?3 as uuid[])) as u(m, r)
                            on conflict (meeting_id, field, row_id, loser_id)
                            do update set winner_id = excluded.winner_id, rewritten_at = now()""")
                    .setParameter(1, meetingIds).setParameter(2, column.field()).setParameter(3, rowIds)
                    .setParameter(4, path.get(i)).setParameter(5, path.get(i + 1))
                    .executeUpdate();
        }
    }
}
