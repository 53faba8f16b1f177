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
 * The printable report in a real headless Chromium: a screenshot in target/report-screenshots, and right-to-left
 * layout checked on the live DOM (computed direction, where the number of an Arabic row actually is).
 */
@QuarkusTest
@WithTestResource(RecommendationsTestResource.class)
class ReportBrowserTest {

    static final Path SCREENSHOT = Path.of("target", "report-screenshots", "report-2023.png");

    @Test
    void rendersRightToLeftInChromium() throws Exception {
        UUID dfr = ReportData.organization();
        Response plan = ReportData.workPlan(dfr);
        String threeId = Fixtures.recommendation(plan, 3);
        post(TestTokens.admin(), "/recommendations/" + threeId + "/status", Map.of("status", "in_progress",
                "progress", 40)).then().statusCode(201);
        post(TestTokens.admin(), "/recommendations/" + Fixtures.recommendation(plan, 4)
                + "/actions", Map.of("titleAr", "لقاءات مع البرلمان الأوروبي", "progress", 25)).then().statusCode(201);
        post(TestTokens.admin(), "/recommendations/" + Fixtures.recommendation(plan, 5) + "/status",
                Map.of("status", "implemented", "date", "2023-06")).then().statusCode(201);
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
            assertTrue(Files.size(SCREENSHOT) > 1000, "a screenshot was written");

            assertEquals(List.of(url), requests, "the page loads nothing else");
            assertEquals("rtl", page.evaluate("getComputedStyle(document.documentElement).direction"));
            assertEquals(8, page.locator("article.recommendation").count());
            ElementHandle three = page.querySelector("article.recommendation[data-number='3']");
            ElementHandle number = three.querySelector(".row-ar .num");
            ElementHandle text = three.querySelector(".row-ar .text-ar");
            assertEquals("٣", number.textContent(), "the number as written");
            assertEquals("rtl", text.evaluate("e => getComputedStyle(e).direction"));
            Object align = text.evaluate("e => getComputedStyle(e).textAlign");
            assertTrue(List.of("start", "right").contains(align), "Arabic text aligned right, was " + align);
            ElementHandle english = three.querySelector(".row-en .text-en");
            assertEquals("ltr", english.evaluate("e => getComputedStyle(e).direction"));
            assertEquals("en", english.evaluate("e => e.closest('[lang]').lang"));
            BoundingBox numberBox = number.boundingBox();
            BoundingBox textBox = text.boundingBox();
            assertTrue(numberBox.x >= textBox.x + textBox.width,
                    "the number cell is to the right of the Arabic text: " + numberBox.x + " vs " + textBox.x + "+"
                            + textBox.width);
            BoundingBox enNumber = three.querySelector(".row-en .num").boundingBox();
            BoundingBox enText = english.boundingBox();
            assertTrue(enNumber.x + enNumber.width <= enText.x, "the English number is to the left of its text");

            // Progress as a bar: 40% of its track, filled from the right as the page reads.
            BoundingBox track = three.querySelector(".progress").boundingBox();
            BoundingBox bar = three.querySelector(".progress .bar").boundingBox();
            double inner = track.width - 2; // the track's 1px border on each side
            assertEquals(0.4, bar.width / inner, 0.02, "bar " + bar.width + " of " + inner);
            assertEquals(track.x + track.width - 1, bar.x + bar.width, 1.0, "the bar starts at the right");
            assertEquals("40%", three.querySelector(".progress-line .percent").textContent());
            // Each action has a bar of its own: one action at 25% makes the recommendation 25% too.
            ElementHandle four = page.querySelector("article.recommendation[data-number='4']");
            BoundingBox actionTrack = four.querySelector("ul.actions .progress").boundingBox();
            BoundingBox actionBar = four.querySelector("ul.actions .progress .bar").boundingBox();
            assertEquals(0.25, actionBar.width / (actionTrack.width - 2), 0.03);
            assertEquals("25%", four.querySelector(".progress-line .percent").textContent());

            chart(page);
            context.close();
        }
    }

    /**
     * The set's chart as drawn: a bar per status as long as its count against the largest, all growing from the same
     * right edge; the year's months as points from January at the right, higher for more progress.
     */
    private static void chart(Page page) {
        ElementHandle figure = page.querySelector("section.set figure.chart");
        BoundingBox adopted = figure.querySelector("g.status[data-status='adopted'] rect.bar").boundingBox();
        BoundingBox inProgress = figure.querySelector("g.status[data-status='in_progress'] rect.bar").boundingBox();
        BoundingBox implemented = figure.querySelector("g.status[data-status='implemented'] rect.bar").boundingBox();
        assertEquals(3, figure.querySelectorAll("g.status").size(), "statuses with recommendations only");
        assertEquals("6", figure.querySelector("g.status[data-status='adopted']").getAttribute("data-count"));
        assertEquals(1.0 / 6, inProgress.width / adopted.width, 0.01);
        assertEquals(inProgress.width, implemented.width, 0.5);
        assertEquals(adopted.x + adopted.width, inProgress.x + inProgress.width, 0.5, "bars grow from the right");
        BoundingBox label = figure.querySelector("g.status[data-status='adopted'] text").boundingBox();
        assertTrue(label.x >= adopted.x + adopted.width, "the status's name is right of its bar");
        assertTrue(label.width > 10, "the name is drawn: " + label.width);

        List<ElementHandle> points = figure.querySelectorAll("svg.progress-over-year circle.point");
        assertEquals(12, points.size());
        BoundingBox january = points.get(0).boundingBox();
        BoundingBox may = points.get(4).boundingBox();
        BoundingBox june = points.get(5).boundingBox();
        BoundingBox december = points.get(11).boundingBox();
        assertTrue(january.x > december.x, "the year runs from the right");
        assertEquals("0", points.get(4).getAttribute("data-progress"));
        assertEquals("12", points.get(5).getAttribute("data-progress"), "100 of eight from June");
        assertTrue(june.y < may.y, "more progress is drawn higher");
        assertEquals(12, figure.querySelector("polyline.line").getAttribute("points").split(" ").length);
    }
}
