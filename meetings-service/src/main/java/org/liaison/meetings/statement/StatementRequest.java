package org.liaison.meetings.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.liaison.meetings.common.Limits;
import org.liaison.support.input.SourceInput;

import java.util.List;
import java.util.UUID;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * A statement as a client records it ({@code POST /meetings/{id}/statements}) or replaces it whole ({@code PUT}):
 * who spoke (a registered person, an organisation, and/or the name as the source writes it) and what they said, in
 * Arabic and/or English.
 *
 * @param id        optional on POST: a loader may choose it so that recording the same statement twice is a 409
 * @param meetingId optional: the meeting of the path, as a file of statements across meetings names it
 * @param quoted    true when the text is the speaker's own words as the source quotes them (default false: the source's
 *                  account of what was said)
 */
public record StatementRequest(UUID id,
                               UUID meetingId,
                               UUID speakerPersonId,
                               UUID speakerOrganizationId,
                               @Size(max = Limits.NAME_MAX) String speakerName,
                               @Size(max = Limits.SUMMARY_MAX) String textAr,
                               @Size(max = Limits.SUMMARY_MAX) String textEn,
                               Boolean quoted,
                               @Size(max = Limits.LIST_MAX)
                               List<@NotBlank @Size(max = Limits.SHORT_TEXT_MAX) String> topics,
                               @Size(max = Limits.LIST_MAX)
                               List<@NotBlank @Size(max = Limits.SHORT_TEXT_MAX) String> instruments,
                               @Size(max = Limits.LIST_MAX) List<@NotNull @Valid SourceInput> sources) {

    @AssertTrue(message = "needs a speakerPersonId, a speakerOrganizationId or a speakerName")
    public boolean isSpoken() {
        return speakerPersonId != null || speakerOrganizationId != null || blankToNull(speakerName) != null;
    }

    @AssertTrue(message = "needs a textAr or a textEn")
    public boolean isSaid() {
        return blankToNull(textAr) != null || blankToNull(textEn) != null;
    }
}
