package org.liaison.recommendations.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.recommendations.common.RecommendationsConfig;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.problem.ProblemException;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Checks the organisations and meetings a request names against the local directories. These are fed by events,
 * so one registered a moment earlier (the sample-data loader posts a set right after its meeting) may not have
 * arrived: {@link #awaitKnown} gives them a short while, before the transaction that then checks strictly.
 */
@ApplicationScoped
public class References {

    /**
     * At most this many distinct ids are waited for; a request naming more that the directories lack is answered by
     * the strict check at once (a set of 100 recommendations with their offices names far fewer distinct ones).
     */
    public static final int MAX_AWAITED = 100;

    private static final long POLL_MILLIS = 100;

    private final OrganizationDirectory organizations;
    private final MeetingDirectory meetings;
    private final RecommendationsConfig config;
    private final EntityManager entityManager;

    public References(OrganizationDirectory organizations, MeetingDirectory meetings, RecommendationsConfig config,
                      EntityManager entityManager) {
        this.organizations = organizations;
        this.meetings = meetings;
        this.config = config;
        this.entityManager = entityManager;
    }

    /**
     * Outside any transaction (each look-up must see what committed since): waits until every id is in its
     * directory, or {@code liaison.recommendations.directory-wait} has passed. One query a round; no wait at all
     * for more than {@link #MAX_AWAITED} ids. Never fails; the checks do. Call it only once the caller is known to be
     * allowed to make the change (the resources check that first), so that nobody holds a worker with random ids.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void awaitKnown(Collection<UUID> organizationIds, Collection<UUID> meetingIds) {
        UUID[] orgs = organizationIds.stream().filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        UUID[] meets = meetingIds.stream().filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        if (orgs.length + meets.length == 0 || orgs.length + meets.length > MAX_AWAITED) {
            return;
        }
        long deadline = System.nanoTime() + config.directoryWait().toNanos();
        while (known(orgs, meets) < orgs.length + meets.length && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** @throws ProblemException 422 naming {@code field} when the directory has no such organisation */
    public void requireOrganization(String field, UUID id) {
        if (id != null && organizations.find(id).isEmpty()) {
            throw ProblemException.unprocessable(field, "no organisation " + id + " is known to this service");
        }
    }

    /**
     * An organisation reference to store: {@code id}, the organisation it was merged into, and so on; the last is
     * the one to store, the others are recorded so that undoing a merge gives the reference back.
     *
     * @throws ProblemException 422 naming {@code field} when the directory has no such organisation
     */
    public List<UUID> organizationPath(String field, UUID id) {
        requireOrganization(field, id);
        return organizations.mergePath(id);
    }

    /** @throws ProblemException 422 naming {@code field} when the directory has no such meeting */
    public void requireMeeting(String field, UUID id) {
        if (id != null && meetings.find(id).isEmpty()) {
            throw ProblemException.unprocessable(field, "no meeting " + id + " is known to this service");
        }
    }

    /** How many of the ids the directories have, in one query. */
    private int known(UUID[] organizationIds, UUID[] meetingIds) {
        Object count = entityManager.createNativeQuery("""
                        select (select count(*) from directory_organization where id = any(?1))
                             + (select count(*) from directory_meeting where id = any(?2))""")
                .setParameter(1, organizationIds).setParameter(2, meetingIds).getSingleResult();
        return ((Number) count).intValue();
    }
}
