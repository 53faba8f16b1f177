package org.liaison.meetings.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.EventJson;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.names.ArabicNames;
import org.liaison.names.NameVariants;
import org.liaison.support.directory.OrganizationDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.meetings.MeetingFixture.schedule;
import static org.liaison.meetings.search.SearchFixture.ids;

/**
 * Search agrees with the duplicate check (issue 16): every spelling of a name that the duplicate check takes for it
 * (the same compact key: folded letters, removed marks, other digits, compound prefixes with or without a space)
 * finds by {@code GET /meetings?q=} the meetings that name it: an organisation taking part, by its Arabic or English
 * name as the directory has it, and a participant by the name the meeting records. The names are the sample data's,
 * each with a tag; the spellings are drawn by {@link NameVariants} from a seed printed on failure
 * ({@code -Dliaison.test.variant-seed} replays one).
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingSearchAgreesWithDuplicateCheckTest {

    private static final Path SAMPLE_DATA = Path.of("..", "sample-data");
    private static final int VARIANTS_PER_NAME = 4;

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    @Test
    void everySpellingTheDuplicateCheckTakesForAnOrganisationsNameFindsItsMeetings() throws Exception {
        MeetingFixture fixture = new MeetingFixture(directory, entityManager);
        UUID organizer = fixture.organization("مكتب العلاقات العامة", "Public Relations Office");
        Map<String, String> meetings = new LinkedHashMap<>();
        for (JsonNode record : records("organizations.jsonl")) {
            String nameAr = record.get("nameAr").asText() + " " + tag();
            String nameEn = record.hasNonNull("nameEn") ? record.get("nameEn").asText() + " " + tag() : null;
            UUID organization = fixture.organization(nameAr, nameEn);
            String meeting = schedule("""
                    {"kind": "expanded_meeting", "titleAr": "لقاء تشاوري", "organizerId": "%s",
                     "participants": [{"organizationId": "%s", "role": "participant"}]}"""
                    .formatted(organizer, organization));
            meetings.put(nameAr, meeting);
            if (nameEn != null) {
                meetings.put(nameEn, meeting);
            }
        }
        everySpellingFinds(meetings);
    }

    @Test
    void everySpellingTheDuplicateCheckTakesForAParticipantsNameFindsTheirMeetings() throws Exception {
        UUID organizer = new MeetingFixture(directory, entityManager)
                .organization("مكتب العلاقات العامة", "Public Relations Office");
        Map<String, String> meetings = new LinkedHashMap<>();
        for (JsonNode record : records("people.jsonl")) {
            List<String> names = new ArrayList<>(List.of(record.get("nameAr").asText()));
            if (record.hasNonNull("nameEn")) {
                names.add(record.get("nameEn").asText());
            }
            for (String name : names) {
                String tagged = name + " " + tag();
                meetings.put(tagged, schedule("""
                        {"kind": "expanded_meeting", "titleAr": "لقاء تشاوري", "organizerId": "%s",
                         "participants": [{"personName": %s, "role": "speaker"}]}"""
                        .formatted(organizer, EventJson.mapper().writeValueAsString(tagged))));
            }
        }
        everySpellingFinds(meetings);
    }

    /** Each name's spellings must find the meeting that names it ({@code meetings}: name to meeting). */
    private static void everySpellingFinds(Map<String, String> meetings) {
        long seed = Long.getLong("liaison.test.variant-seed", System.nanoTime());
        Random random = new Random(seed);
        meetings.forEach((name, meeting) -> {
            for (int i = 0; i < VARIANTS_PER_NAME; i++) {
                String variant = NameVariants.of(name, random);
                assertEquals(ArabicNames.compactKey(name), ArabicNames.compactKey(variant),
                        "the generator made a spelling the duplicate check takes for another name (seed " + seed
                                + "): «" + variant + "»");
                assertTrue(ids(Map.of("q", variant)).contains(meeting), "«" + variant
                        + "» does not find the meeting naming «" + name + "» (seed " + seed
                        + ", -Dliaison.test.variant-seed=" + seed + " replays it)");
            }
        });
    }

    private static List<JsonNode> records(String file) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE_DATA.resolve(file))) {
            records.add(EventJson.mapper().readTree(line));
        }
        return records;
    }

    private static String tag() {
        return "x" + UUID.randomUUID().toString().substring(0, 7);
    }
}
