package org.liaison.recommendations.status;

import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.support.problem.ProblemException;

/**
 * A recommendation's progress, in percent, as status changes report it. A change that does not say keeps the one
 * before, since a status report without a figure says nothing new about how far it got; implemented is 100 and an
 * adopted recommendation has not started (0), whatever was reported before.
 */
public final class Progress {

    public static final int MIN = 0;
    public static final int MAX = 100;

    private Progress() {
    }

    /**
     * The progress a status change records.
     *
     * @param reported the percent the report gives; null when it gives none
     * @param current  the recommendation's progress before the change; null when never reported
     * @throws ProblemException 422 naming {@code progress} when it is out of range or implemented is not 100
     */
    public static Integer after(RecommendationStatus status, Integer reported, Integer current) {
        if (reported != null) {
            requireValid("progress", status, reported);
            return reported;
        }
        return switch (status) {
            case ADOPTED -> MIN;
            case IMPLEMENTED -> MAX;
            default -> current;
        };
    }

    /** @throws ProblemException 422 naming {@code field} when out of range or implemented is not 100 */
    public static void requireValid(String field, RecommendationStatus status, int reported) {
        if (reported < MIN || reported > MAX) {
            throw ProblemException.unprocessable(field, "must be a percentage from 0 to 100");
        }
        if (status == RecommendationStatus.IMPLEMENTED && reported != MAX) {
            throw ProblemException.unprocessable(field, "an implemented recommendation is 100 percent done; report "
                    + "partially_implemented or in_progress for less");
        }
    }
}
