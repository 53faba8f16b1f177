package org.liaison.recommendations.set;

import org.junit.jupiter.api.Test;
import org.liaison.recommendations.recommendation.RecommendationNumber;
import org.liaison.support.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Numbers as the sources write them: Western, Arabic-Indic and Eastern Arabic-Indic digits. */
class RecommendationNumberTest {

    @Test
    void readsEveryScriptAndKeepsTheWriting() {
        assertEquals(new RecommendationNumber(3, "٣"), RecommendationNumber.of(null, "٣", ""));
        assertEquals(new RecommendationNumber(12, "۱۲"), RecommendationNumber.of(null, "۱۲", ""));
        assertEquals(new RecommendationNumber(8, "8"), RecommendationNumber.of(8, null, ""));
        assertEquals(new RecommendationNumber(3, "٣"), RecommendationNumber.of(3, " ٣ ", ""));
    }

    @Test
    void refusesDisagreementAndNothing() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> RecommendationNumber.of(4, "٣", "recommendations[2]."));
        assertEquals(422, e.status());
        assertThrows(ProblemException.class, () -> RecommendationNumber.of(null, null, ""));
        assertThrows(ProblemException.class, () -> RecommendationNumber.of(null, "٠", ""));
    }
}
