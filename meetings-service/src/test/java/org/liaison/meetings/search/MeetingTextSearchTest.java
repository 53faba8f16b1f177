package org.liaison.meetings.search;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.meetings.MeetingFixture.patch;
import static org.liaison.meetings.MeetingFixture.schedule;
import static org.liaison.meetings.search.SearchFixture.apply;
import static org.liaison.meetings.search.SearchFixture.ids;
import static org.liaison.meetings.search.SearchFixture.state;

/**
 * {@code q} finds a meeting by any spelling the normaliser folds (tatweel, taa marbuta, hamza, case), in titles,
 * texts, participant names and the current names of the organisations taking part. Each test scopes its searches
 * to an organiser of its own, so meetings of other tests do not count.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingTextSearchTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    UUID organizer;

    @BeforeEach
    void anOrganiserOfItsOwn() {
        organizer = new MeetingFixture(directory, entityManager).organization("مكتب العلاقات العامة", "Public Relations Office");
    }

    @Test
    void tatweelIsIgnoredBothWays() {
        String written = meeting("اجتماع مكتب العلاقات في مسـد", null, List.of());
        String plain = meeting("اجتماع مسد الموسع", null, List.of());
        for (String q : List.of("مسد", "مسـد", "مســد")) {
            assertEquals(List.of(written, plain).stream().sorted().toList(), search(q).stream().sorted().toList(), q);
        }
    }

    @Test
    void taaMarbutaHamzaAndCaseFold() {
        String id = meeting("اجتماع هيئة التفاوض السورية مع المنظمات", "Negotiation Commission meets NGOs", List.of());
        assertEquals(List.of(id), search("هيئه التفاوض"));
        assertEquals(List.of(), search("الهيئة")); // no stemming: the article is part of the word
        assertEquals(List.of(id), search("NEGOTIATION commission"));
        assertEquals(List.of(id), search("اجتماع هيئة"));
    }

    @Test
    void participantNamesAgendaOutcomesAndOrganisationNamesAreSearched() {
        UUID baytna = new MeetingFixture(directory, entityManager).organization("بيتنا", "Baytna");
        String id = schedule("""
                {"kind": "expanded_meeting", "titleAr": "لقاء تشاوري", "organizerId": "%s",
                 "participants": [{"organizationId": "%s", "personName": "أسعد العشي", "role": "speaker"}],
                 "agenda": ["تنسيق المواقف في العملية السياسية"], "outcomes": ["ورقة عمل مشتركة"],
                 "summary": "Civil society directors discussed the political process"}""".formatted(organizer, baytna));
        assertEquals(List.of(id), search("اسعد العشي"));
        assertEquals(List.of(id), search("تنسيق المواقف"));
        assertEquals(List.of(id), search("ورقه عمل"));
        assertEquals(List.of(id), search("baytna"));
        assertEquals(List.of(id), search("بيتنا"));
        assertEquals(List.of(id), search("directors political"));
        assertEquals(List.of(id), search("Public Relations"));
        assertEquals(List.of(), search("بيتنا مفقود"));
    }

    @Test
    void theLastWordMatchesAsAPrefix() {
        String id = meeting("اجتماع المجلس العلوي الأعلى", null, List.of());
        assertEquals(List.of(id), search("المجل"));
        assertEquals(List.of(id), search("العلوي الاع"));
        assertEquals(List.of(), search("المجل العلوي")); // only the last word is a prefix
    }

    @Test
    void aRenamedOrganisationIsFoundByItsNewName() {
        UUID body = UUID.randomUUID();
        apply(directory, state(body, 0, "مجلس سوريا الديمقراطية", "Syrian Democratic Council", null));
        String id = schedule("""
                {"kind": "internal_meeting", "titleAr": "اجتماع داخلي", "organizerId": "%s",
                 "participants": [{"organizationId": "%s", "role": "participant"}]}""".formatted(organizer, body));
        assertEquals(List.of(id), search("الديمقراطية"));
        assertEquals(List.of(), search("مسد"));

        apply(directory, state(body, 1, "مسـد", "SDC", null));

        assertEquals(List.of(id), search("مسد"));
        assertEquals(List.of(id), search("sdc"));
        assertEquals(List.of(), search("الديمقراطية"));
    }

    @Test
    void aMergedParticipantIsFoundByItsWinnersNames() {
        UUID winner = UUID.randomUUID();
        UUID loser = UUID.randomUUID();
        apply(directory, state(winner, 0, "مبادرة مدنية", "Madaniya", null));
        apply(directory, state(loser, 0, "مدنية", null, null));
        String id = schedule("""
                {"kind": "conference", "titleAr": "مؤتمر", "organizerId": "%s",
                 "participants": [{"organizationId": "%s", "role": "participant"}]}""".formatted(organizer, loser));
        assertEquals(List.of(), search("madaniya"));

        apply(directory, state(loser, 1, "مدنية", null, null).withMergedInto(winner, 1));

        assertEquals(List.of(id), search("madaniya"));
        assertEquals(List.of(id), search("مبادره"));
    }

    @Test
    void aChangedMeetingIsFoundByItsNewWords() {
        String id = meeting("اجتماع أول", null, List.of());
        patch(id, "{\"titleAr\": \"مؤتمر قوى المعارضة\"}").then().statusCode(200);
        assertEquals(List.of(id), search("مؤتمر"));
        assertEquals(List.of(), search("أول"));
    }

    @Test
    void aTitleMatchRanksAboveASummaryMatchAndPagesFollowTheRanking() {
        String inSummary = meeting("اجتماع عادي", "The meeting discussed decentralisation", List.of());
        String inTitle = meeting("ندوة حول decentralisation", null, List.of());
        String inBoth = meeting("decentralisation decentralisation", "decentralisation", List.of("decentralisation"));
        List<String> ranked = search("decentralisation");
        assertEquals(List.of(inBoth, inTitle, inSummary), ranked);

        var first = SearchFixture.get(org.liaison.infra.testing.TestTokens.admin(), "/meetings",
                Map.of("q", "decentralisation", "organization", organizer.toString(), "limit", 2)).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(3, first.getInt("total"));
        var second = SearchFixture.get(org.liaison.infra.testing.TestTokens.admin(), "/meetings",
                Map.of("q", "decentralisation", "organization", organizer.toString(), "limit", 2,
                        "cursor", first.getString("nextCursor"))).then().statusCode(200).extract().jsonPath();
        List<String> paged = new java.util.ArrayList<>(first.getList("items.id"));
        paged.addAll(second.getList("items.id"));
        assertEquals(ranked, paged);
        assertEquals(null, second.getString("nextCursor"));
    }

    private String meeting(String titleAr, String summary, List<String> topics) {
        return schedule("""
                {"kind": "internal_meeting", "titleAr": "%s", "organizerId": "%s", "summary": %s, "topics": %s}"""
                .formatted(titleAr, organizer, summary == null ? "null" : "\"" + summary + "\"",
                        topics.stream().map(t -> "\"" + t + "\"").toList()));
    }

    private List<String> search(String q) {
        return ids(Map.of("q", q, "organization", organizer.toString()));
    }
}
