package org.liaison.names;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator the services' search tests draw spellings from (issue 16): it knows the normaliser's folds, and what
 * it makes is what the duplicate check takes for the name, so a search test that fails on its spellings has found a
 * search that disagrees with the duplicate check, not a bad spelling.
 */
class NameVariantsTest {

    private static final int VARIANTS_PER_NAME = 50;

    @Test
    void theGeneratorKnowsTheNormalisersFoldsAndMarks() {
        assertTrue(NameVariants.letters().get('ا').containsAll(List.of('أ', 'إ', 'آ')));
        assertTrue(NameVariants.letters().get('ه').contains('ة'));
        assertTrue(NameVariants.letters().get('ي').contains('ى'));
        assertTrue(NameVariants.letters().get('3').contains('٣'));
        assertTrue(NameVariants.removedMarks().containsAll(List.of('ـ', '\u064E')), "tatweel and fatha");
    }

    @Test
    void everySpellingItMakesHasTheNamesCompactKey() {
        long seed = Long.getLong("liaison.test.variant-seed", System.nanoTime());
        Random random = new Random(seed);
        // A hyphen after a prefix and one elsewhere: only the first may become a space.
        Stream.concat(DomainNames.all(), Stream.of("Al-Achi", "U.N.-Habitat", "أبو-بكر")).forEach(name -> {
            for (int i = 0; i < VARIANTS_PER_NAME; i++) {
                String variant = NameVariants.of(name, random);
                assertEquals(ArabicNames.compactKey(name), ArabicNames.compactKey(variant),
                        "«" + variant + "» is not «" + name + "» to the duplicate check (seed " + seed + ")");
            }
        });
    }

    @Test
    void itWritesCompoundNamesBothWays() {
        Random random = new Random(16);
        List<String> spellings = IntStream.range(0, 200)
                .mapToObj(i -> ArabicNames.searchKey(NameVariants.of("عبد الرحمن الحاج", random))).distinct().toList();
        assertTrue(spellings.contains("عبد الرحمن الحاج"), spellings.toString());
        assertTrue(spellings.contains("عبدالرحمن الحاج"), spellings.toString());
        assertTrue(spellings.contains("عبد الرحمن ال حاج") || spellings.contains("عبدالرحمن ال حاج"),
                spellings.toString());
    }
}
