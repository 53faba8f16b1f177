package org.liaison.meetings.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.meetings.meeting.Meeting;
import org.liaison.names.ArabicNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Keeps {@code meeting_search} in step with the meetings, in the caller's transaction: every write of a meeting, every
 * merge that moves its references and every rename of an organisation it names rewrites its row. The organisations'
 * names are read from the directory {@code FOR SHARE}, so a rename applied at the same time either waits for this
 * transaction (and then rewrites the row itself) or is seen by it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeetingSearchIndex {

    /** Separates the values of a text array passed as one parameter; folded keys never hold control characters. */
    private static final String SEPARATOR = "\u001f";

    private final EntityManager entityManager;

    public MeetingSearchIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void refresh(Meeting meeting) {
        entityManager.flush(); // the meeting and its participant rows first (the row refers to the meeting)
        SearchDocument d = SearchDocument.of(meeting, this::names);
        entityManager.createNativeQuery("""
                        insert into meeting_search (meeting_id, document, public_document, city_keys, topic_keys, key_version)
                        values (?1, setweight(to_tsvector('simple', ?2), 'A') || setweight(to_tsvector('simple', ?3), 'B')
                                    || setweight(to_tsvector('simple', ?4), 'C') || setweight(to_tsvector('simple', ?5), 'D'),
                                to_tsvector('simple', ?6), string_to_array(?7, ?9), string_to_array(?8, ?9), ?10)
                        on conflict (meeting_id) do update set document = excluded.document,
                            public_document = excluded.public_document, city_keys = excluded.city_keys,
                            topic_keys = excluded.topic_keys, key_version = excluded.key_version""")
                .setParameter(1, meeting.id).setParameter(2, d.titles()).setParameter(3, d.names())
                .setParameter(4, d.details()).setParameter(5, d.summary()).setParameter(6, d.publicText())
                .setParameter(7, String.join(SEPARATOR, d.cityKeys()))
                .setParameter(8, String.join(SEPARATOR, d.topicKeys())).setParameter(9, SEPARATOR)
                .setParameter(10, ArabicNames.KEY_VERSION)
                .executeUpdate();
    }

    /** Rewrites the rows of every meeting naming the organisations (organiser, participant, spoken for). */
    public int refreshNaming(Collection<UUID> organizationIds) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        select id from meeting where organizer_id = any(?1)
                        union select meeting_id from meeting_participant
                        where organization_id = any(?1) or on_behalf_of_id = any(?1)
                        order by 1""")
                .setParameter(1, organizationIds.toArray(UUID[]::new)).getResultList();
        refreshAll(ids);
        return ids.size();
    }

    /** Rewrites up to {@code limit} rows that are missing or were folded by an older normaliser. */
    public int refreshStale(int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        select m.id from meeting m left join meeting_search s on s.meeting_id = m.id
                        where s.meeting_id is null or s.key_version <> ?1 order by m.id limit ?2""")
                .setParameter(1, ArabicNames.KEY_VERSION).setParameter(2, limit).getResultList();
        refreshAll(ids);
        return ids.size();
    }

    private void refreshAll(List<UUID> ids) {
        for (UUID id : ids) {
            Meeting meeting = Meeting.findById(id);
            if (meeting != null) {
                refresh(meeting);
            }
        }
    }

    private List<String> names(UUID organizationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select name_ar, name_en from directory_organization where id = ?1 for share")
                .setParameter(1, organizationId).getResultList();
        return rows.isEmpty() ? null : new ArrayList<>(Arrays.stream(rows.get(0)).map(v -> (String) v).toList());
    }
}
