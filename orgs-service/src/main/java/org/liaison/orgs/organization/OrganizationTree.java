package org.liaison.orgs.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.liaison.support.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** The parent chains of organisations: who is above whom, and which changes would make a loop. */
@ApplicationScoped
public class OrganizationTree {

    private final EntityManager entityManager;

    public OrganizationTree(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The organisation and every organisation above it, nearest first. */
    @SuppressWarnings("unchecked")
    public List<UUID> selfAndAncestors(UUID id) {
        return entityManager.createNativeQuery("""
                        with recursive up(id, parent_id, depth) as (
                            select id, parent_id, 0 from organization where id = ?1
                            union all
                            select o.id, o.parent_id, up.depth + 1 from organization o join up on o.id = up.parent_id
                            where up.depth < 100)
                        select id from up order by depth""")
                .setParameter(1, id).getResultList();
    }

    /** One organisation below another, with its distance from it. */
    public record Unit(UUID id, UUID parentId, int depth) {
    }

    /** Every organisation below {@code id}, level by level. */
    @SuppressWarnings("unchecked")
    public List<Unit> units(UUID id) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        with recursive down(id, parent_id, depth) as (
                            select id, parent_id, 1 from organization where parent_id = ?1
                            union all
                            select o.id, o.parent_id,
                                down.depth + 1 from organization o join down on o.parent_id = down.id
                            where down.depth < 100)
                        select id, parent_id, depth from down order by depth, id""")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Unit((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue())).toList();
    }

    /** Refuses a parent that does not exist, or that is the organisation itself or one of its units. */
    void requireParentFor(UUID child, UUID parent) {
        if (Organization.findById(parent) == null) {
            throw ProblemException.unprocessable("parentId", "no organisation " + parent + " is registered");
        }
        if (selfAndAncestors(parent).contains(child)) {
            throw ProblemException.unprocessable("parentId", "organisation " + parent
                    + " is this organisation or one of its units: the parent chain would loop");
        }
    }
}
