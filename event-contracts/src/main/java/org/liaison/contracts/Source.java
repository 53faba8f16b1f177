package org.liaison.contracts;

import java.time.LocalDate;

/**
 * Where a fact was read: an article as its text shows it. At least one of URL, publisher and title is present; the
 * publisher is the outlet that reported it (North Pulse, نورث بالس), absent when the text does not name one, rather
 * than a guess such as the body whose statement the article quotes.
 *
 * @param publishedOn the article's date, as precise as the page gives it
 * @param note        what the source is, for a reader: the article's headline, outlet and date rather than a file name
 * @param title       the headline as written
 * @param quote       the sentence of the article that supports the fact, verbatim
 * @param accessedOn  the day the article was read
 * @param language    the article's language as a BCP 47 tag ({@code ar}, {@code en})
 */
public record Source(String publisher, String url, PartialDate publishedOn, String note, String title, String quote,
                     LocalDate accessedOn, String language) {

    /** A source known by publisher, URL, date and note only, as sources were before headlines and quotes. */
    public Source(String publisher, String url, PartialDate publishedOn, String note) {
        this(publisher, url, publishedOn, note, null, null, null, null);
    }
}
