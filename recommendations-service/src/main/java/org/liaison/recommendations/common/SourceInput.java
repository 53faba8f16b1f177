package org.liaison.recommendations.common;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;

import static org.liaison.support.text.Texts.blankToNull;

/** A source as a request gives it: a publisher, a URL or both, and the article's date when known. */
public record SourceInput(@Size(max = Limits.NAME_MAX) String publisher,
                          @Size(max = Limits.URL_MAX) @Pattern(regexp = Limits.HTTP_URL, message = Limits.HTTP_URL_MESSAGE) String url,
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
