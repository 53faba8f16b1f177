package org.liaison.contracts;

import java.util.List;
import java.util.UUID;

/**
 * The full current state of a recommendation set, carried by every {@code recommendation-set.*} event.
 *
 *
 * @param year            the work-plan year
 * @param adoptedOn       partial, or null when the source gives no date
 * @param recommendations the set's recommendations in number order; each one's own state comes with
 *                        {@code recommendation.*} events
 */
public record RecommendationSetState(UUID id, long version, UUID issuingOrganizationId, int year,
                                     UUID adoptingMeetingId, PartialDate adoptedOn, String titleAr, String titleEn,
                                     List<Source> sources, List<Item> recommendations) implements AggregateState {

    public RecommendationSetState {
        sources = sources == null ? List.of() : List.copyOf(sources);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }

    /** @param numberAsWritten as the source wrote it («٣») */
    public record Item(UUID id, int number, String numberAsWritten) {
    }
}
