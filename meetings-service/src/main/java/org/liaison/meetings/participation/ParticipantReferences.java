package org.liaison.meetings.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.meetings.directory.OrganizationLookup;
import org.liaison.meetings.merge.ReferenceColumns;
import org.liaison.meetings.model.Meeting;
import org.liaison.meetings.model.ParticipantEntry;
import org.liaison.meetings.model.Participation;
import org.liaison.support.merge.ReferenceRewrites;
import org.liaison.support.merge.ReferenceRewrites.Resolution;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Checks the organisations a meeting names against the directory (asking orgs-service for one it has not
 * received yet) and gives the organisation to store for each: the end of its chain of merges. A dissolved
 * organisation is still a valid reference (a meeting took place while it existed). Person ids are taken as
 * given: meetings-service keeps no people directory yet.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ParticipantReferences {

    private final OrganizationLookup organizations;
    private final ReferenceRewrites rewrites;

    public ParticipantReferences(OrganizationLookup organizations, ReferenceRewrites rewrites) {
        this.organizations = organizations;
        this.rewrites = rewrites;
    }

    /** Participants as given, resolved: the entries to store and, per entry, how each organisation was resolved. */
    public record Resolved(List<ParticipantEntry> entries, List<Resolution> organizations,
            List<Resolution> onBehalfOf) {
    }

    /** @throws ProblemException 422 naming the field ({@code organizerId}) when no such organisation is registered */
    public Resolution require(String field, UUID organizationId) {
        if (organizations.find(organizationId).isEmpty()) {
            throw ProblemException.unprocessable(field, "no organisation " + organizationId + " is registered");
        }
        return rewrites.resolve(organizationId);
    }

    /**
     * Records, for each participation row given as a merged organisation, the merges its reference passed, so
     * that undoing one gives the row back. Call after the meeting's event, once its rows exist.
     */
    public void recordRewrites(Meeting meeting, Resolved resolved) {
        List<Participation> rows = meeting.participants();
        for (int i = 0; i < rows.size(); i++) {
            Participation row = rows.get(i);
            if (resolved.organizations().get(i) != null) {
                rewrites.record(ReferenceColumns.PARTICIPANT, meeting.id, row.id, 0, resolved.organizations().get(i));
            }
            if (resolved.onBehalfOf().get(i) != null) {
                rewrites.record(ReferenceColumns.PARTICIPANT_ON_BEHALF_OF, meeting.id, row.id, 0,
                        resolved.onBehalfOf().get(i));
            }
        }
    }

    /** The participants were chosen anew: no merge undone later moves them. */
    public void forgetRewrites(UUID meetingId) {
        rewrites.forget(ReferenceColumns.PARTICIPANT, meetingId);
        rewrites.forget(ReferenceColumns.PARTICIPANT_ON_BEHALF_OF, meetingId);
    }

    /** @throws ProblemException 422 naming {@code participants[i].organizationId} or {@code .onBehalfOfId} */
    public Resolved resolve(List<ParticipantEntry> given) {
        List<ParticipantEntry> entries = new ArrayList<>();
        List<Resolution> orgs = new ArrayList<>();
        List<Resolution> behalf = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ParticipantEntry entry = given.get(i);
            Resolution organization = entry.organizationId() == null ? null
                    : require("participants[" + i + "].organizationId", entry.organizationId());
            Resolution onBehalfOf = entry.onBehalfOfId() == null ? null
                    : require("participants[" + i + "].onBehalfOfId", entry.onBehalfOfId());
            entries.add(entry.withOrganizations(organization == null ? null : organization.current(),
                    onBehalfOf == null ? null : onBehalfOf.current()));
            orgs.add(organization);
            behalf.add(onBehalfOf);
        }
        return new Resolved(entries, orgs, behalf);
    }
}
