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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Builds {@link AnnualReport}s. As of a day: the sets and recommendations created by the end of that day (UTC), the
 * timeline entries recorded by then, in {@link TimelineOrder}; the status is the last of those that is a status
 * change (evidence never sets it), and the evidence meetings are those of entries not retracted by then. Entries
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
        List<AnnualReport.SetPart> setParts = sets.stream().map(s -> new AnnualReport.SetPart(s.id, s.titleAr,
                s.titleEn, s.adoptingMeetingId, s.adoptedOn, s.createdAt)).toList();
        List<AnnualReport.Item> items = new ArrayList<>();
        Predicate<UUID> visible = visibility.forCaller();
        for (RecommendationSet set : sets) {
            List<Recommendation> recommendations = Recommendation.<Recommendation>find(
                    "setId = ?1 and createdAt < ?2 order by number, createdAt, id", set.id, cutoff).list();
            Map<UUID, List<RecommendationState.Action>> actions =
                    revisions.asOf(recommendations.stream().map(r -> r.id).toList(), cutoff);
            Map<UUID, List<RecommendationState.Indicator>> indicators =
                    indicatorRevisions.asOf(recommendations.stream().map(r -> r.id).toList(), cutoff);
            for (Recommendation r : recommendations) {
                items.add(item(r, cutoff, visible, actions.getOrDefault(r.id, List.of()),
                        IndicatorLines.of(indicators.getOrDefault(r.id, List.of()))));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RecommendationStatus status : RecommendationStatus.values()) {
            counts.put(status.code(), items.stream().filter(i -> i.status() == status).count());
        }
        return new AnnualReport(OrganizationRef.of(issuing.id(), issuing), year, asOf, setParts, counts, items);
    }

    private AnnualReport.Item item(Recommendation r, Instant cutoff, Predicate<UUID> visible,
                                   List<RecommendationState.Action> actions,
                                   List<IndicatorLines.Indicator> indicators) {
        List<TimelineEntry> recorded = TimelineEntry.<TimelineEntry>list(
                "recommendationId = ?1 and recordedAt < ?2", r.id, cutoff);
        List<TimelineEntry> entries = TimelineOrder.chronological(recorded);
        // Where it stood: the last status change in timeline order, ordered among status changes alone, so that no
        // evidence (whatever its date) moves one.
        List<TimelineEntry> changes = TimelineOrder.chronological(
                recorded.stream().filter(e -> e.kind == EntryKind.STATUS_CHANGE).toList());
        TimelineEntry last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
        RecommendationStatus status = last == null ? RecommendationStatus.ADOPTED : last.status;
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
            timeline.add(new AnnualReport.Entry(e.id, e.kind, e.status, shown.date(), e.note, shown.meetingIds(),
                    shown.meetings(), e.recordedAt, e.retracts, e.progress));
        }
        List<AnnualReport.Meeting> evidence = meetingIds.stream()
                .map(id -> visible.test(id) ? meeting(id) : AnnualReport.Meeting.hidden()).toList();
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
        return meetings.find(id).map(m -> new AnnualReport.Meeting(id, m.titleAr(), m.titleEn(), m.date(), false))
                .orElse(new AnnualReport.Meeting(id, null, null, null, false));
    }
}
