package org.liaison.sources.instruments;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The five seed articles (copies of /work/shared/seeds) as whole texts, boilerplate included. */
class SeedArticlesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "000_52989e9fdcaeb159.txt | unsc-1325,cedaw",
        "001_4a227b67c1739e95.txt | geneva-communique,unsc-2118,unsc-2254",
        "002_5adaccad63f1bc71.txt | unsc-2254",
        "003_9760bf98cfdbdc38.txt | ''",
        "004_55adaa63dcde96d2.txt | ''",
    })
    void wholeArticles(String file, String expected) throws IOException {
        InstrumentResolution r = Instruments.resolve(article(file));
        List<String> ids = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
        assertEquals(ids, r.ids());
        assertEquals(List.of(), r.unresolved());
    }

    static String article(String file) throws IOException {
        try (InputStream in = SeedArticlesTest.class.getResourceAsStream("/articles/" + file)) {
            assertNotNull(in, file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
