package org.liaison.recommendations.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.RecommendationSetState;
import org.liaison.contracts.RecommendationState;
import org.liaison.recommendations.directory.MeetingVisibility;
import org.liaison.support.outbox.Outbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Builds the full states the events carry and appends them to the outbox, in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecommendationEvents {

    private final Outbox outbox;

    public RecommendationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void set(String type, RecommendationSet set) {
        outbox.append(type, AggregateTypes.RECOMMENDATION_SET, () -> setState(set));
    }

    public void recommendation(String type, Recommendation recommendation) {
        outbox.append(type, AggregateTypes.RECOMMENDATION, () -> state(recommendation));
    }

    public static RecommendationSetState setState(RecommendationSet set) {
        List<RecommendationSetState.Item> items = Recommendation.<Recommendation>find("setId = ?1 order by number",
                set.id)
                .list().stream().map(r -> new RecommendationSetState.Item(r.id, r.number, r.numberAsWritten)).toList();
        return new RecommendationSetState(set.id, set.version, set.issuingOrganizationId, set.year,
                set.adoptingMeetingId, set.adoptedOn, set.titleAr, set.titleEn, set.sources, items);
    }

    /** The state events carry: every office reads them, so restricted meetings' links are redacted references. */
    public static RecommendationState state(Recommendation r) {
        return states(List.of(r)).get(0);
    }

    /**
     * The states of many recommendations, in their order, reading their timelines, lineage links and the meetings'
     * visibility in one query each (for a batch of a background job).
     */
    public static List<RecommendationState> states(List<Recommendation> recommendations) {
        List<UUID> ids = recommendations.stream().map(r -> r.id).toList();
        Map<UUID, List<TimelineEntry>> timelines = TimelineEntry.<TimelineEntry>list("recommendationId in ?1", ids)
                .stream().collect(Collectors.groupingBy(e -> e.recommendationId));
        Map<UUID, List<RecommendationAction>> actions = RecommendationAction.<RecommendationAction>list(
                "recommendationId in ?1 order by createdAt, id", ids)
                .stream().collect(Collectors.groupingBy(a -> a.recommendationId));
        Map<UUID, List<RecommendationState.Indicator>> indicators = indicators(ids);
        Map<UUID, List<LineageLink>> links = LineageLink.<LineageLink>list("fromId in ?1 order by createdAt, id", ids)
                .stream().collect(Collectors.groupingBy(l -> l.fromId));
        Predicate<UUID> visible = MeetingVisibility.forEveryone(Recommendation.getEntityManager(),
                timelines.values().stream().flatMap(Collection::stream).flatMap(e -> e.meetingIds.stream()).toList());
        return recommendations.stream().map(r -> {
            List<TimelineEntry> timeline = TimelineOrder.chronological(timelines.getOrDefault(r.id, List.of()));
            return new RecommendationState(r.id, r.version, r.setId, r.number, r.numberAsWritten, r.textAr, r.textEn,
                    r.themes, r.leadOfficeId, r.supportingOrganizationIds, r.instrumentIds, r.status.code(),
                    timeline.stream().map(e -> e.toState(visible)).toList(),
                    links.getOrDefault(r.id, List.of()).stream()
                            .map(l -> new RecommendationState.Link(l.relation.code(), l.toId)).toList(),
                    r.progress, actions.getOrDefault(r.id, List.of()).stream().map(RecommendationAction::toState)
                    .toList(), indicators.getOrDefault(r.id, List.of()));
        }).toList();
    }

    /** The recommendations' indicators, oldest first, each with its measurements in the order recorded. */
    private static Map<UUID, List<RecommendationState.Indicator>> indicators(List<UUID> recommendationIds) {
        List<RecommendationIndicator> indicators = RecommendationIndicator.list(
                "recommendationId in ?1 order by createdAt, id", recommendationIds);
        Map<UUID, List<RecommendationState.Measurement>> measurements = IndicatorMeasurement.of(
                indicators.stream().map(i -> i.id).toList()).stream().collect(Collectors.groupingBy(
                m -> m.indicatorId, Collectors.mapping(IndicatorMeasurement::toState, Collectors.toList())));
        return indicators.stream().collect(Collectors.groupingBy(i -> i.recommendationId, Collectors.mapping(
                i -> i.toState(measurements.getOrDefault(i.id, List.of())), Collectors.toList())));
    }

    /** A recommendation's timeline, oldest first. */
    public static List<TimelineEntry> timeline(UUID recommendationId) {
        return TimelineOrder.chronological(TimelineEntry.list("recommendationId", recommendationId));
    }
}
