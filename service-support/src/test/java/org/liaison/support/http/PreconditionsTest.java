package org.liaison.support.http;

import org.junit.jupiter.api.Test;
import org.liaison.support.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreconditionsTest {

    @Test
    void theStrongTagOfTheCurrentVersionPasses() {
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("  \"3\"  ", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"2\", \"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("W/\"2\",\"3\"", 3));
    }

    @Test
    void aMissingIfMatchIs428() {
        assertStatus(428, null, 3);
        assertStatus(428, "", 3);
        assertStatus(428, "   ", 3);
    }

    @Test
    void aWildcardNamesNoVersionAndIs428() {
        ProblemException e = assertStatus(428, "*", 3);
        assertTrue(e.getMessage().contains("*"));
    }

    @Test
    void anOlderVersionIs412WithTheCurrentETag() {
        ProblemException e = assertStatus(412, "\"2\"", 3);
        assertEquals("\"3\"", e.headers().get("ETag"));
        assertEquals(3L, e.toProblem("/x").extensions().get("currentVersion"));
        assertEquals("If-Match", e.toProblem("/x").errors().get(0).field());
    }

    @Test
    void aWeakTagNeverMatchesEvenForTheCurrentVersion() {
        ProblemException e = assertStatus(412, "W/\"3\"", 3);
        assertTrue(e.getMessage().contains("weak"), e.getMessage());
    }

    @Test
    void aValueThatIsNoEntityTagIs400NamingIfMatch() {
        for (String malformed : new String[]{"3", "\"3", "W/3", "\"3\" \"4\"", "\"a b\"", ","}) {
            ProblemException e = assertStatus(400, malformed, 3);
            assertEquals("If-Match", e.toProblem("/x").errors().get(0).field(), malformed);
        }
    }

    @Test
    void theTagComparesAsTextNotAsNumber() {
        assertStatus(412, "\"03\"", 3);
    }

    private static ProblemException assertStatus(int status, String ifMatch, long version) {
        ProblemException e = assertThrows(ProblemException.class, () -> Preconditions.requireIfMatch(ifMatch, version),
                String.valueOf(ifMatch));
        assertEquals(status, e.status(), ifMatch + ": " + e.getMessage());
        return e;
    }
}
