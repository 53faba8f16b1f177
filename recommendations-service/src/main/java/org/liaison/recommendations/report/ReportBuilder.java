package org.liaison.recommendations.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.RecommendationState;
import org.liaison.recommendations.action.ActionRevisions;
import org.liaison.recommendations.common.OrganizationRef;
import org.liaison.recommendations.directory.MeetingDirectory;
import org.liaison.recommendations.directory.MeetingVisibility;
import org.liaison.recommendations.indicator.IndicatorRevisions;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.recommendations.model.TimelineEntry;
import org.liaison.recommendations.model.TimelineOrder;
import org.liaison.recommendations.status.Progress;
import org.liaison.recommendations.status.Timeline;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds {@link AnnualReport}s. As of a day: the sets and recommendations created by the end of that day (UTC), the
 * timeline entries recorded by then, in {@link TimelineOrder}; the status is the last of those that is a status
 * change (evidence never sets it), and the evidence meetings are those of entries not retracted by then, each named
 * by title, date and place from the meeting directory. Each set has its status counts and progress by month. Entries
 * are only ever added, and actions and indicators are read from their revisions recorded by then (with the
 * measurements recorded by then, which are only ever added), so a report as of a past day never changes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportBuilder {

    private final OrganizationDirectory organizations;
    private final MeetingDirectory meetings;
    private final MeetingVisibility visibility;
    private final ActionRevisions revisions;
    private final IndicatorRevisions indicatorRevisions;

    public ReportBuilder(OrganizationDirectory organizations, MeetingDirectory meetings, MeetingVisibility visibility,
                         ActionRevisions revisions, IndicatorRevisions indicatorRevisions) {
        this.organizations = organizations;
        this.meetings = meetings;
        this.visibility = visibility;
        this.revisions = revisions;
        this.indicatorRevisions = indicatorRevisions;
    }

    /** @throws ProblemException 404 when no such organisation is known */
    public AnnualReport build(UUID organizationId, int year, LocalDate asOf) {
        OrganizationState known = organizations.find(organizationId)
                .orElseThrow(() -> ProblemException.notFound("organization", organizationId));
        // A merged organisation's sets now name its winner.
        UUID issuer = organizations.resolve(organizationId);
        OrganizationState issuing = issuer.equals(organizationId) ? known : organizations.find(issuer).orElse(known);
        Instant cutoff = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<RecommendationSet> sets = RecommendationSet.<RecommendationSet>find(
                "issuingOrganizationId = ?1 and year = ?2 and createdAt < ?3 order by createdAt, id",
                issuer, year, cutoff).list();
        List<AnnualReport.SetPart> setParts = new ArrayList<>();
        List<AnnualReport.Item> items = new ArrayList<>();
        Predicate<UUID> visible = visibility.forCaller();
        Map<UUID, AnnualReport.Meeting> meetingsSeen = new HashMap<>();
        Function<UUID, AnnualReport.Meeting> meeting = id -> meetingsSeen.computeIfAbsent(id, this::meeting);
        for (RecommendationSet set : sets) {
            List<Recommendation> recommendations = Recommendation.<Recommendation>find(
                    "setId = ?1 and createdAt < ?2 order by number, createdAt, id", set.id, cutoff).list();
            List<UUID> ids = recommendations.stream().map(r -> r.id).toList();
            Map<UUID, List<RecommendationState.Action>> actions = revisions.asOf(ids, cutoff);
            Map<UUID, List<RecommendationState.Indicator>> indicators = indicatorRevisions.asOf(ids, cutoff);
            List<AnnualReport.Item> setItems = new ArrayList<>();
            List<YearProgress.History> histories = new ArrayList<>();
            for (Recommendation r : recommendations) {
                List<TimelineEntry> recorded = TimelineEntry.<TimelineEntry>list(
                        "recommendationId = ?1 and recordedAt < ?2", r.id, cutoff);
                histories.add(new YearProgress.History(r.id,
                        recorded.stream().filter(e -> e.kind == EntryKind.STATUS_CHANGE).toList()));
                setItems.add(item(r, recorded, visible, meeting, actions.getOrDefault(r.id, List.of()),
                        IndicatorLines.of(indicators.getOrDefault(r.id, List.of()))));
            }
            setParts.add(new AnnualReport.SetPart(set.id, set.titleAr, set.titleEn, set.adoptingMeetingId,
                    set.adoptedOn, set.createdAt, counts(setItems), YearProgress.of(set.year, asOf, cutoff, histories,
                    at -> revisions.asOf(ids, at))));
            items.addAll(setItems);
        }
        return new AnnualReport(OrganizationRef.of(issuing.id(), issuing), year, asOf, setParts, counts(items),
                items);
    }

    /** How many of the items are in each status, every status named. */
    private static Map<String, Long> counts(List<AnnualReport.Item> items) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RecommendationStatus status : RecommendationStatus.values()) {
            counts.put(status.code(), items.stream().filter(i -> i.status() == status).count());
        }
        return counts;
    }

    private AnnualReport.Item item(Recommendation r, List<TimelineEntry> recorded, Predicate<UUID> visible,
                                   Function<UUID, AnnualReport.Meeting> meeting,
                                   List<RecommendationState.Action> actions,
                                   List<IndicatorLines.Indicator> indicators) {
        List<TimelineEntry> entries = TimelineOrder.chronological(recorded);
        TimelineEntry last = YearProgress.last(recorded.stream().filter(e -> e.kind == EntryKind.STATUS_CHANGE)
                .toList());
        RecommendationStatus status = YearProgress.status(last);
        String lastChange = last == null ? null : last.date() != null ? last.date().toString()
                : last.recordedAt.atZone(ZoneOffset.UTC).toLocalDate().toString();
        Set<UUID> retracted = Timeline.retracted(entries);
        Set<UUID> meetingIds = new LinkedHashSet<>();
        List<AnnualReport.Entry> timeline = new ArrayList<>();
        for (TimelineEntry e : entries) {
            if (e.kind != EntryKind.EVIDENCE_RETRACTED && !retracted.contains(e.id)) {
                meetingIds.addAll(e.meetingIds);
            }
            TimelineEntry.Shown shown = e.shownTo(visible);
            List<AnnualReport.Meeting> cited = shown.meetings().stream()
                    .map(ref -> ref.redacted() ? AnnualReport.Meeting.hidden() : meeting.apply(ref.meetingId()))
                    .toList();
            timeline.add(new AnnualReport.Entry(e.id, e.kind, e.kind == EntryKind.STATUS_CHANGE ? e.status : null,
                    shown.date(), e.note, shown.meetingIds(), cited, e.recordedAt, e.retracts, e.progress));
        }
        List<AnnualReport.Meeting> evidence = meetingIds.stream()
                .map(id -> visible.test(id) ? meeting.apply(id) : AnnualReport.Meeting.hidden()).toList();
        OrganizationRef lead = r.leadOfficeId == null ? null
                : OrganizationRef.of(r.leadOfficeId, organizations.find(r.leadOfficeId).orElse(null));
        return new AnnualReport.Item(r.id, r.setId, r.number, r.numberAsWritten, r.textAr, r.textEn,
                List.copyOf(r.themes), lead, status, Progress.current(status, last == null ? null : last.progress,
                actions), lastChange, timeline, evidence, actions.stream().map(this::action).toList(), indicators);
    }

    private AnnualReport.Action action(RecommendationState.Action a) {
        return new AnnualReport.Action(a.id(), a.titleAr(), a.titleEn(), a.leadOfficeId() == null ? null
                : OrganizationRef.of(a.leadOfficeId(), organizations.find(a.leadOfficeId()).orElse(null)),
                a.dueDate(), a.status(), a.progress(), a.weight());
    }

    /** A meeting the reader may see named (see {@link MeetingVisibility}). */
    private AnnualReport.Meeting meeting(UUID id) {
        return meetings.find(id).map(m -> new AnnualReport.Meeting(id, m.titleAr(), m.titleEn(), m.date(), m.place(),
                false)).orElse(new AnnualReport.Meeting(id, null, null, null, null, false));
    }
}
