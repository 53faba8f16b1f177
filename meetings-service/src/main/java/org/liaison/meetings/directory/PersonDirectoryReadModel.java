package org.liaison.meetings.directory;

import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.PersonState;
import org.liaison.support.inbox.IdempotentConsumer;
import org.liaison.support.readmodel.ReadModel;
import org.liaison.support.readmodel.RowChange;

import java.util.List;

/**
 * The read of people ({@link PersonDirectory}) as a {@link ReadModel} that can be rebuilt from {@code orgs.events}.
 * Nothing listens to its rows: a person's meetings and statements are found through it when they are asked for.
 */
final class PersonDirectoryReadModel extends ReadModel {

    static final String NAME = "person-directory";

    private static final List<String> COLUMNS = List.of("id", "version", "name_ar", "name_en", "merged_into",
            "search_text");

    PersonDirectoryReadModel(String channel) {
        super(NAME, channel, "directory_person", COLUMNS);
    }

    @Override
    public Object[] row(EventEnvelope event) {
        if (!event.type().startsWith(AggregateTypes.PERSON + ".")) {
            return null;
        }
        PersonState state = IdempotentConsumer.data(event, PersonState.class);
        return new Object[]{state.id(), state.version(), state.nameAr(), state.nameEn(), state.mergedInto(),
                PersonDirectory.searchText(state)};
    }

    @Override
    public void rebuilt(List<RowChange> changes) {
        // read when asked for, never copied elsewhere: nobody to tell
    }
}
