package org.liaison.meetings.common;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;

import static org.liaison.support.text.Texts.blankToNull;

/** A source as a request gives it (the same shape as orgs-service's): a publisher, a URL or both, and its date. */
public record SourceInput(@Size(max = Limits.NAME_MAX) String publisher,
                          @Size(max = Limits.URL_MAX) @Pattern(regexp = Limits.HTTP_URL, message = "must be an http or https URL") String url,
                          PartialDate publishedOn,
                          @Size(max = Limits.NOTE_MAX) String note) {

    @AssertTrue(message = "needs a publisher or a url")
    public boolean isIdentified() {
        return blankToNull(publisher) != null || blankToNull(url) != null;
    }

    public Source toSource() {
        return new Source(blankToNull(publisher), blankToNull(url), publishedOn, blankToNull(note));
    }
}
