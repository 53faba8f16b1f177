package org.liaison.meetings.document;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/**
 * The words of a meeting's documents in its search row ({@code MeetingSearchIndex}): the folded text of each document
 * linked to it, unless that document is also linked to another meeting that is restricted. Such a document is seen
 * only by whoever may see every restricted meeting it belongs to ({@link DocumentService}), which not everyone who
 * sees this meeting may: finding the meeting by its words would tell them what it says.
 */
public final class DocumentSearchText {

    /**
     * The most characters of a meeting's documents' text that its search row takes (a PostgreSQL tsvector holds
     * at most 1 MB; each document's text is bounded by {@code liaison.meetings.documents.max-search-text} besides).
     */
    static final int MEETING_TEXT_MAX = 300_000;

    private DocumentSearchText() {
    }

    /** The text, as an SQL expression over the meeting id {@code meetingId} (a column or a parameter). */
    public static String sql(String meetingId) {
        return "coalesce(left((select string_agg(d.search_text, ' ' order by d.created_at, d.id)"
                + " from document_meeting dm join document d on d.id = dm.document_id"
                + " where dm.meeting_id = " + meetingId + " and not exists (select 1 from document_meeting o"
                + " join meeting om on om.id = o.meeting_id where o.document_id = d.id and o.meeting_id <> "
                + meetingId + " and om.restricted)), " + MEETING_TEXT_MAX + "), '')";
    }

    /**
     * The other meetings sharing a document with this one: whether its text is in their rows depends on this
     * meeting's restriction, so they are rewritten with it.
     */
    public static List<UUID> sharingMeetings(EntityManager entityManager, UUID meetingId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        select distinct o.meeting_id from document_meeting dm
                        join document_meeting o on o.document_id = dm.document_id and o.meeting_id <> dm.meeting_id
                        where dm.meeting_id = ?1""")
                .setParameter(1, meetingId).getResultList();
        return ids;
    }
}
