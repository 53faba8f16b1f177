package org.liaison.meetings.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.liaison.meetings.search.Visibility;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting announced as the follow-up of another («وسيُعقد غداً الثلاثاء اجتماعاً موسّعاً»): the earlier one must
 * be recorded, and following the chain back from it must never come round to the meeting itself.
 * <p>
 * The chain is followed only as far as the caller may see it: what a restricted meeting follows up is one of its
 * hidden details, so at a meeting whose details the caller may not see the walk ends, and the answer (and its
 * wording) depends on nothing beyond. A loop through such a meeting is therefore refused to those who see it (its
 * parties, admins) and not to others; a loop already in the chain, not through this meeting, ends the walk too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FollowUps {

    /** Chains longer than this are refused rather than walked: a series of follow-ups is short. */
    public static final int MAX_CHAIN = 100;

    private final EntityManager entityManager;
    private final CurrentActor actor;

    public FollowUps(EntityManager entityManager, CurrentActor actor) {
        this.entityManager = entityManager;
        this.actor = actor;
    }

    /** @throws ProblemException 422 on {@code followUpOf} for an unknown meeting, a loop or an endless chain */
    public void requireValid(UUID meetingId, UUID followUpOf) {
        if (followUpOf == null) {
            return;
        }
        if (followUpOf.equals(meetingId)) {
            throw ProblemException.unprocessable("followUpOf", "a meeting cannot be the follow-up of itself");
        }
        Visibility visibility = new Visibility(actor.isAdmin(), actor.office().orElse(null));
        Set<UUID> seen = new HashSet<>();
        UUID current = followUpOf;
        for (int hop = 0; hop < MAX_CHAIN && current != null; hop++) {
            Query query = entityManager.createNativeQuery(
                    "select m.follow_up_of, (" + visibility.sql() + ") from meeting m where m.id = ?");
            Object[] values = visibility.values();
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 1, values[i]);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.setParameter(values.length + 1, current).getResultList();
            if (rows.isEmpty()) {
                throw ProblemException.unprocessable("followUpOf",
                        hop == 0 ? "no meeting " + followUpOf + " is recorded"
                        : "meeting " + followUpOf + " follows up a meeting that is not recorded");
            }
            if (current.equals(meetingId)) {
                throw ProblemException.unprocessable("followUpOf", "meeting " + followUpOf
                        + " is itself a follow-up of this meeting: the chain would loop");
            }
            if (!seen.add(current) || !Boolean.TRUE.equals(rows.get(0)[1])) {
                return; // a loop this meeting is not part of, or a meeting whose follow-up is not the caller's to see
            }
            current = (UUID) rows.get(0)[0];
        }
        if (current != null) {
            throw ProblemException.unprocessable("followUpOf", "the chain of follow-ups is longer than " + MAX_CHAIN);
        }
    }
}
