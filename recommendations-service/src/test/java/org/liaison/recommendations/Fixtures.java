package org.liaison.recommendations;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.PartialDate;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.directory.MeetingDirectory;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Test data: organisations and meetings put straight into the local directories (as their events would), and
 * sets and recommendations made through the API.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static UUID organization(String nameAr) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(OrganizationDirectory.class).get()
                .apply(new OrganizationState(id, 0, "department", nameAr, null)));
        return id;
    }

    /** An organisation in the directory as a unit of {@code parent} (null for none), as its event would leave it. */
    public static UUID organization(String nameAr, UUID parent) {
        UUID id = UUID.randomUUID();
        OrganizationState state = new OrganizationState(id, 0, "department", nameAr, null, List.of(), List.of(), parent,
                parent == null ? null : "unit_of", "SY", null, List.of(), List.of(), List.of(), null, null, true,
                List.of(), List.of(), List.of(), null);
        QuarkusTransaction.requiringNew()
                .run(() -> Arc.container().instance(OrganizationDirectory.class).get().apply(state));
        return id;
    }

    public static UUID meeting(UUID organizer, String status, long version, List<UUID> advances) {
        UUID id = UUID.randomUUID();
        meeting(id, organizer, status, version, advances);
        return id;
    }

    public static void meeting(UUID id, UUID organizer, String status, long version, List<UUID> advances) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(MeetingDirectory.class).get()
                .apply(meetingState(id, organizer, status, version, advances)));
    }

    public static MeetingState meetingState(UUID id, UUID organizer, String status, long version, List<UUID> advances) {
        return new MeetingState(id, version, "annual_meeting", status, "الاجتماع السنوي لدائرة العلاقات الخارجية",
                "Annual meeting", PartialDate.parse("2023-01"), "أمس السبت", null, null, null,
                new MeetingState.MeetingPlace("الحسكة", "Hasakah", "SY", null, null, "in_person"), organizer,
                List.of(), List.of(), List.of(), List.of(), null, List.of(), null, List.of(), advances, List.of(),
                false, List.of(organizer));
    }

    /**
     * A set body for {@code organization}'s plan of {@code year}, with recommendations
     * {@code (numberAsWritten, textAr)}.
     */
    public static Map<String, Object> set(UUID organization, int year, String... numbersAndTexts) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuingOrganizationId", organization.toString());
        body.put("year", year);
        body.put("titleAr", "توصيات الاجتماع السنوي — مخطط عمل " + year);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i + 1 < numbersAndTexts.length; i += 2) {
            items.add(new HashMap<>(Map.of("numberAsWritten", numbersAndTexts[i], "textAr", numbersAndTexts[i + 1])));
        }
        body.put("recommendations", items);
        return body;
    }

    public static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
    }

    /** Adopts a set as admin and answers its view. */
    public static Response adopt(Map<String, Object> set) {
        return post(TestTokens.admin(), "/recommendation-sets", set).then().statusCode(201).extract().response();
    }

    /** The id of the recommendation numbered {@code number} in an adopted set's view. */
    public static String recommendation(Response set, int number) {
        return set.path("recommendations.find { it.number == " + number + " }.id");
    }
}
