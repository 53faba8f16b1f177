package org.liaison.recommendations.status;

import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.liaison.recommendations.model.RecommendationStatus.ADOPTED;
import static org.liaison.recommendations.model.RecommendationStatus.CARRIED_OVER;
import static org.liaison.recommendations.model.RecommendationStatus.DROPPED;
import static org.liaison.recommendations.model.RecommendationStatus.IMPLEMENTED;
import static org.liaison.recommendations.model.RecommendationStatus.IN_PROGRESS;
import static org.liaison.recommendations.model.RecommendationStatus.NOT_IMPLEMENTED;
import static org.liaison.recommendations.model.RecommendationStatus.PARTIALLY_IMPLEMENTED;
import static org.liaison.recommendations.model.RecommendationStatus.PLANNED;

/**
 * The life cycle of a recommendation: adopted → planned → in_progress → an outcome. Reports often come late, so a
 * step may be skipped (adopted straight to implemented), but never taken back: nothing returns to adopted or
 * planned. in_progress may be reported again (a progress report), and a partial implementation may be taken up
 * again. implemented, dropped and carried_over are final; a recommendation not implemented can still be dropped
 * or carried over to the next year.
 */
public final class StatusLifecycle {

    private static final Set<RecommendationStatus> OUTCOMES =
            EnumSet.of(IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED, DROPPED, CARRIED_OVER);

    private static final Map<RecommendationStatus, Set<RecommendationStatus>> NEXT = Map.of(
            ADOPTED, union(EnumSet.of(PLANNED, IN_PROGRESS), OUTCOMES),
            PLANNED, union(EnumSet.of(IN_PROGRESS), OUTCOMES),
            IN_PROGRESS, union(EnumSet.of(IN_PROGRESS), OUTCOMES),
            PARTIALLY_IMPLEMENTED, EnumSet.of(IN_PROGRESS, IMPLEMENTED, DROPPED, CARRIED_OVER),
            NOT_IMPLEMENTED, EnumSet.of(DROPPED, CARRIED_OVER),
            IMPLEMENTED, EnumSet.noneOf(RecommendationStatus.class),
            DROPPED, EnumSet.noneOf(RecommendationStatus.class),
            CARRIED_OVER, EnumSet.noneOf(RecommendationStatus.class));

    private StatusLifecycle() {
    }

    public static boolean allows(RecommendationStatus from, RecommendationStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static boolean isFinal(RecommendationStatus status) {
        return NEXT.get(status).isEmpty();
    }

    /** @throws ProblemException 409 naming the current status and the ones it may go to */
    public static void requireAllowed(RecommendationStatus from, RecommendationStatus to) {
        if (allows(from, to)) {
            return;
        }
        String detail = "a recommendation that is " + from.code() + " cannot become " + to.code()
                + (isFinal(from) ? "; " + from.code() + " is final"
                : "; it may become "
                        + String.join(", ", NEXT.get(from).stream().map(RecommendationStatus::code).toList()));
        throw ProblemException.conflict(detail,
                new Problem.FieldError("status", "cannot go from " + from.code() + " to " + to.code()),
                Map.of("currentStatus", from.code()));
    }

    private static Set<RecommendationStatus> union(Set<RecommendationStatus> a, Set<RecommendationStatus> b) {
        EnumSet<RecommendationStatus> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
