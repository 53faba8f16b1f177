package org.liaison.recommendations.lineage;

import org.liaison.recommendations.model.LineageRelation;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.recommendations.model.RecommendationStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recommendation's links both ways: {@code outgoing} are the links it makes (2023/8 carried_over_to 2024/3),
 * {@code incoming} the links others make to it (seen from 2024/3: 2023/8 carried_over_to it).
 */
public record LineageView(Summary recommendation, List<LinkView> outgoing, List<LinkView> incoming) {

    /**
     * One link, with the recommendation at its other end.
     *
     * @param direction outgoing (this recommendation → other) or incoming (other → this one)
     */
    public record LinkView(UUID id, LineageRelation relation, String direction, Summary other, String note,
                           Instant createdAt) {
    }

    /** A recommendation in short: "2023/٣". */
    public record Summary(UUID id, UUID setId, int year, int number, String numberAsWritten, String textAr,
                          String textEn, RecommendationStatus status) {

        static Summary of(Recommendation r, RecommendationSet set) {
            return new Summary(r.id, r.setId, set.year, r.number, r.numberAsWritten, r.textAr, r.textEn, r.status);
        }
    }
}
