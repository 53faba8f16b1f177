package org.liaison.sources.instruments;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstrumentsTest {

    private static List<String> ids(String text) {
        return Instruments.resolve(text).ids();
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.split(","));
    }

    @Nested
    @DisplayName("every written form resolves")
    class Forms {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "القرار ٢٢٥٤ | unsc-2254",
            "القرار 2254 | unsc-2254",
            "قرار مجلس الأمن 2254 | unsc-2254",
            "قرار مجلس الأمن رقم 2254 | unsc-2254",
            "قرار مجلس الأمن الدولي رقم ٢٢٥٤ | unsc-2254",
            "والمنصوص عليها في قرار مجلس الأمن رقم 2254، وتسعى | unsc-2254",
            "القرار الأممي ٢٢٥٤ | unsc-2254",
            "بالقرار 2254 | unsc-2254",
            "UNSC 2254 | unsc-2254",
            "UNSCR 2254 | unsc-2254",
            "S/RES/2254 (2015) | unsc-2254",
            "S/RES/2254(2015) | unsc-2254",
            "resolution 2254 | unsc-2254",
            "Resolution No. 2254 | unsc-2254",
            "UN Security Council Resolution 2254 | unsc-2254",
            "unsc-2254 | unsc-2254",
            "القرار 1325 | unsc-1325",
            "قرارات أممية مثل القرار 1325 | unsc-1325",
            "القرار 2118 | unsc-2118",
            "سيداو | cedaw",
            "اتفاقية سيداو | cedaw",
            "واتفاقية “سيداو”، في إطار | cedaw",
            "«سيداو» | cedaw",
            "اتفاقية القضاء على جميع أشكال التمييز ضد المرأة | cedaw",
            "اتفاقيّة القضاء على كافة أشكال التمييز ضد المرأة | cedaw",
            "CEDAW | cedaw",
            "the CEDAW Convention | cedaw",
            "Convention on the Elimination of All Forms of Discrimination against Women | cedaw",
            "بيان جنيف | geneva-communique",
            "بيان جنيف 1 | geneva-communique",
            "بيان جنيف ١ | geneva-communique",
            "وخاصة بيان جنيف والقرارات | geneva-communique",
            "Geneva Communiqué | geneva-communique",
            "Geneva Communique | geneva-communique",
            "the Geneva I Communiqué | geneva-communique",
            "geneva-communique | geneva-communique",
        })
        void resolves(String text, String id) {
            InstrumentResolution r = Instruments.resolve(text);
            assertEquals(List.of(id), r.ids(), text);
            assertEquals(List.of(), r.unresolved(), text);
        }

        @Test
        void catalogueEntriesCarryTheirNamesAndYears() {
            Instrument i = Instruments.resolve("قرار مجلس الأمن 2254").resolved().get(0);
            assertEquals(new Instrument("unsc-2254", "unsc_resolution", "قرار مجلس الأمن رقم 2254",
                    "UN Security Council Resolution 2254", 2015), i);
            assertEquals(1979, Instruments.resolve("سيداو").resolved().get(0).year());
            assertEquals("convention", Instruments.resolve("سيداو").resolved().get(0).kind());
            assertEquals("communique", Instruments.resolve("بيان جنيف").resolved().get(0).kind());
            assertEquals(2012, Instruments.resolve("بيان جنيف").resolved().get(0).year());
        }
    }

    @Nested
    @DisplayName("explicit Security Council citations resolve any number")
    class ExplicitOutsideTheCatalogue {
        @ParameterizedTest(name = "{0} -> {1} ({2})")
        @CsvSource(delimiter = '|', nullValues = "null", value = {
            "S/RES/2401 (2018) | unsc-2401 | 2018",
            "قرار مجلس الأمن رقم 2401 | unsc-2401 | null",
            "القرار الأممي ٢٦٤٢ | unsc-2642 | null",
            "Security Council resolution 2642 (2022) | unsc-2642 | 2022",
            "UNSC 2642 | unsc-2642 | null",
            "قرار مجلس الأمن 2642 لعام 2022 | unsc-2642 | 2022",
        })
        void builtFromTheNumber(String text, String id, Integer year) {
            InstrumentResolution r = Instruments.resolve(text);
            assertEquals(1, r.resolved().size(), text);
            Instrument i = r.resolved().get(0);
            assertEquals(id, i.id());
            assertEquals("unsc_resolution", i.kind());
            assertEquals(year, i.year());
            assertTrue(i.nameEn().endsWith(id.substring(5)), i.nameEn());
            assertTrue(i.nameAr().contains(id.substring(5)), i.nameAr());
            assertEquals(List.of(), r.unresolved());
        }

        @Test
        void aLaterCitationGivesTheYear() {
            Instrument i = Instruments.resolve("UNSC 2401 ... S/RES/2401 (2018)").resolved().get(0);
            assertEquals(2018, i.year());
        }

        @Test
        void theCatalogueYearStands() {
            assertEquals(2015, Instruments.resolve("UNSC 2254").resolved().get(0).year());
        }
    }

    @Nested
    @DisplayName("lists of numbers after a resolution word")
    class Lists {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "والقرارات الدولية 2118 و2254. | unsc-2118,unsc-2254",
            "القرارات الدولية ٢١١٨ و ٢٢٥٤ | unsc-2118,unsc-2254",
            "القرارات 2254، 2118 و1325 | unsc-2254,unsc-2118,unsc-1325",
            "Resolutions 2118 (2013) and 2254 (2015) | unsc-2118,unsc-2254",
            "UNSC resolutions 2118, 2254 and 2401 | unsc-2118,unsc-2254,unsc-2401",
            "قرارات مجلس الأمن 2139 و2254 | unsc-2139,unsc-2254",
        })
        void everyNumberOfTheList(String text, String expected) {
            assertEquals(list(expected), ids(text));
        }

        @Test
        void aGenericListKeepsOnlyCatalogueNumbers() {
            InstrumentResolution r = Instruments.resolve("القرارات الدولية 2254 و2401");
            assertEquals(List.of("unsc-2254"), r.ids());
            assertEquals(List.of(), r.unresolved());
        }
    }

    @Nested
    @DisplayName("order of first appearance, each once")
    class Order {
        @Test
        void firstAppearanceOrder() {
            assertEquals(List.of("geneva-communique", "unsc-2118", "unsc-2254", "cedaw"),
                    ids("بيان جنيف والقرار 2118 ثم قرار مجلس الأمن 2254 و“سيداو” ثم S/RES/2118 (2013) وبيان جنيف 1"));
        }

        @Test
        void spellingsOfTheSameInstrumentCountOnce() {
            assertEquals(List.of("cedaw"), ids("CEDAW سيداو اتفاقية القضاء على جميع أشكال التمييز ضد المرأة"));
        }
    }

    @Nested
    @DisplayName("unresolved fragments are reported as written")
    class Unresolved {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "احترام اتفاقية جنيف الرابعة. | اتفاقية جنيف الرابعة",
            "بموجب قرار مجلس الأمن، | قرار مجلس الأمن",
            "وفق القرار الأممي | القرار الأممي",
            "تطبيق القرار 2401 | القرار 2401",
            "the Security Council resolution on aid | Security Council resolution",
            "the Fourth Geneva Convention | Fourth Geneva Convention",
            "the Convention against Torture applies | Convention against Torture",
            "معاهدة لوزان | معاهدة لوزان",
            "2254 | 2254",
        })
        void reported(String text, String fragment) {
            InstrumentResolution r = Instruments.resolve(text);
            assertEquals(List.of(), r.ids(), text);
            assertEquals(List.of(fragment), r.unresolved(), text);
        }

        @Test
        void resolvedAndUnresolvedTogether() {
            InstrumentResolution r = Instruments.resolve("القرار 2254 واتفاقية جنيف الرابعة واتفاقية جنيف الرابعة");
            assertEquals(List.of("unsc-2254"), r.ids());
            assertEquals(List.of("اتفاقية جنيف الرابعة"), r.unresolved());
        }
    }

    @Nested
    @DisplayName("prose that refers to nothing")
    class Negative {
        @ParameterizedTest
        @ValueSource(strings = {
            "يجمع ممثلين عن 150 منظمة مدنية سورية",
            "شارك 2254 شخصاً في الوقفة",
            "تعمل مع مجلس الأمن القومي ووزارة الخارجية وصنّاع القرار",
            "التأثير على القرار السياسي الأمريكي",
            "وفق القرارات الدولية ومنع النظام من التهرب",
            "قرارات أممية",
            "توقيع اتفاقية تعاون بين البلدين",
            "الاتفاقية الموقعة",
            "عقدت الهيئة اجتماعاً في جنيف",
            "للعام 2023 ومن أهمها: 1- تطوير العمل",
            "the resolution of the conflict",
            "2٬711",
        })
        void nothing(String text) {
            assertTrue(Instruments.resolve(text).foundNothing(), () -> text + " -> " + Instruments.resolve(text));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\u200F"})
        void blank(String text) {
            assertEquals(InstrumentResolution.empty(), Instruments.resolve(text));
        }
    }

    @Nested
    @DisplayName("resolveAll merges the texts")
    class ResolveAll {
        @Test
        void referenceStringsOfAClient() {
            InstrumentResolution r = Instruments.resolveAll(Arrays.asList(
                    "UNSC 2254", "سيداو", null, "S/RES/2254 (2015)", "اتفاقية جنيف الرابعة", "Geneva Communiqué",
                    "اتفاقيه جنيف الرابعه"));
            assertEquals(List.of("unsc-2254", "cedaw", "geneva-communique"), r.ids());
            assertEquals(List.of("اتفاقية جنيف الرابعة"), r.unresolved());
        }

        @Test
        void nullAndEmpty() {
            assertEquals(InstrumentResolution.empty(), Instruments.resolveAll(null));
            assertEquals(InstrumentResolution.empty(), Instruments.resolveAll(List.of()));
        }
    }

    @Nested
    @DisplayName("catalogue and byId")
    class CatalogueAndIds {
        @Test
        void theCatalogue() {
            assertEquals(List.of("unsc-2254", "unsc-2118", "unsc-1325", "cedaw", "geneva-communique", "unsc-2139",
                            "unsc-2165", "udhr", "iccpr"),
                    Instruments.catalogue().stream().map(Instrument::id).toList());
            assertEquals(List.of(2015, 2013, 2000, 1979, 2012, 2014, 2014, 1948, 1966),
                    Instruments.catalogue().stream().map(Instrument::year).toList());
        }

        @Test
        void byId() {
            assertEquals(2013, Instruments.byId("unsc-2118").orElseThrow().year());
            assertEquals("cedaw", Instruments.byId("cedaw").orElseThrow().id());
            Instrument built = Instruments.byId("unsc-2401").orElseThrow();
            assertEquals("unsc_resolution", built.kind());
            assertNull(built.year());
            assertEquals(2401, built.resolutionNumber());
            assertTrue(Instruments.byId("unsc-0").isEmpty());
            assertTrue(Instruments.byId("geneva").isEmpty());
            assertTrue(Instruments.byId(null).isEmpty());
        }
    }
}
