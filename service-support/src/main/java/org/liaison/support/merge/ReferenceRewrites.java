package org.liaison.support.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
 * The merge-rewrite journal ({@code organization_rewrite}, a table of each service that refers to organisations):
 * moves references from a merged organisation to the one it now resolves to, and back, keeping a row per merge each
 * reference passed. For a meeting organised by A, with A merged into B and B into C, that is (A → B) and (B → C):
 * undoing B's merge brings it back to B (A still resolves there), undoing A's brings it back to A. A reference is
 * restored only while it still holds what the merge left there (or where that organisation has been merged on to
 * since); one changed on purpose meanwhile has lost its rows ({@link #forget}) and stays as it is.
 * <p>
 * The moves and restores run a bounded batch at a time ({@link ReferenceMoves}), set-based: one statement per
 * column for the references, one per merge step for the journal.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferenceRewrites {

    private final EntityManager entityManager;
    private final OrganizationDirectory directory;

    public ReferenceRewrites(EntityManager entityManager, OrganizationDirectory directory) {
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

        public boolean merged() {
            return path.size() > 1;
        }
    }

    /** An aggregate whose references a move or a restore changed, and in which column. */
    public record Changed(ReferenceColumn column, UUID owner) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Resolution resolve(UUID organizationId) {
        return new Resolution(directory.mergePath(organizationId));
    }

    /**
     * Records that a reference held in the owner's own row, stored as the resolution's current organisation, was
     * given as a merged one, so that undoing that merge gives it back. Does nothing for an organisation not merged.
     */
    public void record(ReferenceColumn column, UUID owner, Resolution resolution) {
        record(column, owner, owner, 0, resolution);
    }

    /** The same, for the reference held in row {@code row} (at {@code position} of an array, from 1; else 0). */
    public void record(ReferenceColumn column, UUID owner, UUID row, int position, Resolution resolution) {
        if (resolution.merged()) {
            entityManager.flush(); // the rows must exist first
            recordPaths(column, new UUID[] {owner}, new UUID[] {row}, new Integer[] {position}, resolution.path());
        }
    }

    /** The owner's references in this column were set on purpose: no merge undone later moves them. */
    public void forget(ReferenceColumn column, UUID owner) {
        entityManager.createNativeQuery("delete from organization_rewrite where owner_id = ?1 and field = ?2")
                .setParameter(1, owner).setParameter(2, column.field()).executeUpdate();
    }

    /** The reference of one row in this column was set on purpose (one statement of a meeting, say): as above. */
    public void forgetRow(ReferenceColumn column, UUID row) {
        entityManager.createNativeQuery("delete from organization_rewrite where row_id = ?1 and field = ?2")
                .setParameter(1, row).setParameter(2, column.field()).executeUpdate();
    }

    /**
     * Moves up to {@code limit} rows' references to {@code loser} (in each column) to the organisation it resolves
     * to now.
     *
     * @return the aggregates changed; empty when nothing refers to {@code loser} any more, or it is not merged
     */
    public Set<Changed> moveSome(List<ReferenceColumn> columns, UUID loser, int limit) {
        Resolution resolution = resolve(loser);
        Set<Changed> changed = new LinkedHashSet<>();
        if (!resolution.merged()) {
            return changed; // not merged (any more): nothing to move to
        }
        for (ReferenceColumn column : columns) {
            List<Object[]> moved = column.array()
                    ? moveElements(column, loser, resolution.current(), limit)
                    : rows(entityManager.createNativeQuery(column.moveSome()).setParameter(1, loser)
                            .setParameter(2, resolution.current()).setParameter(3, limit));
            if (moved.isEmpty()) {
                continue;
            }
            recordPaths(column, moved.stream().map(row -> (UUID) row[0]).toArray(UUID[]::new),
                    moved.stream().map(row -> (UUID) row[1]).toArray(UUID[]::new),
                    moved.stream().map(row -> ((Number) row[2]).intValue()).toArray(Integer[]::new), resolution.path());
            moved.forEach(row -> changed.add(new Changed(column, (UUID) row[0])));
        }
        return changed;
    }

    private List<Object[]> moveElements(ReferenceColumn column, UUID loser, UUID winner, int limit) {
        List<Object[]> elements = rows(entityManager.createNativeQuery(column.selectSomeElements())
                .setParameter(1, loser).setParameter(2, limit));
        if (!elements.isEmpty()) {
            entityManager.createNativeQuery(column.replaceElements()).setParameter(1, loser).setParameter(2, winner)
                    .setParameter(3, elements.stream().map(row -> (UUID) row[1]).distinct().toArray(UUID[]::new))
                    .executeUpdate();
        }
        return elements;
    }

    /**
     * Gives back to {@code loser} up to {@code limit} references (in each column) its merge moved, and forgets them.
     * (When the loser went straight on to another winner, {@link #moveSome} then moves them again, recording the new
     * merge.)
     *
     * @return whether any were left to give back; the aggregates changed are added to {@code changed}
     */
    public boolean restoreSome(List<ReferenceColumn> columns, UUID loser, int limit, Set<Changed> changed) {
        boolean found = false;
        for (ReferenceColumn column : columns) {
            // The batch taken off the journal by one statement, its rows found again by their ctid (a TID scan,
            // whatever the statistics say). A delete joined to the rows given by their keys was planned, while the
            // journal had no statistics yet (just written by the merge), as a scan of the loser's whole journal for
            // each of them: an unmerge of 30,000 meetings took 3.8 s a batch, 24-28 s in all.
            List<Object[]> journal = rows(entityManager.createNativeQuery("""
                            delete from organization_rewrite where ctid = any(array(
                                select ctid from organization_rewrite where loser_id = ?1 and field = ?2
                                order by row_id, position limit ?3))
                            returning row_id, position, winner_id""")
                    .setParameter(1, loser).setParameter(2, column.field()).setParameter(3, limit));
            if (journal.isEmpty()) {
                continue;
            }
            found = true;
            Map<UUID, List<Object[]>> byWinner = journal.stream()
                    .collect(Collectors.groupingBy(row -> (UUID) row[2], TreeMap::new, Collectors.toList()));
            for (Map.Entry<UUID, List<Object[]>> entry : byWinner.entrySet()) {
                UUID winner = entry.getKey();
                UUID winnerNow = directory.resolve(winner);
                if (column.array()) {
                    // One row may hold several of these elements, and an update changes a row once: one each.
                    for (Object[] element : entry.getValue()) {
                        List<UUID> owners = rows(entityManager.createNativeQuery(column.restoreElement())
                                .setParameter(1, element[0]).setParameter(2, element[1]).setParameter(3, loser)
                                .setParameter(4, winner).setParameter(5, winnerNow));
                        owners.forEach(owner -> changed.add(new Changed(column, owner)));
                    }
                } else {
                    // The rows by their ids (primary keys), whatever the statistics say of a journal just written.
                    List<UUID> owners = rows(entityManager.createNativeQuery(column.restoreRows())
                            .setParameter(1, entry.getValue().stream().map(row -> (UUID) row[0]).toArray(UUID[]::new))
                            .setParameter(2, loser).setParameter(3, winner).setParameter(4, winnerNow));
                    owners.forEach(owner -> changed.add(new Changed(column, owner)));
                }
            }
        }
        return found;
    }

    /** One journal row per step of the path for each (owner, row, position), in one statement per step. */
    private void recordPaths(ReferenceColumn column, UUID[] owners, UUID[] rows, Integer[] positions, List<UUID> path) {
        for (int i = 0; i + 1 < path.size(); i++) {
            entityManager.createNativeQuery("""
                            insert into organization_rewrite (owner_id, field, row_id, position, loser_id, winner_id)
                            select o, ?2, r, p, ?5, ?6
                            from unnest(cast(?1 as uuid[]), cast(?3 as uuid[]), cast(?4 as int[])) as u(o, r, p)
                            on conflict (field, row_id, position, loser_id)
                            do update set winner_id = excluded.winner_id, owner_id = excluded.owner_id,
                                          rewritten_at = now()""")
                    .setParameter(1, owners).setParameter(2, column.field()).setParameter(3, rows)
                    .setParameter(4, positions).setParameter(5, path.get(i)).setParameter(6, path.get(i + 1))
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(Query query) {
        return query.getResultList();
    }
}
