package org.liaison.meetings.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.DocumentState;
import org.liaison.contracts.EventTypes;
import org.liaison.meetings.meeting.MeetingService;
import org.liaison.meetings.model.Meeting;
import org.liaison.meetings.recommendation.RecommendationDirectory;
import org.liaison.meetings.search.MeetingSearchIndex;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.liaison.support.text.Timestamps.now;

/**
 * The transaction boundary of documents: a document, its links, its bytes, its event and the search rows of its
 * meetings commit together. Who sees a document: whoever may see every restricted meeting it belongs to (those
 * meetings' parties, and admins); a document of public meetings only, or of none, every reader. Anyone else is
 * answered 404, as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    private final EntityManager entityManager;
    private final DocumentChunks chunks;
    private final RecommendationDirectory recommendations;
    private final MeetingSearchIndex searchIndex;
    private final Outbox outbox;
    private final CurrentActor actor;

    public DocumentService(EntityManager entityManager, DocumentChunks chunks,
                           RecommendationDirectory recommendations, MeetingSearchIndex searchIndex, Outbox outbox,
                           CurrentActor actor) {
        this.entityManager = entityManager;
        this.chunks = chunks;
        this.recommendations = recommendations;
        this.searchIndex = searchIndex;
        this.outbox = outbox;
        this.actor = actor;
    }

    /**
     * Records a document: a file already inspected, or the form's {@code url}. An editor links a document only to
     * meetings its office may change (organiser or recording office); 422 names an unknown meeting or recommendation.
     */
    public DocumentView record(DocumentForm form, InspectedFile file) {
        form.requireFileOrUrl(file != null);
        List<Meeting> meetings = requireMeetings(form.meetingIds());
        requireRecommendations(form.recommendationIds());
        Row row = new Row(UUID.randomUUID(), 1, form.title(), form.kind(), form.language(), form.date(),
                file == null ? null : file.fileName(), file == null ? null : file.type().mediaType(),
                file == null ? null : file.size(), file == null ? null : file.sha256(), form.url(),
                form.meetingIds(), form.recommendationIds(), actor.office().orElse(null), now());
        insert(row, file == null ? "" : file.searchText());
        if (file != null) {
            chunks.write(row.id(), file.path());
        }
        outbox.append(EventTypes.DOCUMENT_RECORDED, AggregateTypes.DOCUMENT, () -> state(row, meetings));
        searchIndex.refreshAll(form.meetingIds(), true);
        return view(row, meetings);
    }

    public DocumentView get(UUID id) {
        Row row = require(id);
        return view(row, Meeting.readOnly(row.meetingIds()));
    }

    /**
     * The documents of a meeting, in the order they were recorded, that the caller may see: a document linked to
     * another meeting whose details are not theirs is left out, as {@code GET /documents/{id}} answers 404 for it.
     */
    public List<DocumentView> ofMeeting(UUID meetingId) {
        MeetingService.require(meetingId);
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        select d.id from document_meeting dm join document d on d.id = dm.document_id
                        where dm.meeting_id = ?1 order by d.created_at, d.id""")
                .setParameter(1, meetingId).getResultList();
        List<DocumentView> views = new ArrayList<>();
        for (UUID id : ids) {
            Row row = read(id);
            List<Meeting> meetings = Meeting.readOnly(row.meetingIds());
            if (maySee(meetings)) {
                views.add(view(row, meetings));
            }
        }
        return views;
    }

    /** What {@code GET /documents/{id}/content} serves: 404 for a document recorded as a url. */
    public Row requireFile(UUID id) {
        Row row = require(id);
        if (row.fileName() == null) {
            throw ProblemException.notFound("document " + id + " is a link (" + row.url() + "): it has no stored file");
        }
        return row;
    }

    /** The document if the caller may see it; 404 otherwise, whether it exists or not. */
    private Row require(UUID id) {
        Row row = read(id);
        if (row == null || !maySee(Meeting.readOnly(row.meetingIds()))) {
            throw ProblemException.notFound("document", id);
        }
        return row;
    }

    private boolean maySee(List<Meeting> meetings) {
        return meetings.stream().allMatch(m -> actor.maySeeDetails(m.restricted, m.parties()));
    }

    private List<Meeting> requireMeetings(List<UUID> ids) {
        Map<UUID, Meeting> found = Meeting.readOnly(ids).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        for (int i = 0; i < ids.size(); i++) {
            Meeting meeting = found.get(ids.get(i));
            if (meeting == null) {
                throw ProblemException.unprocessable("meetingIds[" + i + "]", "no meeting " + ids.get(i) + " exists");
            }
            actor.requireMayChange("meeting " + meeting.id + " (a document is part of its record)",
                    meeting.owners());
        }
        return ids.stream().map(found::get).toList();
    }

    private void requireRecommendations(List<UUID> ids) {
        Set<UUID> known = recommendations.owners(ids).keySet();
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                throw ProblemException.unprocessable("recommendationIds[" + i + "]", "no recommendation "
                        + ids.get(i) + " is known to this service");
            }
        }
    }

    /** The event's state: restricted when a meeting is, shown in full only to the offices taking part in all. */
    private static DocumentState state(Row row, List<Meeting> meetings) {
        List<Meeting> restricted = meetings.stream().filter(m -> m.restricted).toList();
        List<UUID> parties = new ArrayList<>();
        if (!restricted.isEmpty()) {
            parties.addAll(restricted.get(0).parties());
            restricted.forEach(m -> parties.retainAll(new HashSet<>(m.parties())));
        }
        return new DocumentState(row.id(), row.version(), row.title(), row.kind().code(), row.language(), row.date(),
                row.fileName(), row.mediaType(), row.sizeBytes(), row.sha256(), row.url(), row.meetingIds(),
                row.recommendationIds(), !restricted.isEmpty(), parties, row.recordedByOffice(), row.recordedAt());
    }

    private static DocumentView view(Row row, List<Meeting> meetings) {
        return new DocumentView(row.id(), row.version(), row.title(), row.kind(), row.language(), row.date(),
                row.fileName(), row.mediaType(), row.sizeBytes(), row.sha256(), row.url(),
                row.fileName() == null ? null : "/documents/" + row.id() + "/content", row.meetingIds(),
                row.recommendationIds(), meetings.stream().anyMatch(m -> m.restricted), row.recordedByOffice(),
                row.recordedAt());
    }

    private void insert(Row row, String searchText) {
        entityManager.createNativeQuery("""
                        insert into document (id, version, title, kind, language, document_date, file_name,
                            media_type, size_bytes, sha256, url, search_text, created_by_office, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)""")
                .setParameter(1, row.id()).setParameter(2, row.version()).setParameter(3, row.title())
                .setParameter(4, row.kind().code()).setParameter(5, row.language()).setParameter(6, row.date())
                .setParameter(7, row.fileName()).setParameter(8, row.mediaType()).setParameter(9, row.sizeBytes())
                .setParameter(10, row.sha256()).setParameter(11, row.url()).setParameter(12, searchText)
                .setParameter(13, row.recordedByOffice()).setParameter(14, row.recordedAt())
                .executeUpdate();
        links("document_meeting", "meeting_id", row.id(), row.meetingIds());
        links("document_recommendation", "recommendation_id", row.id(), row.recommendationIds());
    }

    private void links(String table, String column, UUID document, List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into " + table + " (document_id, " + column + ", position)"
                        + " select ?1, u.id, u.position - 1 from unnest(cast(?2 as uuid[])) with ordinality"
                        + " as u(id, position)")
                .setParameter(1, document).setParameter(2, ids.toArray(UUID[]::new)).executeUpdate();
    }

    private Row read(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select d.id, d.version, d.title, d.kind, d.language, d.document_date, d.file_name,
                            d.media_type, d.size_bytes, d.sha256, d.url, d.created_by_office, d.created_at,
                            array(select meeting_id from document_meeting where document_id = d.id order by position),
                            array(select recommendation_id from document_recommendation where document_id = d.id
                                  order by position)
                        from document d where d.id = ?1""")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Row((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], DocumentKind.fromCode((String) r[3]),
                (String) r[4], r[5] == null ? null : toLocalDate(r[5]), (String) r[6], (String) r[7],
                r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9], (String) r[10],
                List.of((UUID[]) r[13]), List.of((UUID[]) r[14]), (UUID) r[11], toInstant(r[12]));
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    /** A document as stored. */
    public record Row(UUID id, long version, String title, DocumentKind kind, String language, LocalDate date,
                      String fileName, String mediaType, Long sizeBytes, String sha256, String url,
                      List<UUID> meetingIds, List<UUID> recommendationIds, UUID recordedByOffice,
                      Instant recordedAt) {
    }
}
