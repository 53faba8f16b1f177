package org.liaison.meetings.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.contracts.Source;
import org.liaison.contracts.StatementState;
import org.liaison.meetings.model.InstrumentRef;
import org.liaison.meetings.model.Meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a speaker said at a meeting (Badran Jia Kurd at the annual meeting of article 004), as the source tells it. */
@Entity
@Table(name = "meeting_statement")
public class Statement extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Raised on every change; events carry it so consumers keep only the newest state. */
    @Version
    public long version;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "speaker_person_id")
    public UUID speakerPersonId;

    @Column(name = "speaker_organization_id")
    public UUID speakerOrganizationId;

    @Column(name = "speaker_name")
    public String speakerName;

    @Column(name = "text_ar")
    public String textAr;

    @Column(name = "text_en")
    public String textEn;

    /** The speaker's own words as quoted (true), or the source's account of them (false). */
    public boolean quoted;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> topics = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<InstrumentRef> instruments = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Source> sources = new ArrayList<>();

    @Column(name = "search_text")
    public String searchText = "";

    @Column(name = "created_by_office")
    public UUID createdByOffice;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The state events carry, with the meeting's restriction and parties as they are now. */
    public StatementState toState(Meeting meeting) {
        return new StatementState(id, version, meetingId, speakerPersonId, speakerOrganizationId, speakerName, textAr,
                textEn, quoted, topics, instruments.stream().map(InstrumentRef::id).toList(), sources,
                meeting.restricted, meeting.parties());
    }
}
