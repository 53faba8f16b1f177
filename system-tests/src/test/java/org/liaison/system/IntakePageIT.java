package org.liaison.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.OrganizationKind;
import org.liaison.infra.testing.Chromium;
import org.liaison.infra.testing.TestTokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article intake review page ({@code /intake/} of meetings-service) in a real headless Chromium against the whole
 * system with the sample data loaded: seed article 004 pasted, read, reviewed, one decision changed and accepted; the
 * meeting the page created is read back through the API. The accepted meeting is a new record next to the sample
 * data's (undated, its title this run's own); the organisations and the person are the sample data's, referenced;
 * the recommendations and statements, which the sample data already holds, are left out of the accept.
 */
class IntakePageIT {

    private static final String ARTICLE = "004_55adaa63dcde96d2.txt";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiaisonSystem system = LiaisonSystem.shared();

    @Test
    void aSeedArticleIsReadMarkedReviewedAndAccepted() {
        String text = seedArticle(ARTICLE);
        String headline = text.lines().findFirst().orElseThrow();
        Map<String, String> organizations = sampleRecordsFrom("organizations.jsonl", headline);
        Map<String, String> people = sampleRecordsFrom("people.jsonl", headline);
        String externalRelations = idOf(organizations, "دائرة العلاقات الخارجية");
        String education = idOf(organizations, "هيئة التربية");
        String health = idOf(organizations, "هيئة الصحة");
        // An editor of the office that held the meeting pastes it.
        String editor = TestTokens.editor(UUID.fromString(externalRelations));
        String title = "الاجتماع السنوي لدائرة العلاقات الخارجية (مراجعة " + UUID.randomUUID() + ")";

        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser().newPage(new Browser.NewPageOptions()
                    .setViewportSize(1400, 1000));
            List<String> faults = watchFaults(page);
            Response opened = page.navigate(system.meetings.baseUrl + "/intake/");
            assertEquals(200, opened.status());
            String csp = opened.headers().get("content-security-policy");
            assertNotNull(csp, "the page has a Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
            for (String asset : List.of("/intake/intake.js", "/intake/intake.css")) {
                given().baseUri(system.meetings.baseUrl).get(asset).then().statusCode(200)
                        .header("Content-Security-Policy", csp).header("X-Content-Type-Options", "nosniff");
            }
            // The API beside it keeps the policy of data: nothing an answer opened in a browser could run.
            given().baseUri(system.meetings.baseUrl).get("/intake/articles").then().statusCode(401)
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

            page.fill("#token", editor);
            page.click("#save-token");
            page.fill("#text", text);
            page.fill("#publisher", text.lines().skip(1).findFirst().orElseThrow());
            // A URL of its own: the sample data's meeting cites the same article by headline and publisher, and an
            // accept references the meeting that cites its article.
            page.fill("#url", "https://north-pulse.example/intake-page-" + UUID.randomUUID());
            read(page);
            assertThat(page.locator("#status")).hasAttribute("data-state", "draft");
            screenshot(page, "intake-read.png");

            // The article as the service keeps it, every mark on the text its span names, right to left.
            String intakeId = page.locator("#intake-id").textContent();
            JsonNode intake = JSON.valueToTree(given().auth().oauth2(editor).baseUri(system.meetings.baseUrl)
                    .get("/intake/articles/" + intakeId).then().statusCode(200).extract().as(Map.class));
            String kept = intake.path("article").path("text").asText();
            assertThat(page.locator("#recent li[data-id='" + intakeId + "']")).hasAttribute("data-status", "draft");
            assertEquals("rtl", page.evaluate("() => getComputedStyle(document.getElementById('article')).direction"));
            assertEquals("rtl", page.evaluate("() => getComputedStyle(document.getElementById('text')).direction"));
            assertEquals(kept, page.locator("#article").textContent(), "the text is shown whole, marks and all");
            List<?> marks = (List<?>) page.evaluate("() => [...document.querySelectorAll('#article mark')]"
                    + ".map(m => [m.dataset.kind, m.dataset.start, m.dataset.end, m.textContent])");
            for (Object mark : marks) {
                List<?> m = (List<?>) mark;
                int start = Integer.parseInt((String) m.get(1));
                int end = Integer.parseInt((String) m.get(2));
                assertEquals(kept.substring(start, end), m.get(3), "mark " + m);
            }
            for (String kind : List.of("organization", "person", "date", "place", "group", "recommendation",
                    "statement")) {
                assertTrue(marks.stream().anyMatch(m -> kind.equals(((List<?>) m).get(0))), kind + " marked: " + marks);
            }
            // Each mention the draft found is a mark of its own on exactly its span.
            JsonNode draft = intake.path("draft");
            for (String[] mentions : new String[][]{{"organizations", "organization"}, {"people", "person"}}) {
                for (JsonNode mentioned : draft.path(mentions[0])) {
                    for (JsonNode span : mentioned.path("spans")) {
                        assertThat(page.locator("#article mark[data-kind='" + mentions[1] + "'][data-start='"
                                + span.path("start").asInt() + "'][data-end='" + span.path("end").asInt() + "']"))
                                .hasCount(1);
                    }
                }
            }

            // Every organisation and person the sample data records from this article is proposed as that record.
            List<?> decisions = (List<?>) page.evaluate("() => [...document.querySelectorAll("
                    + "'#section-organizations select[data-field], #section-people select[data-field]')]"
                    + ".filter(s => /^(organizations|people)\\[\\d+\\]$/.test(s.dataset.field)).map(s => s.value)");
            organizations.forEach((id, name) -> assertTrue(decisions.contains("existing:" + id),
                    name + " matched: " + decisions));
            people.forEach((id, name) -> assertTrue(decisions.contains("existing:" + id),
                    name + " matched: " + decisions));

            // Every control of the review is named for a screen reader (a label, or an aria-label in its row).
            assertEquals(List.of(), page.evaluate("() => [...document.querySelectorAll('input, select, textarea')]"
                    + ".filter(c => c.labels.length === 0 && !c.getAttribute('aria-label')).map(c => c.outerHTML)"));

            // Hovering an organisation lights its marks; leaving it puts them out.
            Locator firstOrganization = page.locator("#section-organizations li.item").first();
            String item = firstOrganization.getAttribute("data-item");
            firstOrganization.hover();
            assertThat(page.locator("mark.lit[data-item='" + item + "']").first()).isVisible();
            page.locator("#items-title").hover();
            assertThat(page.locator("mark.lit")).hasCount(0);

            // The kinds offered for a new organisation are event-contracts' OrganizationKind.
            Locator educationItem = page.locator("#section-organizations li.item").filter(new Locator.FilterOptions()
                    .setHas(page.locator("option[value='existing:" + education + "']")));
            educationItem.locator("select[data-field$=']']").selectOption("new");
            List<?> kinds = (List<?>) educationItem.locator("select[data-field$='.kind']")
                    .evaluate("s => [...s.options].map(o => o.value).filter(v => v)");
            assertEquals(Arrays.stream(OrganizationKind.values()).map(OrganizationKind::code).toList(), kinds);

            // The reviewer's corrections: education ignored; the year (read from «العام المنصرم», not written) left
            // out and a title of this run's own, so that this is a meeting of its own rather than the sample data's
            // (an undated meeting is the same when its title is); no recommendations or statements (the sample data
            // has them).
            educationItem.locator("select[data-field$=']']").selectOption("ignore");
            assertThat(educationItem).hasAttribute("data-decision", "ignore");
            assertThat(page.locator("#section-meeting li.participant").filter(new Locator.FilterOptions()
                    .setHasText(organizations.get(education)))).hasCount(0);
            page.fill("#meeting-title", title);
            page.fill("#meeting-date", "");
            page.uncheck("#recommendations-include");
            while (page.locator("#section-statements button.remove").count() > 0) {
                page.locator("#section-statements button.remove").first().click();
            }
            page.click("#accept");
            page.waitForSelector("#result:not([hidden]), #accept-problem:not([hidden])",
                    new Page.WaitForSelectorOptions().setTimeout(30_000));
            assertFalse(page.locator("#accept-problem").isVisible(), () -> page.locator("#accept-problem").innerText());
            Locator meetingLink = page.locator("#result a[href^='/meetings/']");
            assertThat(meetingLink).hasCount(1);
            assertThat(page.locator("#result li[data-outcome='created'] a[href^='/meetings/']")).hasCount(1);
            assertThat(page.locator("#status")).hasAttribute("data-state", "accepted");
            assertThat(page.locator("#result li[data-kind='تصريح']")).hasCount(0);
            assertThat(page.locator("#recent li[data-id='" + intakeId + "']")).hasAttribute("data-status", "accepted");
            screenshot(page, "intake-accepted.png");

            String meetingId = meetingLink.textContent();
            assertEquals("/meetings/" + meetingId, meetingLink.getAttribute("href"));
            JsonPath meeting = given().auth().oauth2(TestTokens.admin()).baseUri(system.meetings.baseUrl)
                    .get("/meetings/" + meetingId).then().statusCode(200).extract().jsonPath();
            assertEquals(title, meeting.getString("titleAr"));
            assertEquals("annual_meeting", meeting.getString("kind"));
            assertEquals("held", meeting.getString("status"));
            assertEquals(null, meeting.getString("date"));
            assertEquals(intake.path("draft").path("meeting").path("place").path("nameAr").asText(),
                    meeting.getString("place.cityAr"));
            assertEquals(externalRelations, meeting.getString("organizerId"));
            List<String> participants = meeting.getList("participants.organizationId");
            assertTrue(participants.contains(health), "health among " + participants);
            assertFalse(participants.contains(education), "education ignored, yet among " + participants);

            // Opened again (the address keeps the intake's id; the tab keeps the token): accepted, with its records.
            page.reload();
            assertThat(page.locator("#status")).hasAttribute("data-state", "accepted");
            assertThat(page.locator("#result a[href='/meetings/" + meetingId + "']")).hasCount(1);
            assertTrue(faults.isEmpty(), "script errors or CSP violations: " + faults);
        }
    }

