package org.liaison.recommendations.report;

import org.liaison.contracts.RecommendationState.Action;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.recommendations.model.TimelineEntry;
import org.liaison.recommendations.model.TimelineOrder;
import org.liaison.recommendations.status.Progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A set's progress over its year: at the end of each month up to the report's day, the mean progress of its
 * recommendations as the status changes known to have happened by then and their actions as recorded by then left
 * them. A dated change counts from the last day its date may stand for («2023» from December), so the chart never
 * shows progress earlier than the source allows; an undated one from the day it was recorded. A recommendation
 * never reported counts as 0.
 */
final class YearProgress {

    /** A recommendation's status changes, recorded by the report's day. */
    record History(UUID recommendationId, List<TimelineEntry> statusChanges) {
    }

    private YearProgress() {
    }

    /**
     * @param actionsAt the actions of the set's recommendations as recorded before an instant, by recommendation
     */
    static List<AnnualReport.MonthProgress> of(int year, LocalDate asOf, Instant cutoff, List<History> histories,
                                               Function<Instant, Map<UUID, List<Action>>> actionsAt) {
        List<AnnualReport.MonthProgress> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth yearMonth = YearMonth.of(year, month);
            if (yearMonth.atDay(1).isAfter(asOf) || histories.isEmpty()) {
                break;
            }
            LocalDate until = yearMonth.atEndOfMonth().isBefore(asOf) ? yearMonth.atEndOfMonth() : asOf;
            Instant endOfUntil = until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Map<UUID, List<Action>> actions =
                    actionsAt.apply(endOfUntil.isBefore(cutoff) ? endOfUntil : cutoff);
            long sum = 0;
            for (History history : histories) {
                TimelineEntry last = last(history.statusChanges().stream()
                        .filter(change -> happenedBy(change, until)).toList());
                Integer progress = Progress.current(status(last), last == null ? null : last.progress,
                        actions.getOrDefault(history.recommendationId(), List.of()));
                sum += progress == null ? 0 : progress;
            }
            months.add(new AnnualReport.MonthProgress(yearMonth.toString(), (int) (sum / histories.size())));
        }
        return months;
    }

    /**
     * Where a recommendation stood after these status changes: the last in timeline order, ordered among status
     * changes alone so that no evidence (whatever its date) moves one; null when there are none.
     */
    static TimelineEntry last(List<TimelineEntry> statusChanges) {
        List<TimelineEntry> ordered = TimelineOrder.chronological(statusChanges);
        return ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
    }

    /** The status a last change leaves, adopted when there was none. */
    static RecommendationStatus status(TimelineEntry last) {
        return last == null ? RecommendationStatus.ADOPTED : last.status;
    }

    private static boolean happenedBy(TimelineEntry change, LocalDate day) {
        LocalDate happened = change.date() != null ? change.date().latest()
                : change.recordedAt.atZone(ZoneOffset.UTC).toLocalDate();
        return !happened.isAfter(day);
    }
}
