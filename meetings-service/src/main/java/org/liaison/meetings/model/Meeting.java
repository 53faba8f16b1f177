package org.liaison.meetings.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.MeetingState.AgendaItem;
import org.liaison.contracts.MeetingState.MeetingPlace;
import org.liaison.contracts.MeetingState.ParticipantGroup;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;
import org.liaison.support.persistence.EnumCodeColumn;
import org.liaison.support.persistence.PartialDateColumn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @Convert(converter = KindColumn.class)
    public MeetingKind kind;

    @Convert(converter = StatusColumn.class)
    public MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "title_ar")
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "date_text")
    String dateText;

    @Column(name = "date_start")
    LocalDate dateStart;

    @Column(name = "date_end")
    LocalDate dateEnd;

    /** The date as the source words it («أمس السبت»), kept even when no day can be read from it. */
    @Column(name = "date_as_written")
    public String dateAsWritten;

    /** What reading {@link #dateAsWritten} noticed (a weekday that does not match, no publication date). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "date_warnings")
    public List<String> dateWarnings = new ArrayList<>();

    /** The publication date the relative date was read against. */
    @Convert(converter = PartialDateColumn.class)
    @Column(name = "source_published_on")
    public PartialDate sourcePublishedOn;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "end_time")
    public LocalTime endTime;

    /** IANA zone of the times (Asia/Damascus). */
    @Column(name = "time_zone")
    public String timeZone;

    /** Null when every column is (Hibernate reads an all-null embeddable as null): use {@link #place()}. */
    MeetingPlaceColumns place;

    @Column(name = "organizer_id")
    public UUID organizerId;

    /**
     * The rows of {@code meeting_participant}, loaded on first use. Not a mapped collection: with Quarkus's
     * bytecode-enhanced dirty tracking, initialising a lazy one-to-many marked the meeting dirty, so a mere read
     * versioned it. Rows are replaced, never edited, through {@link #replaceParticipants}.
     */
    @Transient
    List<Participation> participants;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "unnamed_participants")
    public List<ParticipantGroup> unnamedParticipants = new ArrayList<>();

    /** The agenda's items in order, each with what came of it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<AgendaItem> agenda = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> topics = new ArrayList<>();

    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> outcomes = new ArrayList<>();

    /** The meeting this one was announced as the follow-up of. */
    @Column(name = "follow_up_of")
    public UUID followUpOf;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<InstrumentRef> instruments = new ArrayList<>();

    /**
     * Recommendations (recommendations-service) this meeting advances, each added by an office that reports for it
     * ({@code AdvancesCheck}); recommendations-service makes the meeting evidence on their timelines.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<UUID> advances = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Source> sources = new ArrayList<>();

    /** The office that recorded it; with the organiser, it owns the meeting. */
    @Column(name = "created_by_office")
    public UUID createdByOffice;

    /** Details only for the offices taking part and admins. */
    public boolean restricted;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public PartialDate date() {
        return dateText == null ? null : PartialDate.parse(dateText);
    }

    /** Keeps the date as written and the days it covers, so range filters compare partial dates sensibly. */
    public void date(PartialDate date) {
        dateText = date == null ? null : date.toString();
        dateStart = date == null ? null : date.earliest();
        dateEnd = date == null ? null : date.latest();
    }

    public MeetingPlace place() {
        return place == null ? null : place.toPlace();
    }

    public void place(MeetingPlace value) {
        if (value == null) {
            place = null; // as Hibernate loads it, so that an unknown place left unknown is no change
            return;
        }
        if (place == null) {
            place = new MeetingPlaceColumns();
        }
        place.set(value);
    }

    public List<Participation> participants() {
        if (participants == null) {
            participants = new ArrayList<>(getEntityManager()
                    .createQuery("from Participation p where p.meeting.id = ?1 order by p.position",
                            Participation.class)
                    .setParameter(1, id).getResultList());
        }
        return participants;
    }

    /**
     * The meetings with these ids that exist, in that order, with their participants, for reading only: detached,
     * read from the database with plain JDBC ({@link MeetingRows}), so changes not yet flushed are not seen. Two
     * queries, however many meetings.
     */
    public static List<Meeting> readOnly(List<UUID> ids) {
        return MeetingRows.read(getEntityManager(), ids);
    }

    public List<ParticipantEntry> participantEntries() {
        return participants().stream().map(Participation::entry).toList();
    }

    /**
     * Replaces the participation rows (new rows, new ids: merges recorded for the old ones no longer apply). On a
     * stored meeting the old rows go at once, with a statement that flushes: call it before changing anything else,
     * so that the meeting is flushed (and versioned) once. A new meeting's rows are persisted with it
     * ({@link #persistParticipants}).
     */
    public void replaceParticipants(List<ParticipantEntry> entries) {
        boolean stored = getEntityManager().contains(this);
        if (stored) {
            getEntityManager().createQuery("delete from Participation p where p.meeting.id = ?1")
                    .setParameter(1, id).executeUpdate();
        }
        participants = new ArrayList<>();
        for (ParticipantEntry entry : entries) {
            participants.add(Participation.of(this, participants.size(), entry));
        }
        if (stored) {
            persistParticipants();
        }
    }

    /** Persists the rows of a meeting persisted just now. */
    public void persistParticipants() {
        participants().forEach(getEntityManager()::persist);
    }

    /** Who may change it (besides admins): the organiser and the office that recorded it. */
    public List<UUID> owners() {
        return Stream.of(organizerId, createdByOffice).filter(Objects::nonNull).distinct().toList();
    }

    /** The offices taking part, who see a restricted meeting's details: owners and every participating organisation. */
    public List<UUID> parties() {
        return Stream.concat(owners().stream(), participantEntries().stream()
                        .flatMap(p -> Stream.of(p.organizationId(), p.onBehalfOfId())))
                .filter(Objects::nonNull).distinct().toList();
    }

    public MeetingState toState() {
        return new MeetingState(id, version, kind.code(), status.code(), titleAr, titleEn, date(), dateAsWritten,
                startTime, endTime, timeZone, place(), organizerId,
                participantEntries().stream().map(ParticipantEntry::toState).toList(), unnamedParticipants, agenda,
                topics,
                summary, outcomes, followUpOf, instruments.stream().map(InstrumentRef::id).toList(), advances, sources,
                restricted, parties());
    }

    @Converter
    static class KindColumn extends EnumCodeColumn<MeetingKind> {
        KindColumn() {
            super(MeetingKind.class);
        }
    }

    @Converter
    static class StatusColumn extends EnumCodeColumn<MeetingStatus> {
        StatusColumn() {
            super(MeetingStatus.class);
        }
    }
}
