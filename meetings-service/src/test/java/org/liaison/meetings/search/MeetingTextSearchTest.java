package org.liaison.meetings.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.meetings.model.Meeting;
import org.liaison.support.directory.OrganizationDirectory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    @Inject
    MeetingSearchIndex index;

    UUID organizer;

    @BeforeEach
    void anOrganiserOfItsOwn() {
        organizer = new MeetingFixture(directory, entityManager)
                .organization("مكتب العلاقات العامة", "Public Relations Office");
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
    void aCompoundNameIsFoundWrittenWithOrWithoutItsSpaceAsTheDuplicateCheckTakesIt() {
        String spaced = schedule("""
                {"kind": "expanded_meeting", "titleAr": "لقاء تشاوري", "organizerId": "%s",
                 "participants": [{"personName": "عبد الرحمن الحاج", "role": "speaker"}]}""".formatted(organizer));
        UUID initiative = new MeetingFixture(directory, entityManager).organization("مبادرة عبدالرحمن", null);
        String joined = schedule("""
                {"kind": "expanded_meeting", "titleAr": "لقاء تشاوري", "organizerId": "%s",
                 "participants": [{"organizationId": "%s", "role": "participant"}]}""".formatted(organizer,
                initiative));
        assertEquals(List.of(spaced), search("عبدالرحمن الحاج"));
        assertEquals(List.of(spaced), search("عبد-الرحمن الحاج"));
        assertEquals(List.of(joined), search("مبادرة عبد الرحمن"));
        assertEquals(sorted(List.of(spaced, joined)), sorted(search("عبد الرحمن")));
        assertEquals(sorted(List.of(spaced, joined)), sorted(search("عبدالرحمن")));
    }

    @Test
    void theLastWordMatchesAsAPrefix() {
        String id = meeting("اجتماع المجلس العلوي الأعلى", null, List.of());
        assertEquals(List.of(id), search("المجل"));
        assertEquals(List.of(id), search("العلوي الاع"));
        assertEquals(List.of(), search("المجل العلوي")); // only the last word is a prefix
    }

    @Test
    void aRenamedOrganisationIsFoundByItsNewNameOnceItsMeetingsAreRewritten() {
        UUID body = UUID.randomUUID();
        apply(directory, state(body, 0, "مجلس سوريا الديمقراطية", "Syrian Democratic Council", null));
        // More meetings than the test profile's batch of 2: the rewrite takes several transactions.
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(schedule("""
                    {"kind": "internal_meeting", "titleAr": "اجتماع داخلي", "organizerId": "%s",
                     "participants": [{"organizationId": "%s", "role": "participant"}]}""".formatted(organizer, body)));
        }
        ids.sort(null);
        assertEquals(ids, sorted(search("الديمقراطية")));
        assertEquals(List.of(), search("مسد"));

        apply(directory, state(body, 1, "مسـد", "SDC", null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertEquals(ids, sorted(search("مسد")));
            assertEquals(List.of(), search("الديمقراطية"));
        });
        assertEquals(ids, sorted(search("sdc")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(List.of(),
                SearchFixture.get(TestTokens.admin(), "/admin/search-refresh", Map.of()).then().statusCode(200)
                        .extract().jsonPath().getList("findAll { it.organizationId == '" + body + "' }")));
    }

    @Test
    void theRefreshQueueIsForAdminsOnly() {
        SearchFixture.get(TestTokens.editor(UUID.randomUUID()), "/admin/search-refresh", Map.of()).then()
                .statusCode(403);
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

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(List.of(id), search("madaniya")));
        assertEquals(List.of(id), search("مبادره"));
    }

    @Test
    void aRowRewrittenBeforeItsMeetingsReferencesMoveCarriesTheWinnersNames() {
        UUID winner = UUID.randomUUID();
        UUID loser = UUID.randomUUID();
        apply(directory, state(winner, 0, "تيار المستقبل السوري", "Future Current", null));
        apply(directory, state(loser, 0, "تيار المستقبل", null, null));
        String id = schedule("""
                {"kind": "conference", "titleAr": "مؤتمر", "organizerId": "%s",
                 "participants": [{"organizationId": "%s", "role": "participant"}]}""".formatted(organizer, loser));
        // The directory says the loser is merged (as the merge's consumer leaves it) and the row is rewritten (as
        // the refresh queued with the merge does) while the meeting still names the loser: no listener ran here.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update directory_organization set merged_into = ?1 where id = ?2")
                    .setParameter(1, winner).setParameter(2, loser).executeUpdate();
            index.refreshAll(List.of(UUID.fromString(id)), true);
        });
        assertEquals(List.of(id), search("future"));
        assertEquals(List.of(id), search("السوري"));
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update directory_organization set merged_into = null where id = ?1")
                    .setParameter(1, loser).executeUpdate();
            index.refreshAll(List.of(UUID.fromString(id)), true);
        });
        assertEquals(List.of(), search("future"));
    }

    @Test
    void aChangedMeetingIsFoundByItsNewWords() {
        String id = meeting("اجتماع أول", null, List.of());
        patch(id, "{\"titleAr\": \"مؤتمر قوى المعارضة\"}").then().statusCode(200);
        assertEquals(List.of(id), search("مؤتمر"));
        assertEquals(List.of(), search("أول"));
    }

    @Test
    void aRowComputedFromAnOlderVersionOfItsMeetingNeverReplacesANewerOne() {
        String id = meeting("اجتماع أول", null, List.of());
        patch(id, "{\"titleAr\": \"مؤتمر قوى المعارضة\"}").then().statusCode(200);
        // A refresh batch that read the meeting before that change and writes after it.
        QuarkusTransaction.requiringNew().run(() -> {
            Meeting stale = Meeting.readOnly(List.of(UUID.fromString(id))).get(0);
            stale.version = stale.version - 1;
            stale.titleAr = "اجتماع أول";
            index.write(List.of(stale), false);
        });
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

        var first = SearchFixture.get(TestTokens.admin(), "/meetings",
                Map.of("q", "decentralisation", "organization", organizer.toString(), "limit", 2)).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(3, first.getInt("total"));
        var second = SearchFixture.get(TestTokens.admin(), "/meetings",
                Map.of("q", "decentralisation", "organization", organizer.toString(), "limit", 2,
                        "cursor", first.getString("nextCursor"))).then().statusCode(200).extract().jsonPath();
        List<String> paged = new ArrayList<>(first.getList("items.id"));
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

    @Test
    void beyondTheBoundsTotalsAreEstimatesAndOnlyTheNewestMatchesAreRanked() {
        // The test profile counts up to 5 and ranks the newest 6 matches; these two rank highest but are oldest.
        List<String> oldestBest = List.of(meeting("ندوة اللامركزية اللامركزية", "اللامركزية", List.of("اللامركزية")),
                meeting("ندوة اللامركزية اللامركزية", "اللامركزية", List.of("اللامركزية")));
        List<String> newer = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            newer.add(meeting("اجتماع عادي " + i, "ناقش اللامركزية", List.of()));
        }
        var page = SearchFixture.get(TestTokens.admin(), "/meetings",
                Map.of("q", "اللامركزية", "organization", organizer.toString(), "limit", 50)).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(true, page.getBoolean("totalIsEstimate"));
        // Seven were read (the candidates and one more, which shows there are more than those): never fewer.
        assertTrue(page.getLong("total") >= 7, "never less than was read: " + page.getLong("total"));
        assertEquals(sorted(newer), sorted(page.getList("items.id")));
        assertTrue(page.getList("items.id").stream().noneMatch(oldestBest::contains));

        var few = SearchFixture.get(TestTokens.admin(), "/meetings",
                Map.of("q", "ندوة", "organization", organizer.toString())).then().statusCode(200).extract().jsonPath();
        assertEquals(false, few.getBoolean("totalIsEstimate"));
        assertEquals(2, few.getLong("total"));
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private List<String> search(String q) {
        return ids(Map.of("q", q, "organization", organizer.toString()));
    }
}
