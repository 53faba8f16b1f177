package org.liaison.recommendations.report;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.Chromium;
import org.liaison.infra.testing.TestTokens;
import org.liaison.recommendations.Fixtures;
import org.liaison.recommendations.RecommendationsTestResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.recommendations.Fixtures.post;

/**
 * An indicator's line in the printable report, in a real headless Chromium: inside its recommendation, after the
 * actions, read right to left as baseline, latest, target; its source a link that the page does not load.
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class IndicatorReportBrowserTest {

    static final Path SCREENSHOT = Path.of("target", "report-screenshots", "report-2023-indicators.png");

    @Test
    void anIndicatorReadsBaselineLatestTargetRightToLeft() throws Exception {
        UUID dfr = ReportData.organization();
        Response plan = ReportData.workPlan(dfr);
        String four = Fixtures.recommendation(plan, 4);
        post(TestTokens.admin(), "/recommendations/" + four + "/actions",
                Map.of("titleAr", "لقاءات مع البرلمان الأوروبي", "progress", 25)).then().statusCode(201);
        post(TestTokens.admin(), "/recommendations/" + four + "/indicators", Map.of("nameAr",
                "لقاءات مع برلمانيين أوروبيين", "unit", "لقاء", "baseline", 2, "baselineDate", "2022", "target", 10,
                "measurements", List.of(Map.of("value", 3, "measuredOn", "2023-03",
                        "sourceUrl", "https://example.org/march")))).then().statusCode(201);
        String url = "http://localhost:" + RestAssured.port + "/reports/" + dfr + "/2023";
        try (Chromium chromium = new Chromium()) {
            Browser browser = chromium.browser();
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(1000, 1400)
                    .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + TestTokens.reader(dfr))));
            Page page = context.newPage();
            List<String> requests = new ArrayList<>();
            page.onRequest(request -> requests.add(request.url()));
            assertEquals(200, page.navigate(url).status());
            Files.createDirectories(SCREENSHOT.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT).setFullPage(true));
            assertEquals(List.of(url), requests, "the page loads nothing else, the source link included");

            ElementHandle article = page.querySelector("article.recommendation[data-number='4']");
            ElementHandle line = article.querySelector("ul.indicators li.indicator");
            assertTrue(line.isVisible());
            assertEquals(Boolean.TRUE, line.evaluate(
                    "e => e.closest('ul').previousElementSibling.matches('ul.actions')"), "right after the actions");
            BoundingBox baseline = line.querySelector(".figure.baseline").boundingBox();
            BoundingBox latest = line.querySelector(".figure.latest").boundingBox();
            BoundingBox target = line.querySelector(".figure.target").boundingBox();
            assertTrue(baseline.x > latest.x + latest.width && latest.x > target.x + target.width,
                    "baseline, latest and target from right to left: " + baseline.x + ", " + latest.x + ", "
                            + target.x);
            assertEquals("3", line.querySelector(".figure.latest").textContent());
            assertEquals("2023-03", line.querySelector(".measured-on").textContent());
            assertEquals("https://example.org/march", line.querySelector("a.source").getAttribute("href"));
            assertEquals("rtl", line.evaluate("e => getComputedStyle(e).direction"));
            assertTrue(page.querySelector("article.recommendation[data-number='3'] ul.indicators") == null,
                    "a recommendation without indicators has no list");
            context.close();
        }
    }
}
