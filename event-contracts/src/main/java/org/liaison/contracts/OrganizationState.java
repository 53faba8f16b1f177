package org.liaison.contracts;

import java.util.UUID;

/**
 * The full current state of an organisation, carried by every {@code organization.*} event so that a
 * consumer can upsert "if newer" and heal any event it missed with the next one.
 */
public record OrganizationState(UUID id, long version, String kind, String nameAr, String nameEn)
        implements AggregateState {
}
