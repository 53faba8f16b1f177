package org.liaison.system;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.Chromium;
import org.liaison.infra.testing.TestTokens;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/**
 * End to end in a real headless Chromium: the dashboard page is open, a meeting is created through
 * meetings-service's REST API, and its row appears (outbox → Kafka → dashboard-service → SSE → page).
 */
class DashboardIT {

    private final LiaisonSystem system = LiaisonSystem.shared();

    @Test
    void aMeetingCreatedThroughTheApiAppearsOnTheOpenPage() {
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser().newPage();
            page.navigate(system.dashboard.baseUrl + "/");
            page.fill("#token", TestTokens.admin());
            page.click("#connect");
            assertThat(page.locator("#status")).hasAttribute("data-state", "live");

            String orgId = given().auth().oauth2(TestTokens.admin()).baseUri(system.orgs.baseUrl)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"kind": "council", "nameAr": "مجلس لوحة المتابعة", "nameEn": "Dashboard Council", \
                            "distinct": true}""")
                    .post("/organizations").then().statusCode(201).extract().path("id");
            String meetingId = given().auth().oauth2(TestTokens.admin()).baseUri(system.meetings.baseUrl)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"kind": "internal_meeting", "titleAr": "اجتماع يظهر على اللوحة", "organizerId": "%s"}"""
                            .formatted(orgId))
                    .post("/meetings").then().statusCode(201).extract().path("id");

            var row = page.locator("#events tbody tr[data-subject='meeting/" + meetingId + "']");
            assertThat(row).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
            assertThat(row.locator("td.what")).hasText("اجتماع يظهر على اللوحة");
            assertThat(row.locator("td.orgs")).containsText("مجلس لوحة المتابعة");
        }
    }
}
