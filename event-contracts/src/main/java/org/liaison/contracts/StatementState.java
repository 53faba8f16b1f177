package org.liaison.contracts;

import java.util.List;
import java.util.UUID;

/**
 * The full current state of a statement, carried by every {@code statement.*} event: what a speaker said at a
 * meeting, as the source quotes or paraphrases it. The meeting's {@code restricted} and {@code parties} travel with
 * it, so that every consumer shows a restricted meeting's statements to the same offices as the meeting.
 *
 * @param speakerPersonId       the person who spoke, as orgs-service knows them; null when not registered
 * @param speakerOrganizationId the organisation the speaker spoke for, or that spoke as a body
 * @param speakerName           the speaker as the source names them
 * @param quoted                true when the text is the speaker's own words as the source quotes them; false
 *                              when it is the source's account of what was said
 * @param instruments           the canonical ids of the instruments cited ({@code unsc-2254})
 */
public record StatementState(UUID id, long version, UUID meetingId, UUID speakerPersonId, UUID speakerOrganizationId,
                             String speakerName, String textAr, String textEn, boolean quoted, List<String> topics,
                             List<String> instruments, List<Source> sources, boolean restricted, List<UUID> parties)
        implements AggregateState {

    public StatementState {
        topics = topics == null ? List.of() : List.copyOf(topics);
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        sources = sources == null ? List.of() : List.copyOf(sources);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
