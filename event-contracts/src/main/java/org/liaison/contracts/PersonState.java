package org.liaison.contracts;

import java.util.List;
import java.util.UUID;

/**
 * The full current state of a person, carried by every {@code person.*} event.
 *
 * @param honorific as written before the name (د.)
 */
public record PersonState(UUID id, long version, String nameAr, String nameEn, String honorific,
                          List<OtherName> otherNames, List<Source> sources) implements AggregateState {

    public PersonState {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
