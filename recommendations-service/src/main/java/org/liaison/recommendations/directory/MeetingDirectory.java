package org.liaison.recommendations.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.PartialDate;
import org.liaison.support.inbox.IdempotentConsumer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local copy of meetings-service's meetings; like the organisation directory, newest version wins. It keeps
 * what this service uses: title, date, place, organiser, access, status (a cancelled adopting meeting is flagged) and
 * the recommendations a meeting advances (passed on to {@link MeetingChangeListener}s).
 */
@ApplicationScoped
public class MeetingDirectory {

    /** The status of a meeting whose event has none (from a producer older than statuses). */
    static final String DEFAULT_STATUS = "planned";

    private final EntityManager entityManager;
    private final Instance<MeetingChangeListener> listeners;

    public MeetingDirectory(EntityManager entityManager, Instance<MeetingChangeListener> listeners) {
        this.entityManager = entityManager;
        this.listeners = listeners;
    }

    /** The effect of one event of {@code meetings.events}, run through the {@link IdempotentConsumer}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(EventEnvelope event) {
        if (event.type().startsWith(AggregateTypes.MEETING + ".")) {
            MeetingState state = IdempotentConsumer.data(event, MeetingState.class);
            if (apply(state)) {
                announce(state, EventActor.of(event));
            }
        }
    }

    /** @return whether the state was newer than the row */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(MeetingState state) {
        MeetingState.MeetingPlace place = state.place();
        return entityManager.createNativeQuery("""
                        insert into directory_meeting (id, version, kind, title_ar, title_en, date_text, organizer_id,
                                                       restricted, parties, status, advances, city_ar, city_en,
                                                       venue_ar, venue_en, country, place_mode, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, now())
                        on conflict (id) do update set version = excluded.version, kind = excluded.kind,
                            title_ar = excluded.title_ar, title_en = excluded.title_en, date_text = excluded.date_text,
                            organizer_id = excluded.organizer_id, restricted = excluded.restricted,
                            parties = excluded.parties, status = excluded.status, advances = excluded.advances,
                            city_ar = excluded.city_ar, city_en = excluded.city_en, venue_ar = excluded.venue_ar,
                            venue_en = excluded.venue_en, country = excluded.country,
                            place_mode = excluded.place_mode, updated_at = now()
                        where directory_meeting.version < excluded.version""")
                .setParameter(1, state.id())
                .setParameter(2, state.version())
                .setParameter(3, state.kind())
                .setParameter(4, state.titleAr())
                .setParameter(5, state.titleEn())
                .setParameter(6, state.date() == null ? null : state.date().toString())
                .setParameter(7, state.organizerId())
                .setParameter(8, state.restricted())
                .setParameter(9, state.parties().toArray(UUID[]::new))
                .setParameter(10, state.status() == null ? DEFAULT_STATUS : state.status())
                .setParameter(11, state.advances().toArray(UUID[]::new))
                .setParameter(12, place == null ? null : place.cityAr())
                .setParameter(13, place == null ? null : place.cityEn())
                .setParameter(14, place == null ? null : place.venueAr())
                .setParameter(15, place == null ? null : place.venueEn())
                .setParameter(16, place == null ? null : place.country())
                .setParameter(17, place == null ? null : place.mode())
                .executeUpdate() > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MeetingState> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, version, kind, title_ar, title_en, date_text, organizer_id, restricted, parties,
                               status, advances, city_ar, city_en, venue_ar, venue_en, country, place_mode
                        from directory_meeting where id = ?1""")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(MeetingDirectory::toState);
    }

    /** Tells the listeners that the directory now keeps {@code state}, as {@code actor}'s event had it. */
    void announce(MeetingState state, EventActor actor) {
        listeners.forEach(listener -> listener.meetingChanged(state, actor));
    }

    /** A row as {@link #find} reads it: the columns of {@link MeetingDirectoryReadModel#columns()}, in that order. */
    static MeetingState toState(Object[] row) {
        return new MeetingState((UUID) row[0], ((Number) row[1]).longValue(), (String) row[2], (String) row[9],
                (String) row[3], (String) row[4], row[5] == null ? null : PartialDate.parse((String) row[5]), null,
                null, null, null, place(row), (UUID) row[6], List.of(), List.of(), List.of(), List.of(), null,
                List.of(), null, List.of(), List.of((UUID[]) row[10]), List.of(), (Boolean) row[7],
                List.of((UUID[]) row[8]));
    }

    /** The place columns (city, venue, country, mode), as the event gave them; null when it had no place. */
    private static MeetingState.MeetingPlace place(Object[] row) {
        for (int i = 11; i <= 16; i++) {
            if (row[i] != null) {
                return new MeetingState.MeetingPlace((String) row[11], (String) row[12], (String) row[15],
                        (String) row[13], (String) row[14], (String) row[16]);
            }
        }
        return null;
    }
}
