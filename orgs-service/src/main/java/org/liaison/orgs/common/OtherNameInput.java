package org.liaison.orgs.common;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.OtherName;
import org.liaison.contracts.PartialDate;

import static org.liaison.support.text.Texts.blankToNull;

/** Another name as a request gives it: a former name or a variant, with optional dates and a note. */
public record OtherNameInput(@NotBlank @Size(max = Limits.NAME_MAX) String name,
                             PartialDate startDate,
                             PartialDate endDate,
                             @Size(max = Limits.NOTE_MAX) String note) {

    @AssertTrue(message = "endDate must not be before startDate")
    public boolean isOrdered() {
        return Dates.ordered(startDate, endDate);
    }

    public OtherName toOtherName() {
        return new OtherName(name.strip(), startDate, endDate, blankToNull(note));
    }
}
