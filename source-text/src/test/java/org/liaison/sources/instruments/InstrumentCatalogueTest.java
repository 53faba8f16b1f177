package org.liaison.sources.instruments;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue as data: entries passed in, their names and aliases recognised. */
class InstrumentCatalogueTest {

    private static final Instrument ICCPR = Instruments.byId("iccpr").orElseThrow();

    @Nested
    @DisplayName("the seed's names and aliases resolve")
    class Seed {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "الإعلان العالمي لحقوق الإنسان | udhr",
            "وفق الاعلان العالمي لحقوق الانسان | udhr",
            "Universal Declaration of Human Rights | udhr",
            "the UDHR | udhr",
            "العهد الدولي الخاص بالحقوق المدنية والسياسية | iccpr",
            "والعهد الدولي للحقوق المدنية والسياسية | iccpr",
            "ICCPR | iccpr",
            "International Covenant on Civil and Political Rights | iccpr",
            "القرار 2139 | unsc-2139",
            "القرارات 2139 و2165 | unsc-2139,unsc-2165",
            "بيان جنيف الأول | geneva-communique",
            "the Final Communiqué of the Action Group for Syria | geneva-communique",
        })
        void resolves(String text, String ids) {
            InstrumentResolution r = InstrumentCatalogue.seed().resolve(text);
            assertEquals(List.of(ids.split(",")), r.ids(), text);
            assertEquals(List.of(), r.unresolved(), text);
        }

        @Test
        void theSeedYearsAndKinds() {
            assertEquals(2014, InstrumentCatalogue.seed().byId("unsc-2165").orElseThrow().year());
            assertEquals(Instrument.DECLARATION, InstrumentCatalogue.seed().byId("udhr").orElseThrow().kind());
            assertEquals(1966, ICCPR.year());
        }
    }

    @Nested
    @DisplayName("entries passed in")
    class Data {
        @Test
        void aNewAliasResolves() {
            String text = "انطلاقاً من العهد المدني";
            assertTrue(InstrumentCatalogue.seed().resolve(text).foundNothing());
            InstrumentCatalogue catalogue = InstrumentCatalogue.seed()
                    .with(List.of(new CatalogueEntry(ICCPR, List.of("العهد المدني"), List.of())));
            assertEquals(List.of("iccpr"), catalogue.resolve(text).ids());
            assertEquals(List.of("iccpr"), catalogue.resolve("بالعهد المدني").ids());
            assertTrue(InstrumentCatalogue.seed().resolve(text).foundNothing(), "the seed is not changed");
        }

        @Test
        void aNewInstrumentResolvesByNameAndAlias() {
            Instrument law = new Instrument("sy-law-2011-107", Instrument.LAW, "قانون الإدارة المحلية",
                    "Local Administration Law", 2011);
            InstrumentCatalogue catalogue = InstrumentCatalogue.of(List.of(
                    new CatalogueEntry(law, List.of("المرسوم 107"), List.of("Law 107"))));
            assertEquals(List.of("sy-law-2011-107"), catalogue.resolve("وفق قانون الإدارة المحلية").ids());
            assertEquals(List.of("sy-law-2011-107"), catalogue.resolve("Law 107").ids());
            assertTrue(catalogue.resolve("بيان جنيف").ids().isEmpty(), "an entry not held is not resolved");
        }

        @Test
        void anEntryReplacesTheOneOfItsId() {
            InstrumentCatalogue catalogue = InstrumentCatalogue.seed()
                    .with(List.of(new CatalogueEntry(ICCPR, List.of(), List.of())));
            assertEquals(InstrumentCatalogue.seed().instruments(), catalogue.instruments());
            assertTrue(catalogue.resolve("ICCPR").foundNothing(), "the alias removed no longer resolves");
        }

        @Test
        void aResolutionListStillReadsEveryNumber() {
            InstrumentCatalogue catalogue = InstrumentCatalogue.seed().with(List.of(new CatalogueEntry(
                    Instruments.byId("unsc-2254").orElseThrow(), List.of("قرار الحل السياسي"), List.of())));
            assertEquals(List.of("unsc-2254", "unsc-2118"),
                    catalogue.resolve("قرار الحل السياسي والقرارات الدولية 2254 و2118").ids());
        }

        @Test
        void aReferenceIsAnIdOrText() {
            assertEquals(List.of("iccpr"), InstrumentCatalogue.seed().reference(" iccpr ").ids());
            assertEquals(List.of("unsc-2401"), InstrumentCatalogue.seed().reference("unsc-2401").ids());
            assertEquals(List.of("cedaw"), InstrumentCatalogue.seed().reference("سيداو").ids());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2254", "(2015)", "  ", "«»"})
        void anAliasWithoutALetterIsRefused(String alias) {
            assertFalse(InstrumentCatalogue.isRecognisable(alias));
        }

        @Test
        void anAliasWithALetterIsRecognisable() {
            assertTrue(InstrumentCatalogue.isRecognisable("سيداو"));
            assertTrue(InstrumentCatalogue.isRecognisable("Law 107"));
        }
    }
}