    @Test
    void anEmptyTextShowsWhyAndAnOverlongOneShowsTheProblem() {
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser().newPage();
            List<String> faults = watchFaults(page);
            page.navigate(system.meetings.baseUrl + "/intake/");
            page.fill("#token", TestTokens.admin());
            page.click("#save-token");

            read(page);
            assertThat(page.locator("#warnings li[lang='en']").first()).not().isEmpty();
            assertThat(page.locator("#section-organizations .none")).isVisible();
            screenshot(page, "intake-empty.png");

            // Over the longest text read (and the longest JSON string), within the body limit: the problem names
            // the text.
            page.fill("#text", "ا".repeat(100_001));
            page.click("#read");
            assertThat(page.locator("#read-problem")).isVisible();
            assertThat(page.locator("#read-problem")).hasAttribute("data-status", Pattern.compile("400|413|422"));
            assertThat(page.locator("#read-problem .detail")).not().isEmpty();
            assertThat(page.locator("#text")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#text ~ .field-error[data-error-for='text']")).hasCount(1);
            assertThat(page.locator("#status")).hasAttribute("data-state", "refused");
            screenshot(page, "intake-too-long.png");

            // Over the body limit itself (256K): answered before the service reads it, shown all the same.
            page.fill("#text", "ا".repeat(200_000));
            page.click("#read");
            assertThat(page.locator("#read-problem")).hasAttribute("data-status", "413");
            assertThat(page.locator("#read-problem .detail")).not().isEmpty();
            assertThat(page.locator("#paste")).isVisible();
            assertTrue(faults.isEmpty(), "script errors or CSP violations: " + faults);
        }
    }

