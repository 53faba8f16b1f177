package org.liaison.intake;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.contracts.PartialDate;
import org.liaison.intake.Draft.Organization;
import org.liaison.intake.Draft.Person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading rules one by one, on the seed articles and on short texts. */
class IntakeRulesTest {

    private final ArticleIntake intake = new ArticleIntake();
    private final Directory seeds = SeedArticles.directory();

    private static String article(int n) {
        return SeedArticles.ARTICLES.get(n).text();
    }

    private Draft draft(String text) {
        return intake.draft(ArticleText.of(text), seeds);
    }

    @Nested
    class Spans {
        @Test
        void everyItemOfEverySeedDraftPointsAtTheTextThatSupportsIt() {
            for (SeedArticles.Article a : SeedArticles.ARTICLES) {
                String text = a.text();
                Draft d = intake.draft(ArticleText.of(text, a.publishedOn()), seeds);
                for (Organization o : d.organizations()) {
                    assertEquals(o.asWritten(), o.spans().get(0).of(text));
                }
                for (Person p : d.people()) {
                    assertEquals(p.asWritten(), p.spans().get(0).of(text));
                    if (p.role() != null) {
                        assertEquals(p.role().text(), p.role().span().of(text));
                    }
                }
                d.groups().forEach(g -> assertEquals(g.description(), g.span().of(text)));
                d.recommendations().forEach(r -> assertEquals(r.text(), r.span().of(text)));
                d.statements().forEach(s -> assertEquals(s.quote(), s.span().of(text)));
                d.instruments().forEach(i -> assertTrue(i.span().end() <= text.length()));
                if (d.meeting() != null) {
                    assertTrue(d.meeting().span().of(text).length() > 0);
                    if (d.meeting().date().span() != null) {
                        assertEquals(d.meeting().date().asWritten(), d.meeting().date().span().of(text));
                    }
                    if (d.meeting().place() != null) {
                        String place = a.file().startsWith("002") ? "باريس"
                                : a.file().startsWith("003") ? "قامشلو" : "الحسكة";
                        assertTrue(d.meeting().place().span().of(text).contains(place));
                    }
                }
            }
        }

        @Test
        void theSentenceOfAnInstrumentCitesIt() {
            Draft d = draft(article(1));
            String text = article(1);
            assertEquals(List.of("geneva-communique", "unsc-2118", "unsc-2254"),
                    d.instruments().stream().map(Draft.InstrumentCited::id).toList());
            d.instruments().forEach(i -> assertTrue(i.span().of(text).contains("بيان جنيف")));
        }
    }

    @Nested
    class Organizations {
        @Test
        void aShortNameWithTatweelMatchesByTheSurestLayerOfItsKey() {
            // The SDC has «مسد» as a short name and «مسـد» (as the article writes it) as an other name: one key.
            Draft d = draft("اجتمع أعضاء «مســد» في مدينة حلب.");
            Organization sdc = d.organizations().get(0);
            assertEquals("مســد", sdc.asWritten());
            assertEquals("OTHER_NAME", sdc.best().layer());
            assertEquals(0.9, sdc.best().confidence());
            Directory shortOnly = new InMemoryDirectory()
                    .addOrganization("sdc", "مجلس سوريا الديمقراطية", null, List.of("مسد"), List.of());
            Organization byShortName = intake.draft(ArticleText.of("اجتمع أعضاء «مســد»"), shortOnly)
                    .organizations().get(0);
            assertEquals("SHORT_NAME", byShortName.best().layer());
            assertEquals(0.85, byShortName.best().confidence());
            assertEquals("Aleppo", d.meeting().place().nameEn());
        }

        @Test
        void anAcronymMatchesByItsLayer() {
            Organization sdc = draft("التقى وفد من SDC بممثلي الأحزاب").organizations().get(0);
            assertEquals("ACRONYM", sdc.best().layer());
        }

        @Test
        void twoRecordsUnderOneKeyShareTheConfidence() {
            Directory two = new InMemoryDirectory()
                    .addOrganization("a", "مجلس سوريا الديمقراطية", null, List.of("مسد"), List.of())
                    .addOrganization("b", "مجلس السلام الدولي", null, List.of("مسد"), List.of());
            Organization found = intake.draft(ArticleText.of("بيان صادر عن «مسد» اليوم"), two).organizations().get(0);
            assertEquals(2, found.matches().size());
            assertEquals(0.43, found.best().confidence());
        }

        @Test
        void aQuotedNameUnderAnotherHeadWordMatchesWithLessConfidence() {
            Organization madaniya = draft("أما عضو مجلس إدارة منظمة “مدنية” فقال").organizations().get(0);
            assertEquals("مبادرة مدنية", madaniya.best().name());
            assertEquals("QUOTED_NAME", madaniya.best().layer());
            assertTrue(madaniya.best().confidence() < 0.9);
        }

