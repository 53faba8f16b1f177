package org.liaison.recommendations.report;

import org.liaison.contracts.MeetingState;
import org.liaison.contracts.PartialDate;
import org.liaison.recommendations.common.OrganizationRef;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.RecommendationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organisation's annual report as of a day: what had been recorded by the end of that day (UTC), nothing later.
 * The same as-of day always gives the same report.
 */
public record AnnualReport(OrganizationRef organization, int year, LocalDate asOf, List<SetPart> sets,
                           Map<String, Long> countsByStatus, List<Item> recommendations) {

    /**
     * A set the organisation issued for the year, as it stood.
     *
     * @param countsByStatus  its recommendations by status as of the day
     * @param progressByMonth its mean progress at the end of each month of the year up to the day ({@link
     *                        YearProgress})
     */
    public record SetPart(UUID id, String titleAr, String titleEn, UUID adoptingMeetingId, PartialDate adoptedOn,
                          Instant createdAt, Map<String, Long> countsByStatus, List<MonthProgress> progressByMonth) {
    }

    /** @param month {@code YYYY-MM} */
    public record MonthProgress(String month, int progress) {
    }

    /**
     * One recommendation with its status as of the day, its timeline up to then and its evidence meetings.
     *
     * @param progress percent done (0-100) then: 100 if implemented, else the roll-up of its actions then when it had
     *                 any not dropped, else as the last status change by then left it; null when never reported
     * @param actions  its actions as they stood then, oldest first
     * @param indicators its indicators as they stood then, oldest first, with the measurements recorded by then
     */
    public record Item(UUID id, UUID setId, int number, String numberAsWritten, String textAr, String textEn,
                       List<String> themes, OrganizationRef leadOffice, RecommendationStatus status, Integer progress,
                       String lastChangeDate, List<Entry> timeline, List<Meeting> evidence, List<Action> actions,
                       List<IndicatorLines.Indicator> indicators) {
    }

    /** An action of a recommendation as it stood then, its lead unit with its current names. */
    public record Action(UUID id, String titleAr, String titleEn, OrganizationRef leadOffice, PartialDate dueDate,
                         String status, int progress, int weight) {
    }

    /**
     * @param status     for a status change, the status it set; null for evidence and its retraction, which set none
     * @param date       null when undated, and for evidence citing only restricted meetings the reader may not see
     * @param meetingIds the meetings the reader may see named
     * @param meetings   every meeting cited, as the meeting directory has it; a restricted one the reader may not see
     *                   as {@link Meeting#hidden()}
     * @param retracts   for an evidence_retracted entry, the evidence entry it withdraws
     * @param progress   for a status change, percent done as of it; null for evidence and when never reported
     */
    public record Entry(UUID id, EntryKind kind, RecommendationStatus status, PartialDate date, String note,
                        List<UUID> meetingIds, List<Meeting> meetings, Instant recordedAt,
                        UUID retracts, Integer progress) {
    }

    /**
     * An evidence meeting as the meeting directory has it (title, date and place null while the directory does not
     * know it yet). A restricted meeting the reader may not see is only {@code {"id": null, "redacted": true}}: that
     * it advanced the recommendation is one of its hidden details.
     */
    public record Meeting(UUID id, String titleAr, String titleEn, PartialDate date, MeetingState.MeetingPlace place,
                          boolean redacted) {

        static Meeting hidden() {
            return new Meeting(null, null, null, null, null, true);
        }
    }
}
