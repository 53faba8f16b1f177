package org.liaison.meetings.dating;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.MeetingFixture.patch;
import static org.liaison.meetings.MeetingFixture.post;
import static org.liaison.meetings.MeetingFixture.schedule;

/** A date as the article words it is read against the article's publication date, and never invented without it. */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MeetingDateReadingTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    MeetingFixture fixture;
    UUID snc;

    @BeforeEach
    void organizer() {
        fixture = new MeetingFixture(directory, entityManager);
        snc = fixture.organization("هيئة التفاوض السورية", "Syrian Negotiation Commission");
    }

    @Test
    void readsTheDateAgainstThePublicationDateAndPublishesIt() {
        String id = schedule(body("\"dateAsWritten\": \"اليوم (الاثنين)\", \"sourcePublishedOn\": \"2024-06-10\""));
        admin().get("/meetings/" + id).then().statusCode(200)
                .body("date", equalTo("2024-06-10"))
                .body("dateAsWritten", equalTo("اليوم (الاثنين)"))
                .body("sourcePublishedOn", equalTo("2024-06-10"))
                .body("dateWarnings", empty());
        assertEquals("2024-06-10", fixture.lastEventField(id, "{date}"));
        assertEquals("اليوم (الاثنين)", fixture.lastEventField(id, "{dateAsWritten}"));
    }

    @Test
    void takesThePublicationDateFromTheSourcesWhenTheRequestNamesNone() {
        post(body("\"dateAsWritten\": \"غداً الثلاثاء\", \"sources\": [{\"publisher\": \"هيئة التفاوض السورية\", "
                + "\"publishedOn\": \"2024-06-10\"}]")).then().statusCode(201).body("date", equalTo("2024-06-11"));
    }

    @Test
    void keepsTheWordsAndNoDateWithoutAPublicationDate() {
        post(body("\"dateAsWritten\": \"أمس السبت\"")).then().statusCode(201)
                .body("date", nullValue())
                .body("dateAsWritten", equalTo("أمس السبت"))
                .body("dateWarnings", not(empty()));
    }

    @Test
    void warnsWhenTheWeekdayDoesNotMatchTheDay() {
        // 10 June 2024 was a Monday: «اليوم (الثلاثاء)» contradicts it.
        post(body("\"dateAsWritten\": \"اليوم (الثلاثاء)\", \"sourcePublishedOn\": \"2024-06-10\"")).then()
                .statusCode(201)
                .body("dateWarnings", not(empty()));
    }

    @Test
    void anExplicitDateWinsAndADisagreementIsNoted() {
        post(body("\"date\": \"2024-06\", \"dateAsWritten\": \"اليوم (الاثنين)\", "
                + "\"sourcePublishedOn\": \"2024-06-10\""))
                .then().statusCode(201)
                .body("date", equalTo("2024-06"))
                .body("dateWarnings", hasItem(containsString("2024-06-10")));
    }

    @Test
    void aPatchOfTheWordsReadsTheDateAgain() {
        String id = schedule(body("\"dateAsWritten\": \"أمس السبت\""));
        patch(id, "{\"sourcePublishedOn\": \"2023-01-08\"}").then().statusCode(200)
                .body("date", equalTo("2023-01-07")).body("dateWarnings", empty());
        patch(id, "{\"date\": \"2023\"}").then().statusCode(200).body("date", equalTo("2023"))
                .body("dateAsWritten", equalTo("أمس السبت"));
        patch(id, "{\"titleEn\": \"Annual meeting\"}").then().statusCode(200).body("date", equalTo("2023"));
    }

    private String body(String dateFields) {
        return """
                {"kind": "expanded_meeting", "titleAr": "اجتماع موسع", "organizerId": "%s", %s}"""
                .formatted(snc, dateFields);
    }
}
