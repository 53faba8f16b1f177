package org.liaison.recommendations.status;

import org.liaison.contracts.RecommendationState;
import org.liaison.recommendations.model.ActionStatus;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.support.problem.ProblemException;

import java.util.List;

/**
 * A recommendation's progress, in percent, as status changes report it. A change that does not say keeps the one
 * before, since a status report without a figure says nothing new about how far it got; implemented is 100 and an
 * adopted recommendation has not started (0), whatever was reported before. A recommendation with actions not
 * dropped takes its progress from them ({@link #rollUp}), as Decidim's results take theirs from their children.
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

    /**
     * The weighted mean of the progress of the actions not dropped, rounded down (so that 100 means every one is
     * done); null when there are none.
     */
    public static Integer rollUp(List<RecommendationState.Action> actions) {
        long weights = 0;
        long weighted = 0;
        for (RecommendationState.Action action : actions) {
            if (!ActionStatus.DROPPED.code().equals(action.status())) {
                weights += action.weight();
                weighted += (long) action.weight() * action.progress();
            }
        }
        return weights == 0 ? null : (int) (weighted / weights);
    }

    /**
     * A recommendation's progress: 100 once implemented; else the roll-up of its actions when it has any not
     * dropped; else as its last status change left it ({@code lastReported}, null when never reported).
     */
    public static Integer current(RecommendationStatus status, Integer lastReported,
                                  List<RecommendationState.Action> actions) {
        if (status == RecommendationStatus.IMPLEMENTED) {
            return MAX;
        }
        Integer rolledUp = rollUp(actions);
        return rolledUp != null ? rolledUp : lastReported;
    }
}
