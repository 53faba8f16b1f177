package org.liaison.meetings.directory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.TestTokens;
import org.liaison.meetings.MeetingsTestResource;
import org.liaison.meetings.OrgsStub;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fallback look-up reads orgs-service's full organisation view (fields the directory does not keep, in
 * any shape) and its answer for a merged organisation: 307 towards the winner with the loser's own record.
 */
@QuarkusTest
@WithTestResource(MeetingsTestResource.class)
class MergedOrganizationLookupTest {

    @ConfigProperty(name = "liaison.orgs.url")
    String orgsUrl;

    @Inject
    OrganizationDirectory directory;

    @Test
    void aMergedOrganisationNotYetReceivedIsRecordedAsMergedAndTheMeetingGetsTheWinner() {
        UUID sdc = UUID.randomUUID();
        UUID duplicate = UUID.randomUUID();
        try (OrgsStub orgs = new OrgsStub(orgsUrl)) {
            orgs.register(new OrganizationState(sdc, 0, "council", "مجلس سوريا الديمقراطية",
                    "Syrian Democratic Council"));
            orgs.register(new OrganizationState(duplicate, 0, "council", "مسـد", null).withMergedInto(sdc, 1));

            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                            {"kind": "internal_meeting", "titleAr": "اجتماع مع الأحزاب الأعضاء", "organizerId": "%s"}"""
                            .formatted(duplicate))
                    .post("/meetings")
                    .then().statusCode(201)
                    .body("organizerId", equalTo(sdc.toString()));
        }
        OrganizationState recorded = QuarkusTransaction.requiringNew().call(() -> directory.find(duplicate))
                .orElseThrow();
        assertEquals(sdc, recorded.mergedInto());
        assertEquals(1, recorded.version());
        assertEquals("مسـد", recorded.nameAr());
    }
}
