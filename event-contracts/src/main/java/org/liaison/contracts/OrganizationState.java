package org.liaison.contracts;

import java.util.List;
import java.util.UUID;

/**
 * The full current state of an organisation, carried by every {@code organization.*} event so that a
 * consumer can upsert "if newer" and heal any event it missed with the next one.
 */
public record OrganizationState(UUID id, long version, String kind, String nameAr, String nameEn,
                                List<String> shortNames, UUID parentId, String parentRelation)
        implements AggregateState {

    public OrganizationState {
        shortNames = shortNames == null ? List.of() : List.copyOf(shortNames);
    }

    /** A state without short names, as the directories of other services keep it. */
    public OrganizationState(UUID id, long version, String kind, String nameAr, String nameEn) {
        this(id, version, kind, nameAr, nameEn, List.of(), null, null);
    }
}
