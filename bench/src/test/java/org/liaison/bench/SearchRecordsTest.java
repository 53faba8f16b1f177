package org.liaison.bench;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchRecordsTest {

    @Test
    void organisationsHaveDistinctNamesAndTheCommonWordIsFarMoreFrequentThanTheRareOne() {
        List<SearchRecords.Organization> organizations = new SearchRecords(14).organizations(20_000);
        Set<String> names = new HashSet<>();
        organizations.forEach(o -> names.add(o.popolo().get("name").asText()));
        assertEquals(20_000, names.size(), "the import would match a name twice instead of creating it");
        long common = names.stream().filter(n -> n.contains("مجلس")).count();
        long rare = names.stream().filter(n -> n.contains("عامودا")).count();
        assertTrue(common > 5_000, "common: " + common);
        assertTrue(rare >= 1 && rare < 20, "rare: " + rare);
    }

    @Test
    void theSameSeedGivesTheSameMeetingsEachWithAnOrganizerOfTheList() {
        List<UUID> organizers = List.of(UUID.randomUUID(), UUID.randomUUID());
        var first = new SearchRecords(14).meetings(100, organizers);
        var again = new SearchRecords(14).meetings(100, organizers);
        assertEquals(first, again);
        first.forEach(m -> assertTrue(organizers.contains(UUID.fromString(m.get("organizerId").asText()))));
    }
}