        @Test
        void anUnregisteredNameIsProposedWithTheKindItsHeadWordSays() {
            Draft d = intake.draft(ArticleText.of(article(1)), Directory.empty());
            assertTrue(d.organizations().stream().allMatch(o -> o.matches().isEmpty()));
            assertEquals("civil_society_organization", kindOf(d, "بيتنا"));
            assertEquals("civil_society_organization", kindOf(d, "النساء الآن من أجل التنمية"));
            assertEquals("platform", kindOf(d, "الذاكرة السورية"));
            assertEquals("coalition", kindOf(d, "التحالف الأمريكي لأجل سوريا"));
        }

        private String kindOf(Draft d, String name) {
            return d.organizations().stream().filter(o -> o.asWritten().equals(name)).findFirst().orElseThrow()
                    .proposedKind();
        }

        @Test
        void theDirectoryIsAskedInAFewBatches() {
            int[] calls = new int[2];
            Directory counting = new Directory() {
                @Override
                public Map<String, List<Entry>> organizations(Set<String> compactKeys) {
                    calls[0]++;
                    return seeds.organizations(compactKeys);
                }

                @Override
                public Map<String, List<Entry>> people(Set<String> compactKeys) {
                    calls[1]++;
                    return seeds.people(compactKeys);
                }
            };
            Draft d = intake.draft(ArticleText.of(article(1)), counting);
            assertEquals(12, d.organizations().size());
            assertTrue(calls[0] <= 3 && calls[1] <= 3, calls[0] + " and " + calls[1] + " calls");
        }

