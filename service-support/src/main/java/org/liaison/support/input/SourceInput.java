package org.liaison.support.input;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;

import java.time.LocalDate;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * Where a fact was read, as every service's requests give it: a URL, a publisher, a headline or any of them (an
 * article whose text names no outlet is known by its headline), the article's date when known, the supporting
 * sentence, when it was read, its language and a note.
 */
public record SourceInput(@Size(max = PUBLISHER_MAX) String publisher,
                          @Size(max = URL_MAX) @Pattern(regexp = HTTP_URL,
                                  message = "must be an http or https URL") String url,
                          PartialDate publishedOn,
                          @Size(max = NOTE_MAX) String note,
                          @Size(max = TITLE_MAX) String title,
                          @Size(max = QUOTE_MAX) String quote,
                          LocalDate accessedOn,
                          @Size(max = LANGUAGE_MAX) @Pattern(regexp = LANGUAGE_TAG,
                                  message = "must be a BCP 47 language tag such as ar or en-GB") String language) {

    public static final int PUBLISHER_MAX = 300;
    public static final int URL_MAX = 2000;
    public static final int NOTE_MAX = 2000;
    public static final int TITLE_MAX = 500;
    public static final int QUOTE_MAX = 1000;
    public static final int LANGUAGE_MAX = 35;
    public static final String HTTP_URL = "^https?://\\S+$";
    /**
     * The usual shape of a BCP 47 tag (RFC 5646): a language, then an optional script, region and variants
     * ({@code ar}, {@code ar-SY}, {@code sr-Latn-RS}); extensions and private use are not needed for articles.
     */
    public static final String LANGUAGE_TAG =
            "^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$";

    @AssertTrue(message = "needs a url, a publisher or a title")
    public boolean isIdentified() {
        return blankToNull(publisher) != null || blankToNull(url) != null || blankToNull(title) != null;
    }

    public Source toSource() {
        return new Source(blankToNull(publisher), blankToNull(url), publishedOn, blankToNull(note), blankToNull(title),
                blankToNull(quote), accessedOn, blankToNull(language));
    }
}
