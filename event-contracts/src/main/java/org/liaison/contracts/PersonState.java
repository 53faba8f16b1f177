package org.liaison.contracts;

import java.util.List;
import java.util.UUID;

/**
 * The full current state of a person, carried by every {@code person.*} event.
 *
 * @param honorific  as written before the name (د.)
 * @param mergedInto set while the person is merged into that one (one person registered twice, {@code person.merged});
 *                   consumers treat references to this person as references to that one
 */
public record PersonState(UUID id, long version, String nameAr, String nameEn, String honorific,
                          List<OtherName> otherNames, List<Source> sources, UUID mergedInto) implements AggregateState {

    public PersonState {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
