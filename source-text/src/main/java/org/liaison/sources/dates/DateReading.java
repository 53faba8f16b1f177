package org.liaison.sources.dates;

import org.liaison.contracts.PartialDate;

import java.util.List;

/**
 * What a date expression says.
 *
 * @param date      the date, to the precision the text gives; {@code null} when it cannot be told
 *                  (a relative word without the publication date, an ambiguous weekday, text not
 *                  understood, no such date)
 * @param asWritten the expression exactly as given
 * @param warnings  stable English messages about what was inconsistent, missing or not understood;
 *                  empty when the reading is clean
 */
public record DateReading(PartialDate date, String asWritten, List<String> warnings) {

    public DateReading {
        warnings = List.copyOf(warnings);
    }
}
