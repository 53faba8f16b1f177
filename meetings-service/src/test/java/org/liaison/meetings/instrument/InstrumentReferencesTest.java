package org.liaison.meetings.instrument;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.MeetingFixture;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.infra.testing.BadInput.assertUnchanged;
import static org.liaison.infra.testing.BadInput.counts;
import static org.liaison.meetings.MeetingFixture.admin;
import static org.liaison.meetings.MeetingFixture.patch;
import static org.liaison.meetings.MeetingFixture.post;
import static org.liaison.meetings.MeetingFixture.schedule;

/** Instruments named in free text are stored and published by canonical id; a text naming none is refused by index. */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class InstrumentReferencesTest {

    @Inject
    OrganizationDirectory directory;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    MeetingFixture fixture;
    UUID snc;

    @BeforeEach
    void organizer() {
        fixture = new MeetingFixture(directory, entityManager);
        snc = fixture.organization("هيئة التفاوض السورية", "Syrian Negotiation Commission");
    }

    @Test
    void resolvesFreeTextToCanonicalInstrumentsOnceEach() {
        String id = schedule(body("[\"القرار ٢٢٥٤\", \"UNSC 2118\", \"بيان جنيف\", \"قرار مجلس الأمن رقم 2254\"]"));
        admin().get("/meetings/" + id).then().statusCode(200)
                .body("instruments.id", contains("unsc-2254", "unsc-2118", "geneva-communique"))
                .body("instruments[0].nameEn", equalTo("UN Security Council Resolution 2254"))
                .body("instruments[0].asWritten", equalTo("القرار ٢٢٥٤"))
                .body("instruments[2].kind", equalTo("communique"));
        assertEquals("[\"unsc-2254\", \"unsc-2118\", \"geneva-communique\"]",
                fixture.lastEventField(id, "{instruments}"));
    }

    @Test
    void acceptsCanonicalIdsSoAMeetingCanBePutBackAsShown() {
        String id = schedule(body("[\"unsc-2254\", \"cedaw\"]"));
        admin().get("/meetings/" + id).then().body("instruments.id", contains("unsc-2254", "cedaw"));
        patch(id, "{\"instruments\": []}").then().statusCode(200).body("instruments.size()", equalTo(0));
    }

    @Test
    void refusesATextThatNamesNoKnownInstrumentNamingItsIndex() {
        Map<String, Long> before = counts(dataSource, "meeting", "outbox_event");
        post(body("[\"بيان جنيف\", \"اتفاقية لا وجود لها\"]")).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("instruments[1]"));
        assertUnchanged(before, counts(dataSource, "meeting", "outbox_event"));
        String id = schedule(body("[\"بيان جنيف\"]"));
        patch(id, "{\"instruments\": [\"القرار 2254\", \"شيء ما\"]}").then().statusCode(422)
                .body("errors.field", hasItem("instruments[1]"));
        admin().get("/meetings/" + id).then().body("instruments.id", contains("geneva-communique"))
                .body("version", equalTo(0));
    }

    private String body(String instruments) {
        return """
                {"kind": "expanded_meeting", "titleAr": "اجتماع موسع", "organizerId": "%s", "instruments": %s}"""
                .formatted(snc, instruments);
    }
}
