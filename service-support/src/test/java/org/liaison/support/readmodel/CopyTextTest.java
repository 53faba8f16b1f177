package org.liaison.support.readmodel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CopyTextTest {

    @Test
    void valuesAreTabSeparatedWithNullsAndEscapes() {
        UUID a = UUID.fromString("00000000-0000-4000-8000-000000000001");
        UUID b = UUID.fromString("00000000-0000-4000-8000-000000000002");
        StringBuilder out = new StringBuilder();
        CopyText.appendRow(out, new Object[]{a, 3L, "بيتنا\tسوريا\\\n", null, true, List.of(a, b), List.of()});
        assertEquals(a + "\t3\tبيتنا\\tسوريا\\\\\\n\t\\N\tt\t{" + a + "," + b + "}\t{}\n", out.toString());
    }

    @Test
    void aValueWithoutACopyTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CopyText.appendValue(new StringBuilder(), new Object()));
        assertThrows(IllegalArgumentException.class, () -> CopyText.appendValue(new StringBuilder(), List.of("x")));
    }
}
