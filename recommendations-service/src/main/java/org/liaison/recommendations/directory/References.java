package org.liaison.recommendations.directory;

import jakarta.enterprise.context.ApplicationScoped;
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

    private static final long POLL_MILLIS = 100;

    private final OrganizationDirectory organizations;
    private final MeetingDirectory meetings;
    private final RecommendationsConfig config;

    public References(OrganizationDirectory organizations, MeetingDirectory meetings, RecommendationsConfig config) {
        this.organizations = organizations;
        this.meetings = meetings;
        this.config = config;
    }

    /**
     * Outside any transaction (each look-up must see what committed since): waits until every id is in its
     * directory, or {@code liaison.recommendations.directory-wait} has passed. Never fails; the checks do.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void awaitKnown(Collection<UUID> organizationIds, Collection<UUID> meetingIds) {
        long deadline = System.nanoTime() + config.directoryWait().toNanos();
        while (!allKnown(organizationIds, meetingIds) && System.nanoTime() < deadline) {
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

    private boolean allKnown(Collection<UUID> organizationIds, Collection<UUID> meetingIds) {
        return organizationIds.stream().filter(Objects::nonNull).allMatch(id -> organizations.find(id).isPresent())
                && meetingIds.stream().filter(Objects::nonNull).allMatch(id -> meetings.find(id).isPresent());
    }
}
