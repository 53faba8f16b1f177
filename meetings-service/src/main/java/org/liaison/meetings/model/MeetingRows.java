package org.liaison.meetings.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.liaison.contracts.EnumCodes;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.MeetingState.AgendaItem;
import org.liaison.contracts.MeetingState.ParticipantGroup;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Meetings read for showing only, with plain JDBC: a page of search results builds its views from these. Reading
 * 50 meetings as entities was 41% of meetings-service's CPU in a search (result mappings resolved anew per query,
 * an entity initialiser and dirty-tracking per row, timestamps through calendars). The meetings returned are detached
 * and carry their participants; they are never written. Every column of {@code meeting} is read here
 * ({@code MeetingRowsTest} compares the table with {@link #MEETING_COLUMNS} and a page's views with the entities').
 */
public final class MeetingRows {

    /** The columns of {@code meeting}, in the order {@link #meeting(ResultSet)} reads them. */
    static final List<String> MEETING_COLUMNS = List.of("id", "version", "kind", "status", "title_ar", "title_en",
            "date_text", "date_start", "date_end", "date_as_written", "date_warnings", "source_published_on",
            "start_time", "end_time", "time_zone", "city_ar", "city_en", "country", "venue_ar", "venue_en", "mode",
            "organizer_id", "unnamed_participants", "agenda", "topics", "summary", "outcomes", "follow_up_of",
            "instruments", "advances", "sources", "created_by_office", "restricted", "created_at", "updated_at");

    private static final ObjectReader TEXTS = json(new TypeReference<List<String>>() { });
    private static final ObjectReader GROUPS = json(new TypeReference<List<ParticipantGroup>>() { });
    private static final ObjectReader AGENDA = json(new TypeReference<List<AgendaItem>>() { });
    private static final ObjectReader INSTRUMENTS = json(new TypeReference<List<InstrumentRef>>() { });
    private static final ObjectReader IDS = json(new TypeReference<List<UUID>>() { });
    private static final ObjectReader SOURCES = json(new TypeReference<List<Source>>() { });

    private MeetingRows() {
    }

    /** The meetings with these ids that exist, in the order of {@code ids}, with their participants. Two queries. */
    public static List<Meeting> read(EntityManager entityManager, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> read(connection, ids));
    }

    private static List<Meeting> read(Connection connection, List<UUID> ids) throws SQLException {
        Array idArray = connection.createArrayOf("uuid", ids.toArray());
        Map<UUID, Meeting> byId = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select " + String.join(", ", MEETING_COLUMNS)
                + " from meeting where id = any(?)")) {
            select.setArray(1, idArray);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Meeting meeting = meeting(rows);
                    meeting.participants = new ArrayList<>();
                    byId.put(meeting.id, meeting);
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("select meeting_id, id, position,"
                + " organization_id, person_id, person_name, role, on_behalf_of_id, note from meeting_participant"
                + " where meeting_id = any(?) order by meeting_id, position")) {
            select.setArray(1, idArray);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Meeting meeting = byId.get(rows.getObject(1, UUID.class));
                    meeting.participants.add(participation(meeting, rows));
                }
            }
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static Meeting meeting(ResultSet row) throws SQLException {
        Meeting m = new Meeting();
        int c = 0;
        m.id = row.getObject(++c, UUID.class);
        m.version = row.getLong(++c);
        m.kind = code(MeetingKind.class, row.getString(++c));
        m.status = code(MeetingStatus.class, row.getString(++c));
        m.titleAr = row.getString(++c);
        m.titleEn = row.getString(++c);
        m.dateText = row.getString(++c);
        m.dateStart = row.getObject(++c, LocalDate.class);
        m.dateEnd = row.getObject(++c, LocalDate.class);
        m.dateAsWritten = row.getString(++c);
        m.dateWarnings = json(TEXTS, row.getString(++c));
        String published = row.getString(++c);
        m.sourcePublishedOn = published == null ? null : PartialDate.parse(published);
        m.startTime = row.getObject(++c, LocalTime.class);
        m.endTime = row.getObject(++c, LocalTime.class);
        m.timeZone = row.getString(++c);
        MeetingPlaceColumns place = new MeetingPlaceColumns();
        place.cityAr = row.getString(++c);
        place.cityEn = row.getString(++c);
        place.country = row.getString(++c);
        place.venueAr = row.getString(++c);
        place.venueEn = row.getString(++c);
        place.mode = code(MeetingMode.class, row.getString(++c));
        m.place = place.toPlace() == null ? null : place; // as Hibernate reads an all-null embeddable
        m.organizerId = row.getObject(++c, UUID.class);
        m.unnamedParticipants = json(GROUPS, row.getString(++c));
        m.agenda = json(AGENDA, row.getString(++c));
        m.topics = json(TEXTS, row.getString(++c));
        m.summary = row.getString(++c);
        m.outcomes = json(TEXTS, row.getString(++c));
        m.followUpOf = row.getObject(++c, UUID.class);
        m.instruments = json(INSTRUMENTS, row.getString(++c));
        m.advances = json(IDS, row.getString(++c));
        m.sources = json(SOURCES, row.getString(++c));
        m.createdByOffice = row.getObject(++c, UUID.class);
        m.restricted = row.getBoolean(++c);
        m.createdAt = row.getObject(++c, OffsetDateTime.class).toInstant();
        m.updatedAt = row.getObject(++c, OffsetDateTime.class).toInstant();
        return m;
    }

    private static Participation participation(Meeting meeting, ResultSet row) throws SQLException {
        Participation p = new Participation();
        p.meeting = meeting;
        p.id = row.getObject(2, UUID.class);
        p.position = row.getInt(3);
        p.organizationId = row.getObject(4, UUID.class);
        p.personId = row.getObject(5, UUID.class);
        p.personName = row.getString(6);
        p.role = code(ParticipantRole.class, row.getString(7));
        p.onBehalfOfId = row.getObject(8, UUID.class);
        p.note = row.getString(9);
        return p;
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        return code == null ? null : EnumCodes.parse(type, code);
    }

    private static <T> List<T> json(ObjectReader reader, String text) {
        try {
            // Most lists are empty: no parser for those.
            return text == null || "[]".equals(text) ? new ArrayList<>() : reader.readValue(text);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable JSON column of a meeting", e);
        }
    }

    private static ObjectReader json(TypeReference<?> type) {
        return EventJson.mapper().readerFor(type);
    }
}
