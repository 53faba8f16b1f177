package org.liaison.sources.instruments;

import java.util.List;

/**
 * The instruments the seed articles and the partner offices cite, with the official names and years and the names
 * people write them with. orgs-service registers them at its first start; every service resolves against them
 * until it has heard otherwise.
 */
final class SeedInstruments {

    private SeedInstruments() {
    }

    static final List<CatalogueEntry> ENTRIES = List.of(
            resolution(2254, 2015),
            resolution(2118, 2013),
            resolution(1325, 2000),
            new CatalogueEntry(new Instrument(InstrumentCatalogue.CEDAW, Instrument.CONVENTION,
                    "اتفاقية القضاء على جميع أشكال التمييز ضد المرأة (سيداو)",
                    "Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)", 1979),
                    List.of("سيداو", "اتفاقية سيداو"), List.of("CEDAW", "CEDAW Convention")),
            new CatalogueEntry(new Instrument(InstrumentCatalogue.GENEVA_COMMUNIQUE, Instrument.COMMUNIQUE,
                    "بيان جنيف", "Geneva Communiqué", 2012),
                    List.of("بيان جنيف 1", "بيان جنيف الأول"),
                    List.of("Geneva I Communiqué", "Final Communiqué of the Action Group for Syria")),
            resolution(2139, 2014),
            resolution(2165, 2014),
            new CatalogueEntry(new Instrument("udhr", Instrument.DECLARATION, "الإعلان العالمي لحقوق الإنسان",
                    "Universal Declaration of Human Rights", 1948),
                    List.of(), List.of("UDHR")),
            new CatalogueEntry(new Instrument("iccpr", Instrument.CONVENTION,
                    "العهد الدولي الخاص بالحقوق المدنية والسياسية",
                    "International Covenant on Civil and Political Rights", 1966),
                    List.of("العهد الدولي للحقوق المدنية والسياسية"), List.of("ICCPR")));

    private static CatalogueEntry resolution(int number, int year) {
        return new CatalogueEntry(Instrument.unsc(number, year), List.of(), List.of());
    }
}