        @Test
        void aPluralHeadSharedByAListReadsEachItem() {
            Draft d = draft(article(4));
            List<String> names = d.organizations().stream().map(o -> o.best().name()).toList();
            assertTrue(names.containsAll(List.of("هيئة الصحة", "هيئة التربية", "هيئة البلديات", "هيئة الثقافة")),
                    names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains("الجامعات")));
        }
    }

    @Nested
    class People {
        @Test
        void anHonorificIsKeptWithARegisteredPerson() {
            Person jamous = draft(article(1)).people().get(0);
            assertEquals("الدكتور", jamous.honorific());
            assertEquals("بدر جاموس", jamous.best().name());
            assertEquals("رئيس الهيئة", jamous.role().text());
        }

        @Test
        void anUnregisteredPersonAfterAnHonorificIsProposed() {
            Draft d = draft("وقالت السيدة هند قبوات إن الاجتماع ناقش الوضع.");
            Person hind = d.people().get(0);
            assertEquals("هند قبوات", hind.asWritten());
            assertEquals("السيدة", hind.honorific());
            assertTrue(hind.matches().isEmpty());
            assertEquals("هند قبوات", d.statements().get(0).speaker());
            assertNull(d.statements().get(0).speakerPersonId());
        }

        @Test
        void theAbbreviatedDoctorIsAnHonorificAndNoSentenceEnd() {
            Draft d = draft("وقال د. بدر جاموس إن الهيئة مستمرة، وأكد السيد عبد الله محمد ذلك.");
            assertEquals(List.of("د.", "السيد"), d.people().stream().map(Person::honorific).toList());
            assertEquals("بدر جاموس", d.people().get(0).best().name());
            assertEquals("عبد الله محمد", d.people().get(1).asWritten());
            assertEquals(1, d.statements().size());
        }

        @Test
        void theRoleAndItsOrganisationAreReadBeforeOrAfterTheName() {
            Person achi = draft(article(1)).people().stream()
                    .filter(p -> p.asWritten().equals("أسعد العشي")).findFirst().orElseThrow();
            assertEquals("المدير التنفيذي", achi.role().text());
            assertEquals("بيتنا", achi.organization().text());
            Person badran = draft(article(4)).people().get(0);
            assertEquals("الرئيس المشترك", badran.role().text());
            assertEquals("دائرة العلاقات الخارجية", badran.organization().text());
        }

        @Test
        void aLaterMentionByTheLastTwoNamesIsTheSamePerson() {
            Draft d = draft(article(4));
            assertEquals(1, d.people().size());
            assertEquals(2, d.people().get(0).spans().size());
            assertEquals(2, d.statements().size());
            String badran = d.people().get(0).best().id();
            assertTrue(d.statements().stream().allMatch(s -> s.speakerPersonId().equals(badran)));
        }
    }

    @Nested
    class Dates {
        @Test
        void aRelativeDateIsReadAgainstThePublicationDate() {
            // «أمس السبت» published on Sunday 15 January 2023.
            Draft d = intake.draft(ArticleText.of(article(4), LocalDate.of(2023, 1, 15)), seeds);
            assertEquals(PartialDate.of(LocalDate.of(2023, 1, 14)), d.meeting().date().date());
            assertTrue(d.meeting().date().warnings().isEmpty(), d.meeting().date().warnings().toString());
        }

        @Test
        void aWeekdayThatDisagreesIsWarnedOfAndTheRelativeWordKept() {
            Draft d = intake.draft(ArticleText.of(article(4), LocalDate.of(2023, 1, 16)), seeds);
            assertEquals(PartialDate.of(LocalDate.of(2023, 1, 15)), d.meeting().date().date());
            assertTrue(d.warnings().stream().anyMatch(w -> w.contains("not a Saturday")), d.warnings().toString());
        }

        @Test
        void withoutThePublicationDateARelativeDayIsNotGuessed() {
            Draft d = draft(article(1));
            assertNull(d.meeting().date().date());
            assertEquals("اليوم (الاثنين)", d.meeting().date().asWritten());
            assertTrue(d.warnings().stream().anyMatch(w -> w.contains("needs the publication date")));
        }

        @Test
        void nextTuesdayFromThePublicationDate() {
            Draft d = intake.draft(ArticleText.of(article(2), LocalDate.of(2023, 3, 1)), seeds);
            assertEquals(PartialDate.of(LocalDate.of(2023, 3, 7)), d.meeting().date().date());
            assertEquals("planned", d.meeting().status());
        }

        @Test
        void theYearAfterTheOneTheTextCallsThePastYear() {
            Draft d = draft(article(4));
            assertEquals(new PartialDate(2023, null, null), d.meeting().date().date());
            assertTrue(d.warnings().stream().anyMatch(w -> w.contains("took 2023")));
        }

        @Test
        void anArticleWithoutADateGivesNone() {
            assertNull(draft(article(3)).meeting().date().date());
            assertNull(draft(article(0)).meeting());
        }
    }

    @Nested
    class Meetings {
        @ParameterizedTest
        @CsvSource({"1, expanded_meeting, held", "2, conference, planned", "3, internal_meeting, held",
            "4, annual_meeting, held"})
        void kindAndStatus(int article, String kind, String status) {
            Draft.Meeting m = draft(article(article)).meeting();
            assertEquals(kind, m.kind());
            assertEquals(status, m.status());
        }

        @Test
        void theVenueBeforeThePlace() {
            Draft.Place paris = draft(article(2)).meeting().place();
            assertEquals("باريس", paris.nameAr());
            assertEquals("FR", paris.country());
            assertEquals("معهد العالم العربي", paris.venue());
        }

        @ParameterizedTest
        @CsvSource({"عقد الاجتماع في مدينة القامشلي, Qamishli", "عقد الاجتماع في قامشلو, Qamishli",
            "عقد المؤتمر في حماه, Hama", "سيعقد المؤتمر بإسطنبول, Istanbul", "اجتمع الوفد في دير الزور, Deir ez-Zor"})
        void gazetteerSpellings(String text, String place) {
            assertEquals(place, draft(text).meeting().place().nameEn());
        }

        @Test
        void aPlaceNameAsACommonWordIsNotAPlace() {
            // «الباب» is a town and the word for "the door": without «في»/«مدينة»/«ب» before it, it is no place.
            assertNull(draft("عقد الاجتماع وفتح الباب أمام الحوار").meeting().place());
        }

        @Test
        void theHeadlineIsTheTitle() {
            assertEquals("مكتب العلاقات يجتمع مع الأحزاب والتشكيلات السياسية في «مسـد»",
                    draft(article(3)).meeting().title().text());
            assertNull(draft(article(1)).meeting().title());
        }
    }

    @Nested
    class Groups {
        @Test
        void aCountedGroup() {
            Draft.ParticipantGroup g = draft(article(2)).groups().get(0);
            assertEquals(150, g.count());
            assertEquals("ممثلين عن 150 منظمة مدنية سورية", g.description());
            assertEquals("civil_society_organization", g.organizationKind());
        }

        @Test
        void groupsOnlyWhereTheSentenceSaysWhoAttended() {
            assertTrue(draft("تعمل 150 منظمة في المنطقة.").groups().isEmpty());
            assertEquals(150, draft("حضر الاجتماع 150 منظمة.").groups().get(0).count());
        }
    }

    @Nested
    class NumberedLists {
        @Test
        void numbersAsWrittenIncludingArabicIndicDigits() {
            List<Draft.Recommendation> items = draft(article(4)).recommendations();
            assertEquals(List.of("1", "2", "٣", "4", "5", "6", "7", "8"),
                    items.stream().map(Draft.Recommendation::numberAsWritten).toList());
            assertEquals("العمل على تطوير الحوار السوري-السوري، واعتباره الطريق الأمثل للحل السياسي.",
                    items.get(7).text());
        }

        @Test
        void ordinalWords() {
            List<Draft.Recommendation> items = draft("خرج الاجتماع بالتوصيات التالية:\nأولاً: دعم الحوار\n"
                    + "ثانياً - تعزيز التنسيق\nثالثا. متابعة العمل").recommendations();
            assertEquals(List.of("أولاً", "ثانياً", "ثالثا"),
                    items.stream().map(Draft.Recommendation::numberAsWritten).toList());
            assertEquals("تعزيز التنسيق", items.get(1).text());
        }

        @Test
        void aLoneNumberedLineOrADatelineIsNoList() {
            assertTrue(draft("10 حزيران 2024\n1- دعم الحوار\nعقد الاجتماع").recommendations().isEmpty());
        }
    }
}
