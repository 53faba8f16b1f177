package org.liaison.meetings.calendar;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.MeetingFixture.schedule;
import static org.liaison.meetings.search.SearchFixture.get;

/** GET /meetings.ics, read back by ical4j as a calendar client reads it. */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingCalendarTest {

    static final String LONG_TITLE = "اجتماع موسع لهيئة التفاوض السورية مع مديري منظمات المجتمع المدني السوري، "
            + "لتنسيق المواقف; وبحث العملية السياسية, وفق القرار ٢٢٥٤";

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    UUID organizer;
    UUID outsider;
    String allDay;
    String timed;
    String cancelled;
    String restricted;

    @BeforeEach
    void meetings() {
        MeetingFixture fixture = new MeetingFixture(directory, entityManager);
        organizer = fixture.organization("هيئة التفاوض السورية", "Syrian Negotiation Commission");
        outsider = fixture.organization("بيتنا", "Baytna");
        allDay = schedule(body("\"titleAr\": \"" + LONG_TITLE + "\", \"date\": \"2024-06-10\", \"place\": "
                + "{\"venueAr\": \"معهد العالم العربي\", \"cityAr\": \"باريس\", \"country\": \"FR\"}"));
        timed = schedule(body("\"titleAr\": \"لقاء مع المبعوثين\", \"date\": \"2024-06-11\", \"startTime\": \"10:00\","
                + " \"endTime\": \"12:30\", \"timeZone\": \"Asia/Damascus\""));
        cancelled = schedule(body("\"titleAr\": \"مؤتمر ملغى\", \"date\": \"2024-07-01\""));
        admin().body("{\"status\": \"cancelled\"}").post("/meetings/" + cancelled + "/status").then().statusCode(200);
        restricted = schedule(body("\"titleAr\": \"لقاء سري\", \"date\": \"2024-07-02\", \"restricted\": true,"
                + " \"summary\": \"تفاصيل لا تظهر\""));
        schedule(body("\"titleAr\": \"اجتماع في شهر\", \"date\": \"2024-06\""));
        schedule(body("\"titleAr\": \"اجتماع بلا تاريخ\""));
    }

    @Test
    void theFeedParsesWithOneEventPerMeetingDatedToTheDay() throws Exception {
        String ics = feed(TestTokens.reader(outsider));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertEquals("2.0", value(calendar.getProperty(Property.VERSION)));
        assertEquals(MeetingCalendarResource.PRODID, value(calendar.getProperty(Property.PRODID)));

        Map<String, CalendarComponent> events = calendar.getComponents().stream()
                .filter(c -> c.getName().equals(Component.VEVENT))
                .collect(Collectors.toMap(c -> value(c.getProperty(Property.UID)), c -> c));
        assertEquals(List.of(allDay, timed, cancelled, restricted).stream().map(id -> id + "@liaison").sorted()
                .toList(), events.keySet().stream().sorted().toList());

        CalendarComponent first = events.get(allDay + "@liaison");
        assertEquals(LONG_TITLE, value(first.getProperty(Property.SUMMARY)));
        assertEquals("معهد العالم العربي, باريس, FR", value(first.getProperty(Property.LOCATION)));
        assertEquals("20240610", value(first.getProperty(Property.DTSTART)));
        assertEquals("20240611", value(first.getProperty(Property.DTEND)));
        assertEquals("CONFIRMED", value(first.getProperty(Property.STATUS)));

        CalendarComponent second = events.get(timed + "@liaison");
        assertEquals("20240611T070000Z", value(second.getProperty(Property.DTSTART)));
        assertEquals("20240611T093000Z", value(second.getProperty(Property.DTEND)));

        assertEquals("CANCELLED", value(events.get(cancelled + "@liaison").getProperty(Property.STATUS)));

        CalendarComponent hidden = events.get(restricted + "@liaison");
        assertEquals("اجتماع مقيد: هيئة التفاوض السورية", value(hidden.getProperty(Property.SUMMARY)));
        assertEquals("CONFIDENTIAL", value(hidden.getProperty(Property.CLASS)));
        assertTrue(hidden.getProperty(Property.DESCRIPTION).isEmpty());
        assertFalse(ics.contains("لقاء سري"));
    }

    @Test
    void aPartySeesTheRestrictedMeetingInFull() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed(TestTokens.reader(organizer))));
        CalendarComponent event = calendar.getComponents().stream()
                .filter(c -> value(c.getProperty(Property.UID)).equals(restricted + "@liaison")).findFirst()
                .orElseThrow();
        assertEquals("لقاء سري", value(event.getProperty(Property.SUMMARY)));
        assertEquals("تفاصيل لا تظهر", value(event.getProperty(Property.DESCRIPTION)));
    }

    @Test
    void linesAreFoldedAt75OctetsAndEndInCrlf() {
        String ics = feed(TestTokens.admin());
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(ics.contains("\r\n "), "the long title is folded");
        assertTrue(ics.replace("\r\n ", "").contains("SUMMARY:" + LONG_TITLE.replace(",", "\\,").replace(";", "\\;")));
    }

    private String feed(String token) {
        return get(token, "/meetings.ics", Map.of("organization", organizer)).then().statusCode(200)
                .contentType("text/calendar; charset=utf-8").extract().asString();
    }

    private String body(String fields) {
        return "{\"kind\": \"conference\", \"organizerId\": \"" + organizer + "\", " + fields + "}";
    }

    private static String value(Optional<? extends Property> property) {
        return property.map(Property::getValue).orElse(null);
    }
}
