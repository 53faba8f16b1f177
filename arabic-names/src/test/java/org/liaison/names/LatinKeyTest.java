package org.liaison.names;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.names.ArabicNames.latinKey;

class LatinKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Al-Achi", "Al Achi", "al achi", "AL ACHI", " Al–Achi ", "Al_Achi", "Al.Achi", "al  ACHI",
            "ＡＬ ＡＣＨＩ"})
    void alAchiVariantsShareAKey(String written) {
        assertEquals("al achi", latinKey(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Société | societe",
        "Société Générale | societe generale",
        "SOCIÉTÉ GÉNÉRALE | societe generale",
        "Geneva Communiqué | geneva communique",
        "Straße | strasse",
        "ʿAbd al-Raḥmān | abd al rahman",
        "O'Brien | o brien",
        "Mutasem Al-Syoufi | mutasem al syoufi",
        "Women Now for Development | women now for development",
        "UNSC 2254 | unsc 2254",
        "ﬁnance | finance",
    })
    void folded(String written, String key) {
        assertEquals(key, latinKey(written));
    }
}
