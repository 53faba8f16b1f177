package org.liaison.recommendations.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The order a timeline is shown and carried in: oldest first by the date reported (the first day a partial date
 * may stand for), ties by recording time. An undated entry («أمس السبت» in an undated article) stands where it was
 * recorded: after the dated entries recorded before it, so the adoption of a set with no date stays first.
 */
public final class TimelineOrder {

    private TimelineOrder() {
    }

    public static List<TimelineEntry> chronological(List<? extends TimelineEntry> entries) {
        Comparator<TimelineEntry> byRecording =
                Comparator.<TimelineEntry, Instant>comparing(e -> e.recordedAt)
                .thenComparing(e -> e.id);
        Map<UUID, LocalDate> day = new HashMap<>();
        LocalDate last = LocalDate.MIN;
        for (TimelineEntry entry : entries.stream().sorted(byRecording).toList()) {
            if (entry.dateStart() != null) {
                last = entry.dateStart();
            }
            day.put(entry.id, entry.dateStart() != null ? entry.dateStart() : last);
        }
        return entries.stream().map(TimelineEntry.class::cast)
                .sorted(Comparator.comparing((TimelineEntry e) -> day.get(e.id)).thenComparing(byRecording)).toList();
    }
}
