package org.liaison.meetings.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.meetings.document.DocumentSearchText;
import org.liaison.meetings.model.Meeting;
import org.liaison.names.ArabicNames;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@code meeting_search} in step with the meetings, in the caller's transaction: every write of a meeting, every
 * merge that moves its references rewrites its row; renames of the organisations it names go through
 * {@link SearchRefreshQueue}. A write reads the organisations' names from the directory {@code FOR SHARE}, so a rename
 * applied at the same time either waits for it (and then queues the row's refresh) or is seen by it.
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
        write(List.of(meeting), true);
        List<UUID> sharing = DocumentSearchText.sharingMeetings(entityManager, meeting.id);
        if (!sharing.isEmpty()) {
            refreshAll(sharing, true);
        }
    }

    /**
     * Rewrites the rows of these meetings as they stand in this transaction (flushed by the caller): the names of
     * every organisation they mention read in one query, all rows written in one statement, in id order (two
     * writers of overlapping rows lock them in the same order). A row computed from an older version of its meeting
     * than the row already there is not written. What decides who may see the meeting (and its age) is copied from
     * the meeting's row itself, so a search by words needs not join the meetings ({@link MeetingSearch}).
     *
     * @param lockNames read the names {@code FOR SHARE}, so that a rename applied meanwhile waits and then queues
     *                  this meeting's refresh itself; the refresh queue, which runs because of renames, needs not
     */
    public void write(List<Meeting> meetings, boolean lockNames) {
        if (meetings.isEmpty()) {
            return;
        }
        meetings = meetings.stream().sorted(Comparator.comparing((Meeting m) -> m.id)).toList();
        Set<UUID> organizations = new HashSet<>();
        for (Meeting m : meetings) {
            organizations.add(m.organizerId);
            m.participantEntries().forEach(p -> {
                organizations.add(p.organizationId());
                organizations.add(p.onBehalfOfId());
            });
        }
        organizations.remove(null);
        Map<UUID, List<String>> names = names(organizations, lockNames);
        int n = meetings.size();
        UUID[] ids = new UUID[n];
        Long[] versions = new Long[n];
        String[][] columns = new String[7][n];
        for (int i = 0; i < n; i++) {
            Meeting m = meetings.get(i);
            SearchDocument d = SearchDocument.of(m, names::get);
            ids[i] = m.id;
            versions[i] = m.version;
            columns[0][i] = d.titles();
            columns[1][i] = d.names();
            columns[2][i] = d.details();
            columns[3][i] = d.summary();
            columns[4][i] = d.publicText();
            columns[5][i] = String.join(SEPARATOR, d.cityKeys());
            columns[6][i] = String.join(SEPARATOR, d.topicKeys());
        }
        entityManager.createNativeQuery("""
                        insert into meeting_search (meeting_id, document, public_document, city_keys, topic_keys,
                            key_version, meeting_version, created_at, restricted, organizer_id, created_by_office)
                        select u.id, setweight(to_tsvector('simple', u.titles), 'A')
                                    || setweight(to_tsvector('simple', u.names), 'B')
                                    || setweight(to_tsvector('simple', u.details), 'C')
                                    || setweight(to_tsvector('simple', u.summary), 'D')
                                    || setweight(to_tsvector('simple', %s), 'D'),
                               to_tsvector('simple', u.public_text), string_to_array(u.cities, ?9),
                               string_to_array(u.topics, ?9), ?10, u.version, m.created_at, m.restricted,
                               m.organizer_id, m.created_by_office
                        from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]),
                                    cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]), cast(?8 as text[]),
                                    cast(?11 as bigint[]))
                             as u(id, titles, names, details, summary, public_text, cities, topics, version)
                             join meeting m on m.id = u.id
                        on conflict (meeting_id) do update set document = excluded.document,
                            public_document = excluded.public_document, city_keys = excluded.city_keys,
                            topic_keys = excluded.topic_keys, key_version = excluded.key_version,
                            meeting_version = excluded.meeting_version, restricted = excluded.restricted,
                            organizer_id = excluded.organizer_id, created_by_office = excluded.created_by_office
                        where meeting_search.meeting_version <= excluded.meeting_version""".formatted(
                                DocumentSearchText.sql("u.id")))
                .setParameter(1, ids).setParameter(2, columns[0]).setParameter(3, columns[1])
                .setParameter(4, columns[2]).setParameter(5, columns[3]).setParameter(6, columns[4])
                .setParameter(7, columns[5]).setParameter(8, columns[6]).setParameter(9, SEPARATOR)
                .setParameter(10, ArabicNames.KEY_VERSION).setParameter(11, versions)
                .executeUpdate();
    }

    /** Rewrites up to {@code limit} rows that are missing or were folded by an older normaliser. */
    public int refreshStale(int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        select m.id from meeting m left join meeting_search s on s.meeting_id = m.id
                        where s.meeting_id is null or s.key_version <> ?1 order by m.id limit ?2""")
                .setParameter(1, ArabicNames.KEY_VERSION).setParameter(2, limit).getResultList();
        refreshAll(ids, true);
        return ids.size();
    }

    /** Rewrites the rows of these meetings (those that still exist), read without change tracking. */
    public void refreshAll(List<UUID> ids, boolean lockNames) {
        write(Meeting.readOnly(ids), lockNames);
    }

    /**
     * The organisations' names ({@code [nameAr, nameEn]}), as the directory holds them now; a merged organisation's
     * are those of the organisation it resolves to, so that a merge makes its meetings findable by the winner's names
     * as soon as their rows are rewritten, before their references move.
     */
    private Map<UUID, List<String>> names(Collection<UUID> organizationIds, boolean lock) {
        Map<UUID, List<String>> names = new HashMap<>();
        Map<UUID, UUID> mergedInto = new HashMap<>();
        Collection<UUID> toRead = organizationIds;
        for (int hop = 0; !toRead.isEmpty() && hop <= OrganizationDirectory.MAX_MERGE_HOPS; hop++) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("select id, name_ar, name_en, merged_into"
                            + " from directory_organization where id = any(?1) order by id"
                            + (lock ? " for share" : ""))
                    .setParameter(1, toRead.toArray(UUID[]::new)).getResultList();
            Set<UUID> winners = new HashSet<>();
            for (Object[] row : rows) {
                UUID id = (UUID) row[0];
                names.put(id, new ArrayList<>(Arrays.asList((String) row[1], (String) row[2])));
                if (row[3] != null) {
                    mergedInto.put(id, (UUID) row[3]);
                    if (!names.containsKey((UUID) row[3])) {
                        winners.add((UUID) row[3]);
                    }
                }
            }
            toRead = winners;
        }
        Map<UUID, List<String>> resolved = new HashMap<>();
        for (UUID id : organizationIds) {
            UUID current = id;
            Set<UUID> seen = new HashSet<>();
            while (mergedInto.containsKey(current) && names.containsKey(mergedInto.get(current)) && seen.add(current)) {
                current = mergedInto.get(current);
            }
            if (names.containsKey(current)) {
                resolved.put(id, names.get(current));
            }
        }
        return resolved;
    }
}
