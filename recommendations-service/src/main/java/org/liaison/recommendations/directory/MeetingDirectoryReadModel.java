package org.liaison.recommendations.directory;

import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.MeetingState;
import org.liaison.support.inbox.IdempotentConsumer;
import org.liaison.support.readmodel.ReadModel;
import org.liaison.support.readmodel.RowChange;

import java.util.List;

/**
 * The {@link MeetingDirectory} as a {@link ReadModel} that can be rebuilt from {@code meetings.events}: every row the
 * rebuild adds or changes goes to the {@link MeetingChangeListener}s, with the actor of the event that gave it, as
 * applying that event would have.
 */
final class MeetingDirectoryReadModel extends ReadModel {

    static final String NAME = "meeting-directory";

    /** In the order {@link MeetingDirectory#toState} reads them. */
    private static final List<String> COLUMNS = List.of("id", "version", "kind", "title_ar", "title_en", "date_text",
            "organizer_id", "restricted", "parties", "status", "advances", "city_ar", "city_en", "venue_ar", "venue_en",
            "country", "place_mode");

    private final MeetingDirectory directory;

    MeetingDirectoryReadModel(MeetingDirectory directory, String channel) {
        super(NAME, channel, "directory_meeting", COLUMNS);
        this.directory = directory;
    }

    @Override
    public Object[] row(EventEnvelope event) {
        if (!event.type().startsWith(AggregateTypes.MEETING + ".")) {
            return null;
        }
        MeetingState state = IdempotentConsumer.data(event, MeetingState.class);
        MeetingState.MeetingPlace place = state.place();
        return new Object[]{state.id(), state.version(), state.kind(), state.titleAr(), state.titleEn(),
                state.date() == null ? null : state.date().toString(), state.organizerId(), state.restricted(),
                state.parties(), state.status() == null ? MeetingDirectory.DEFAULT_STATUS : state.status(),
                state.advances(), place == null ? null : place.cityAr(), place == null ? null : place.cityEn(),
                place == null ? null : place.venueAr(), place == null ? null : place.venueEn(),
                place == null ? null : place.country(), place == null ? null : place.mode()};
    }

    @Override
    public void rebuilt(List<RowChange> changes) {
        for (RowChange change : changes) {
            if (!change.removed()) {
                directory.announce(MeetingDirectory.toState(change.after().values().toArray()),
                        EventActor.of(change.actorOffice(), change.actorSubject(), change.actorRole()));
            }
        }
    }
}