    /** Presses "Read" and waits for the review, failing with the problem shown instead, if any. */
    private static void read(Page page) {
        page.click("#read");
        page.waitForSelector("#review:not([hidden]), #read-problem:not([hidden])");
        assertFalse(page.locator("#read-problem").isVisible(), () -> page.locator("#read-problem").innerText());
    }

    /** Script errors and Content-Security-Policy violations the page causes (a refused answer's log line is not). */
    private static List<String> watchFaults(Page page) {
        List<String> faults = new ArrayList<>();
        page.onPageError(faults::add);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                faults.add(message.text());
            }
        });
        return faults;
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    /** A seed article from source-text's test jar. */
    private static String seedArticle(String file) {
        try (InputStream in = IntakePageIT.class.getResourceAsStream("/articles/" + file)) {
            assertNotNull(in, file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample data's records (id → Arabic name) with the article's headline as a source's title. */
    private static Map<String, String> sampleRecordsFrom(String file, String headline) {
        Path path = Path.of(System.getProperty("liaison.repo", ".."), "sample-data", file);
        Map<String, String> records = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = JSON.readTree(line);
                for (JsonNode source : record.path("sources")) {
                    if (headline.equals(source.path("title").asText(null))) {
                        records.put(record.get("id").asText(), record.path("nameAr").asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(records.isEmpty(), file + " has records from the article");
        return records;
    }

    private static String idOf(Map<String, String> records, String nameAr) {
        return records.entrySet().stream().filter(e -> e.getValue().equals(nameAr)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError(nameAr + " not in " + records));
    }
}
