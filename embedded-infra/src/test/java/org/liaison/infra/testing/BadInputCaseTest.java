package org.liaison.infra.testing;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BadInputCaseTest {

    /** The placeholders a service's test or fault F7 gives values for. */
    private static final Map<String, String> GIVEN = Map.of("existing", UUID.randomUUID().toString(),
            "organizer", UUID.randomUUID().toString(), "org", UUID.randomUUID().toString(),
            "meeting", UUID.randomUUID().toString(), "intake", UUID.randomUUID().toString());

    @Test
    void theIndexListsEveryCaseFile() throws Exception {
        Path directory = Path.of(BadInputCase.class.getClassLoader().getResource("bad-input/index.txt").toURI())
                .getParent();
        try (Stream<Path> files = Files.walk(directory)) {
            List<String> present = files.filter(f -> f.toString().endsWith(".csv"))
                    .map(f -> directory.relativize(f).toString()).sorted().toList();
            assertEquals(present, BadInputCase.files().stream().sorted().toList());
        }
    }

    @Test
    void everyCaseIsAFourHundredWithEveryPlaceholderFilled() {
        Pattern placeholder = Pattern.compile("\\{[a-zA-Z-]+}|<<[a-z0-9]+:");
        int cases = 0;
        for (String file : BadInputCase.files()) {
            for (BadInputCase badInput : BadInputCase.load(file)) {
                cases++;
                assertTrue(badInput.status() >= 400 && badInput.status() < 500, badInput::toString);
                BadInputCase filled = badInput.filled(GIVEN);
                for (String text : new String[]{filled.caller(), filled.path(), filled.body(),
                        String.valueOf(filled.headers())}) {
                    assertFalse(text != null && placeholder.matcher(text).find(), () -> badInput + ": " + text);
                }
            }
        }
        assertTrue(cases > 300, "only " + cases + " cases");
    }

    @Test
    void readsCellsAsTheTestsDid() {
        assertEquals(Arrays.asList("a b", "  ", null, "x|y", ""),
                BadInputCase.cells(" a b | `  ` | ~ | `x|y` | `` "));
    }

    @Test
    void encodesWhatAUrlMayNotHoldAndKeepsWhatIsEncodedAlready() throws URISyntaxException {
        assertEquals("/organizations/'%20or%20'1'='1", BadInputClient.encode("/organizations/' or '1'='1"));
        assertEquals("/directory/meetings/%7B%7B7*7%7D%7D",
                BadInputClient.encode("/directory/meetings/%7B%7B7*7%7D%7D"));
        assertEquals("/meetings?q=%D8%9F%21&cursor=%25%25%25", BadInputClient.encode("/meetings?q=؟!&cursor=%%%"));
    }
}
