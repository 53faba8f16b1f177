package org.liaison.recommendations.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Moves references from a merged organisation to the one it resolves to now, and back, keeping a row in
 * {@code organization_rewrite} per merge each reference passed (as meetings-service does): for A merged into B
 * and B into C that is (A → B) and (B → C), so undoing either merge restores exactly what it moved. A reference
 * is restored only while it still holds what the merge left there; one set on purpose meanwhile has lost its rows
 * ({@link #forget}) and stays.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OrganizationRewrites {

    /** A row whose reference a merge or an unmerge changed. */
    public record Changed(ReferenceColumn column, UUID rowId) {
    }

    private final EntityManager entityManager;
    private final OrganizationDirectory directory;

    public OrganizationRewrites(EntityManager entityManager, OrganizationDirectory directory) {
        this.entityManager = entityManager;
        this.directory = directory;
    }

    /** The organisation to store for {@code id} (its merge winner) and the merges passed on the way. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> path(UUID id) {
        return directory.mergePath(id);
    }

    /** Records that a reference stored as the end of {@code path} was given as its start; nothing if not merged. */
    public void record(ReferenceColumn column, UUID rowId, int position, List<UUID> path) {
        for (int i = 0; i + 1 < path.size(); i++) {
            entityManager.createNativeQuery("""
                            insert into organization_rewrite (field, row_id, position, loser_id, winner_id)
                            values (?1, ?2, ?3, ?4, ?5)
                            on conflict (field, row_id, position, loser_id)
                            do update set winner_id = excluded.winner_id, rewritten_at = now()""")
                    .setParameter(1, column.field()).setParameter(2, rowId).setParameter(3, position)
                    .setParameter(4, path.get(i)).setParameter(5, path.get(i + 1))
                    .executeUpdate();
        }
    }

    /** The reference was set on purpose: no merge undone later moves it. */
    public void forget(ReferenceColumn column, UUID rowId) {
        entityManager.createNativeQuery("delete from organization_rewrite where field = ?1 and row_id = ?2")
                .setParameter(1, column.field()).setParameter(2, rowId).executeUpdate();
    }

    /** Moves every reference to {@code loser} to the organisation it resolves to now. */
    public Set<Changed> moveAll(UUID loser) {
        List<UUID> path = directory.mergePath(loser);
        Set<Changed> changed = new LinkedHashSet<>();
        if (path.size() < 2) {
            return changed; // not merged (any more): nothing to move to
        }
        UUID winner = path.get(path.size() - 1);
        for (ReferenceColumn column : ReferenceColumns.ALL) {
            for (Object[] row : rows(column.selectReferring(), loser)) {
                UUID rowId = (UUID) row[0];
                int position = ((Number) row[1]).intValue();
                entityManager.createNativeQuery(column.setOne())
                        .setParameter(1, rowId).setParameter(2, position).setParameter(3, winner).executeUpdate();
                record(column, rowId, position, path);
                changed.add(new Changed(column, rowId));
            }
        }
        return changed;
    }

    /** Gives back to {@code loser} the references its merge moved, and forgets that merge. */
    public Set<Changed> restoreAll(UUID loser) {
        Set<Changed> changed = new LinkedHashSet<>();
        for (ReferenceColumn column : ReferenceColumns.ALL) {
            List<Object[]> rows = rows("""
                    select row_id, position, winner_id from organization_rewrite
                    where loser_id = ?1 and field = '%s' order by row_id, position for update""".formatted(column.field()),
                    loser);
            for (Object[] row : rows) {
                UUID winner = (UUID) row[2];
                int restored = entityManager.createNativeQuery(column.restoreOne())
                        .setParameter(1, row[0]).setParameter(2, ((Number) row[1]).intValue())
                        .setParameter(3, loser).setParameter(4, winner).setParameter(5, directory.resolve(winner))
                        .executeUpdate();
                if (restored > 0) {
                    changed.add(new Changed(column, (UUID) row[0]));
                }
            }
            entityManager.createNativeQuery("delete from organization_rewrite where loser_id = ?1 and field = ?2")
                    .setParameter(1, loser).setParameter(2, column.field()).executeUpdate();
        }
        return changed;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID organization) {
        return new ArrayList<>(entityManager.createNativeQuery(sql).setParameter(1, organization).getResultList());
    }
}
