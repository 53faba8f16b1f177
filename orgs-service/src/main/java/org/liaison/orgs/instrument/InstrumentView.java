package org.liaison.orgs.instrument;

import java.util.List;

/** An instrument as the catalogue API shows it; {@code id} is the stable slug ({@code unsc-2254}). */
public record InstrumentView(String id, long version, String kind, String nameAr, String nameEn, Integer year,
                             List<String> aliasesAr, List<String> aliasesEn) {

    static InstrumentView of(CatalogueInstrument i) {
        return new InstrumentView(i.instrumentId, i.version, i.kind, i.nameAr, i.nameEn, i.year,
                List.copyOf(i.aliasesAr), List.copyOf(i.aliasesEn));
    }
}
