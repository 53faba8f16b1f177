package org.liaison.meetings.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.support.problem.ProblemException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting announced as the follow-up of another («وسيُعقد غداً الثلاثاء اجتماعاً موسّعاً»): the earlier one must
 * be recorded, and following the chain back from it must never come round to the meeting itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FollowUps {

    /** Chains longer than this are refused rather than walked: a series of follow-ups is short. */
    public static final int MAX_CHAIN = 100;

    private final EntityManager entityManager;

    public FollowUps(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @throws ProblemException 422 on {@code followUpOf} for an unknown meeting, a loop or an endless chain */
    public void requireValid(UUID meetingId, UUID followUpOf) {
        if (followUpOf == null) {
            return;
        }
        if (followUpOf.equals(meetingId)) {
            throw ProblemException.unprocessable("followUpOf", "a meeting cannot be the follow-up of itself");
        }
        Set<UUID> seen = new HashSet<>();
        UUID current = followUpOf;
        for (int hop = 0; hop < MAX_CHAIN && current != null; hop++) {
            List<?> rows = entityManager.createNativeQuery("select follow_up_of from meeting where id = ?1", UUID.class)
                    .setParameter(1, current).getResultList();
            if (rows.isEmpty()) {
                throw ProblemException.unprocessable("followUpOf", hop == 0 ? "no meeting " + followUpOf + " is recorded"
                        : "meeting " + followUpOf + " follows up a meeting that is not recorded");
            }
            if (current.equals(meetingId) || !seen.add(current)) {
                throw ProblemException.unprocessable("followUpOf", "meeting " + followUpOf
                        + " is itself a follow-up of this meeting: the chain would loop");
            }
            current = (UUID) rows.get(0);
        }
        if (current != null) {
            throw ProblemException.unprocessable("followUpOf", "the chain of follow-ups is longer than " + MAX_CHAIN);
        }
    }
}
