package org.liaison.meetings.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.PartialDate;
import org.liaison.support.persistence.EnumCodeColumn;

import java.time.Instant;
import java.time.LocalDate;
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

    @Column(name = "organizer_id")
    public UUID organizerId;

    /** The office that recorded it; with the organiser, it owns the meeting. */
    @Column(name = "created_by_office")
    public UUID createdByOffice;

    /** Details (title, later participants and outcomes) only for the offices taking part and admins. */
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

    /** The offices taking part: the organiser and the office that recorded it (participants to come). */
    public List<UUID> parties() {
        return Stream.of(organizerId, createdByOffice).filter(Objects::nonNull).distinct().toList();
    }

    public MeetingState toState() {
        return new MeetingState(id, version, kind.code(), titleAr, titleEn, date(), organizerId, restricted, parties());
    }

    @Converter
    static class KindColumn extends EnumCodeColumn<MeetingKind> {
        KindColumn() {
            super(MeetingKind.class);
        }
    }
}
