package org.liaison.recommendations.lineage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.PartialDate;
import org.liaison.recommendations.model.LineageRelation;

import java.util.UUID;

import static org.liaison.recommendations.common.Limits.NOTE_MAX;

/** Request bodies of the lineage API. */
public final class LineageRequests {

    private LineageRequests() {
    }

    /**
     * A link from this recommendation to another. With {@code carried_over_to} it is a carry-over: the target
     * must be of a later year, and this one's status becomes carried_over (dated {@code date}).
     *
     * @param recommendationId the other recommendation
     * @param date             for a carry-over: when it was decided, partial; absent when unknown
     * @param reportedBy       for a carry-over: the reporting office (admins only; others report as their own)
     */
    public record Link(@NotNull LineageRelation relation,
                       @NotNull UUID recommendationId,
                       @Size(max = NOTE_MAX) String note,
                       PartialDate date,
                       UUID reportedBy) {
    }
}
