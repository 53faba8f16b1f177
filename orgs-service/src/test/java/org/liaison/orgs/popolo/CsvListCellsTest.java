package org.liaison.orgs.popolo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The | separator of plain text list cells, and its escapes. */
class CsvListCellsTest {

    @Test
    void itemsHoldingTheSeparatorOrABackslashSurviveARoundTrip() {
        List<String> items = List.of("روحي", "مدني | علاقات عامة", "C:\\path", "end\\");
        String cell = ListCells.join(items);
        assertEquals("روحي | مدني \\| علاقات عامة | C:\\\\path | end\\\\", cell);
        assertEquals(items, ListCells.split(cell));
    }

    @Test
    void blankItemsAndSurroundingSpaceAreDropped() {
        assertEquals(List.of("مسد", "SDC"), ListCells.split(" مسد |  | SDC "));
        assertEquals(List.of(), ListCells.split(null));
        assertEquals(List.of(), ListCells.split(""));
    }

    @Test
    void nameBasedIdsAreStableAndUuidsKept() {
        assertEquals(ImportIds.of("organization", "snc"), ImportIds.of("organization", " snc "));
        assertEquals(5, ImportIds.of("organization", "snc").version());
        assertEquals(false, ImportIds.of("organization", "snc").equals(ImportIds.of("person", "snc")));
        String uuid = "4a6f0e8c-1b2d-4c3e-9f00-0123456789ab";
        assertEquals(uuid, ImportIds.of("person", uuid).toString());
        // UUID.fromString would take this for a UUID; it is an id of another system.
        assertEquals(5, ImportIds.of("person", "1-2-3-4-5").version());
    }
}
