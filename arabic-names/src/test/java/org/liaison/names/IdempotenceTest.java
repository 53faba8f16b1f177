package org.liaison.names;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdempotenceTest {

    static Stream<String> domainNames() {
        return DomainNames.all();
    }

    private static final List<UnaryOperator<String>> FORMS = List.of(
            ArabicNames::display, ArabicNames::searchKey, ArabicNames::compactKey, ArabicNames::latinKey);

    @Nested
    @DisplayName("form(form(x)) == form(x) for the real names of the domain")
    class DomainNamesTable {
        @ParameterizedTest
        @MethodSource("org.liaison.names.IdempotenceTest#domainNames")
        void stable(String name) {
            for (UnaryOperator<String> form : FORMS) {
                String once = form.apply(name);
                assertEquals(once, form.apply(once), name);
            }
        }

        @ParameterizedTest
        @MethodSource("org.liaison.names.IdempotenceTest#domainNames")
        void keysOfTheDisplayFormAreTheKeysOfTheName(String name) {
            String display = ArabicNames.display(name);
            assertEquals(ArabicNames.searchKey(name), ArabicNames.searchKey(display));
            assertEquals(ArabicNames.compactKey(name), ArabicNames.compactKey(display));
            assertEquals(ArabicNames.latinKey(name), ArabicNames.latinKey(display));
        }

        @Test
        void theTableIsLargeEnough() {
            assertTrue(DomainNames.ARABIC.size() >= 20 && DomainNames.ENGLISH.size() >= 20);
        }
    }

    @Nested
    @DisplayName("the same holds for every BMP character, alone and between letters")
    class EveryCharacter {
        @Test
        void everyForm() {
            List<String> failures = new ArrayList<>();
            for (int c = 0; c < 0x10000 && failures.size() < 20; c++) {
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                String alone = String.valueOf((char) c);
                check(alone, failures);
                check("عبد" + alone + "م", failures);
                check("a " + alone + "b", failures);
            }
            assertEquals(List.of(), failures);
        }

        private void check(String text, List<String> failures) {
            for (UnaryOperator<String> form : FORMS) {
                String once = form.apply(text);
                if (!once.equals(form.apply(once))) {
                    failures.add("idempotence " + hex(text));
                }
            }
            String display = ArabicNames.display(text);
            if (!ArabicNames.searchKey(text).equals(ArabicNames.searchKey(display))
                    || !ArabicNames.compactKey(text).equals(ArabicNames.compactKey(display))
                    || !ArabicNames.latinKey(text).equals(ArabicNames.latinKey(display))) {
                failures.add("key of display " + hex(text));
            }
        }

        @Test
        void supplementaryCharacters() {
            List<String> samples = List.of("\uD835\uDC00bc", "𝐀𝐥-𝐀𝐜𝐡𝐢", "مسد 😀 مسد",
                    "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62", "𐐀𐐨", "\uDB40\uDD00مسد");
            List<String> failures = new ArrayList<>();
            for (String s : samples) {
                check(s, failures);
            }
            assertEquals(List.of(), failures);
            assertEquals("al achi", ArabicNames.searchKey("𝐀𝐥-𝐀𝐜𝐡𝐢"));
            assertEquals("مسد مسد", ArabicNames.searchKey("مسد 😀 مسد"));
            assertEquals("𐐨𐐨", ArabicNames.searchKey("𐐀𐐨"));
        }

        private static String hex(String s) {
            StringBuilder b = new StringBuilder();
            s.codePoints().forEach(cp -> b.append(String.format("U+%04X ", cp)));
            return b.toString().trim();
        }
    }
}
