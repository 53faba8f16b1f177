package org.liaison.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The full current state of a recommendation, carried by every {@code recommendation.*} event: its current
 * status and its whole timeline, and the links it makes to other recommendations.
 *
 * @param number          the value («٣» is 3)
 * @param numberAsWritten the digits as the source wrote them
 * @param instruments     canonical ids ({@code unsc-2254})
 * @param status          adopted, planned, in_progress, implemented, partially_implemented, not_implemented,
 *                        dropped or carried_over
 * @param timeline        oldest first
 * @param lineage         links from this recommendation (carried_over_to, repeats, supersedes, split_into,
 *                        merged_from); links to it are in the other recommendation's state
 * @param progress        percent done (0-100): 100 once implemented, else the roll-up of its actions when it has any
 *                        not dropped, else as the last status change left it; null when never reported (and in
 *                        events written before progress was reported)
 * @param actions         its actions (sub-results), oldest first; empty in events written before there were any
 * @param indicators      its indicators with every measurement recorded, oldest first; empty in events written
 *                        before there were any
 */
public record RecommendationState(UUID id, long version, UUID setId, int number, String numberAsWritten,
                                  String textAr, String textEn, List<String> themes, UUID leadOfficeId,
                                  List<UUID> supportingOrganizationIds, List<String> instruments, String status,
                                  List<Entry> timeline, List<Link> lineage, Integer progress, List<Action> actions,
                                  List<Indicator> indicators)
        implements AggregateState {

    public RecommendationState {
        themes = copy(themes);
        supportingOrganizationIds = copy(supportingOrganizationIds);
        instruments = copy(instruments);
        timeline = copy(timeline);
        lineage = copy(lineage);
        actions = copy(actions);
        indicators = copy(indicators);
    }

    public RecommendationState(UUID id, long version, UUID setId, int number, String numberAsWritten, String textAr,
                               String textEn, List<String> themes, UUID leadOfficeId,
                               List<UUID> supportingOrganizationIds, List<String> instruments, String status,
                               List<Entry> timeline, List<Link> lineage, Integer progress, List<Action> actions) {
        this(id, version, setId, number, numberAsWritten, textAr, textEn, themes, leadOfficeId,
                supportingOrganizationIds, instruments, status, timeline, lineage, progress, actions, null);
    }

    public RecommendationState(UUID id, long version, UUID setId, int number, String numberAsWritten, String textAr,
                               String textEn, List<String> themes, UUID leadOfficeId,
                               List<UUID> supportingOrganizationIds, List<String> instruments, String status,
                               List<Entry> timeline, List<Link> lineage, Integer progress) {
        this(id, version, setId, number, numberAsWritten, textAr, textEn, themes, leadOfficeId,
                supportingOrganizationIds, instruments, status, timeline, lineage, progress, null, null);
    }

    public RecommendationState(UUID id, long version, UUID setId, int number, String numberAsWritten, String textAr,
                               String textEn, List<String> themes, UUID leadOfficeId,
                               List<UUID> supportingOrganizationIds, List<String> instruments, String status,
                               List<Entry> timeline, List<Link> lineage) {
        this(id, version, setId, number, numberAsWritten, textAr, textEn, themes, leadOfficeId,
                supportingOrganizationIds, instruments, status, timeline, lineage, null, null, null);
    }

    /**
     * @param kind       status_change (the only kind that says where the recommendation stands), evidence, or
     *                   evidence_retracted (an owner withdrew the evidence entry {@code retracts}; both stay)
     * @param status     the status reported, or for the other kinds the status the recommendation had then
     * @param date       null also for evidence from restricted meetings only (the meeting's date is theirs)
     * @param reportedBy the office that reported or retracted it; null for evidence from a meeting's event
     * @param meetingIds the meetings that show it, restricted meetings left out
     * @param retracts   for evidence_retracted, the evidence entry withdrawn; otherwise null
     * @param meetings   every meeting that shows it, in order: a restricted one only as
     *                   {@code {"meetingId": null, "redacted": true}}, since that it advanced this recommendation is
     *                   one of its hidden details (events go to every office)
     * @param progress   for a status change, percent done (0-100) as of it (as reported, or as the change before
     *                   left it); null for evidence and for changes recorded before progress was reported
     */
    public record Entry(UUID id, String kind, String status, PartialDate date, String note, UUID reportedBy,
                        List<UUID> meetingIds, List<String> sourceUrls, Instant recordedAt, UUID retracts,
                        List<MeetingRef> meetings, Integer progress) {

        public Entry {
            meetingIds = copy(meetingIds);
            sourceUrls = copy(sourceUrls);
            meetings = meetings == null ? meetingIds.stream().map(MeetingRef::shown).toList() : List.copyOf(meetings);
        }

        public Entry(UUID id, String kind, String status, PartialDate date, String note, UUID reportedBy,
                     List<UUID> meetingIds, List<String> sourceUrls, Instant recordedAt, UUID retracts,
                     List<MeetingRef> meetings) {
            this(id, kind, status, date, note, reportedBy, meetingIds, sourceUrls, recordedAt, retracts, meetings,
                    null);
        }

        public Entry(UUID id, String kind, String status, PartialDate date, String note, UUID reportedBy,
                     List<UUID> meetingIds, List<String> sourceUrls, Instant recordedAt, UUID retracts) {
            this(id, kind, status, date, note, reportedBy, meetingIds, sourceUrls, recordedAt, retracts, null, null);
        }

        public Entry(UUID id, String kind, String status, PartialDate date, String note, UUID reportedBy,
                     List<UUID> meetingIds, List<String> sourceUrls, Instant recordedAt) {
            this(id, kind, status, date, note, reportedBy, meetingIds, sourceUrls, recordedAt, null, null, null);
        }
    }

    /**
     * A meeting a timeline entry cites, as shown to whoever reads it: its id, or for a restricted meeting the reader
     * may not see, nothing but that there is one.
     */
    public record MeetingRef(UUID meetingId, boolean redacted) {

        public static MeetingRef shown(UUID id) {
            return new MeetingRef(id, false);
        }

        public static MeetingRef hidden() {
            return new MeetingRef(null, true);
        }
    }

    public record Link(String relation, UUID recommendationId) {
    }

    /**
     * An action (sub-result) that carries a recommendation out, with its own lead unit, due date, status and weight;
     * the recommendation's progress is the weighted mean of its actions' that are not dropped.
     *
     * @param status   planned, in_progress, done or dropped
     * @param progress percent done (0-100); done is 100
     * @param weight   its share in the roll-up (1-100)
     */
    public record Action(UUID id, long version, String titleAr, String titleEn, UUID leadOfficeId, PartialDate dueDate,
                         String status, int progress, int weight) {
    }

    /**
     * A figure that shows how far a recommendation has got (an indicator), with its measurements: these are only
     * ever added, a wrong one corrected by a later one or withdrawn by an entry that says so.
     *
     * @param unit         as written (percent, meetings, «عضو»); null when the figure is a count of nothing named
     * @param baseline     where it stood before, with {@code baselineDate}; null when unknown
     * @param target       where it is meant to get, by {@code targetDate}; null when not set
     * @param measurements every measurement and withdrawal recorded, in the order recorded
     */
    public record Indicator(UUID id, long version, String nameAr, String nameEn, String unit, BigDecimal baseline,
                            PartialDate baselineDate, BigDecimal target, PartialDate targetDate,
                            List<Measurement> measurements) {

        public Indicator {
            measurements = copy(measurements);
        }

        /** This indicator with other measurements, e.g. those recorded by a report's day. */
        public Indicator withMeasurements(List<Measurement> recorded) {
            return new Indicator(id, version, nameAr, nameEn, unit, baseline, baselineDate, target, targetDate,
                    recorded);
        }
    }

    /**
     * An entry of an indicator's measurements.
     *
     * @param kind       measurement, or withdrawal (withdraws the measurement {@code withdraws}; both stay)
     * @param value      the figure measured; null for a withdrawal
     * @param measuredOn when it was measured, partial; null for a withdrawal
     * @param recordedBy the office that recorded it
     */
    public record Measurement(UUID id, String kind, BigDecimal value, PartialDate measuredOn, String sourceUrl,
                              String note, UUID recordedBy, Instant recordedAt, UUID withdraws) {
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
