package org.liaison.meetings.statement;

import org.liaison.contracts.Source;
import org.liaison.meetings.meeting.MeetingView.OrganizationRef;
import org.liaison.meetings.model.InstrumentRef;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A statement as the API shows it, with its speaker organisation's current names and, for lists across meetings, the
 * meeting it was made at.
 */
public record StatementView(UUID id, long version, UUID meetingId, MeetingRef meeting, UUID speakerPersonId,
                            UUID speakerOrganizationId, OrganizationRef speakerOrganization, String speakerName,
                            String textAr, String textEn, boolean quoted, List<String> topics,
                            List<InstrumentRef> instruments, List<Source> sources, Instant createdAt,
                            Instant updatedAt) {

    /** The meeting a statement was made at, as lists across meetings show it. */
    public record MeetingRef(UUID id, String titleAr, String titleEn, String date) {
    }
}
