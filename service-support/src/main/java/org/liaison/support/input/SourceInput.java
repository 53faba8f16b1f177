package org.liaison.support.input;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * Where a fact was read, as every service's requests give it: a publisher, a URL or both, the article's date
 * when known, and a note.
 */
public record SourceInput(@Size(max = PUBLISHER_MAX) String publisher,
                          @Size(max = URL_MAX) @Pattern(regexp = HTTP_URL,
                                  message = "must be an http or https URL") String url,
                          PartialDate publishedOn,
                          @Size(max = NOTE_MAX) String note) {

    public static final int PUBLISHER_MAX = 300;
    public static final int URL_MAX = 2000;
    public static final int NOTE_MAX = 2000;
    public static final String HTTP_URL = "^https?://\\S+$";

    @AssertTrue(message = "needs a publisher or a url")
    public boolean isIdentified() {
        return blankToNull(publisher) != null || blankToNull(url) != null;
    }

    public Source toSource() {
        return new Source(blankToNull(publisher), blankToNull(url), publishedOn, blankToNull(note));
    }
}
