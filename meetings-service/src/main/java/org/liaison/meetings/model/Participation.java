package org.liaison.meetings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.liaison.support.persistence.EnumCodeColumn;

import java.util.UUID;

/**
 * A row of {@code meeting_participant}: a table rather than JSON, so that organisation references can be
 * indexed, filtered on and rewritten by merges like the organiser. Rows are replaced, never edited: each has
 * its own id, which {@code organization_rewrite.row_id} names so an undone merge restores exactly this row.
 */
@Entity
@Table(name = "meeting_participant")
public class Participation {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    /** Order as given: speakers in the order the article names them. */
    public int position;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "person_name")
    public String personName;

    @Convert(converter = RoleColumn.class)
    public ParticipantRole role;

    @Column(name = "on_behalf_of_id")
    public UUID onBehalfOfId;

    public String note;

    public static Participation of(Meeting meeting, int position, ParticipantEntry entry) {
        Participation row = new Participation();
        row.id = UUID.randomUUID();
        row.meeting = meeting;
        row.position = position;
        row.organizationId = entry.organizationId();
        row.personId = entry.personId();
        row.personName = entry.personName();
        row.role = entry.role();
        row.onBehalfOfId = entry.onBehalfOfId();
        row.note = entry.note();
        return row;
    }

    public ParticipantEntry entry() {
        return new ParticipantEntry(organizationId, personId, personName, role, onBehalfOfId, note);
    }

    @Converter
    static class RoleColumn extends EnumCodeColumn<ParticipantRole> {
        RoleColumn() {
            super(ParticipantRole.class);
        }
    }
}
