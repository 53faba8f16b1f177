package org.liaison.sources.instruments;

import java.util.List;
import java.util.Objects;

/**
 * One instrument of a catalogue with the other names people write it with («سيداو», "CEDAW"). Its names and
 * aliases are recognised in a text as whole words, in any spelling the folding evens out, after the attached
 * particles of Arabic words; a Security Council resolution's own names are left to the citation rules, which read
 * a list of numbers after them.
 *
 * @param aliasesAr Arabic aliases, as written
 * @param aliasesEn English (Latin-script) aliases, as written
 */
public record CatalogueEntry(Instrument instrument, List<String> aliasesAr, List<String> aliasesEn) {

    public CatalogueEntry {
        Objects.requireNonNull(instrument, "instrument");
        aliasesAr = aliasesAr == null ? List.of() : List.copyOf(aliasesAr);
        aliasesEn = aliasesEn == null ? List.of() : List.copyOf(aliasesEn);
    }

    public String id() {
        return instrument.id();
    }
}
