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
    private static final String FOLLOW_UP_ARTICLE = "003_9760bf98cfdbdc38.txt";
    /** The sample data's conference that article 003 announces, organised by the SDC, following meeting 003. */
    private static final String SAMPLE_CONFERENCE = "3e80e274-b920-5172-b306-5903b9dd035d";
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
            String educationKey = educationItem.getAttribute("data-key");
            int participantRows = page.locator("#section-meeting li.participant").count();
            educationItem.locator("select[data-field$=']']").selectOption("ignore");
            assertThat(educationItem).hasAttribute("data-decision", "ignore");
            assertThat(page.locator("#section-meeting li.participant")).hasCount(participantRows - 1);
            assertThat(page.locator("#items-body option[value='" + educationKey + "']")).hasCount(0);
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

    /**
     * Seed article 003 announces a conference to come: the reviewer adds it as a follow-up organised by the Syrian
     * Democratic Council (as the sample data's conference has it), makes the relations office the meeting's
     * organiser and its co-chair a speaker for it, ignores what took no part, tries a new organisation (country,
     * parent, relation) and takes it out again; the accepted follow-up is read back with {@code followUpOf} the
     * accepted meeting. Both meetings are undated with titles of this run's own, so they are new records next to the
     * sample data's.
     */
    @Test
    void aFollowUpMeetingAndTheReviewersOwnEntriesAreAccepted() throws IOException {
        String text = seedArticle(FOLLOW_UP_ARTICLE);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        String publisher = lines.get(0);
        String headline = lines.get(1);
        JsonNode conference = sampleRecord("meetings.jsonl", SAMPLE_CONFERENCE);
        String council = conference.path("organizerId").asText();
        String relationsOffice = sampleRecord("meetings.jsonl", conference.path("followUpOf").asText())
                .path("organizerId").asText();
        Map<String, String> people = sampleRecordsFrom("people.jsonl", headline);
        String coChair = people.entrySet().stream().filter(e -> e.getValue().contains("حسن محمد علي"))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("co-chair in " + people));
        String editor = TestTokens.editor(UUID.fromString(relationsOffice));
        String run = UUID.randomUUID().toString();
        String meetingTitle = "اجتماع مكتب العلاقات مع مكونات «مسد» (مراجعة " + run + ")";
        String conferenceTitle = conference.path("titleAr").asText() + " (مراجعة " + run + ")";

        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser().newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
            List<String> faults = watchFaults(page);
            List<String> accepts = new ArrayList<>();
            page.onRequest(request -> {
                if ("POST".equals(request.method()) && request.url().endsWith("/accept")) {
                    accepts.add(request.postData());
                }
            });
            page.navigate(system.meetings.baseUrl + "/intake/");
            page.fill("#token", editor);
            page.click("#save-token");
            page.fill("#text", text);
            page.fill("#publisher", publisher);
            // A URL of its own, as above: the sample data's meetings cite this article by headline and publisher.
            page.fill("#url", "https://sdc.example/intake-page-" + run);
            read(page);

            // The council and the relations office as the draft matched them, or added by the reviewer when it
            // did not; whatever else the draft proposes took no part and is ignored.
            String councilKey = organizationKey(page, council);
            String officeKey = organizationKey(page, relationsOffice);
            String coChairKey = (String) page.evaluate("id => [...document.querySelectorAll('#section-people li.item')]"
                    + ".find(li => li.querySelector('select').value === 'existing:' + id)?.dataset.key", coChair);
            assertNotNull(coChairKey, "the co-chair " + people.get(coChair) + " is proposed as the registered person");
            List<String> ignored = new ArrayList<>();
            for (Locator entry : page.locator("#section-organizations li.item").all()) {
                String key = entry.getAttribute("data-key");
                if (!key.equals(councilKey) && !key.equals(officeKey)) {
                    entry.locator("select[data-field$=']']").selectOption("ignore");
                    ignored.add(key);
                }
            }

            // The main meeting as the sample data has it: organised by the relations office, the co-chair speaking
            // for it, the council taking part. The co-chair's row is made again from scratch (organisation, person,
            // role), the council's added.
            page.selectOption("#meeting-kind", "internal_meeting");
            page.fill("#meeting-date", "");
            page.selectOption("#meeting-organizer", officeKey);
            Locator participantRows = page.locator("#section-meeting li.participant");
            Locator proposedCoChair = participantRows.filter(new Locator.FilterOptions()
                    .setHas(page.locator("select[data-field$='.person'] option[value='" + coChairKey + "']:checked")));
            while (proposedCoChair.count() > 0) {
                proposedCoChair.first().locator("button.remove").click();
            }
            // The office takes part through its co-chair only: the row naming it alone goes.
            Locator officeAlone = participantRows.filter(new Locator.FilterOptions()
                    .setHas(page.locator("select[data-field$='.organization'] option[value='" + officeKey
                            + "']:checked")))
                    .filter(new Locator.FilterOptions().setHas(page.locator(
                            "select[data-field$='.person'] option[value='']:checked")));
            while (officeAlone.count() > 0) {
                officeAlone.first().locator("button.remove").click();
            }
            for (String[] participant : new String[][]{{officeKey, coChairKey, "speaker"}, {councilKey, "", ""}}) {
                page.click("#meeting-add-participant");
                Locator row = participantRows.last();
                assertThat(row.locator("select[data-field$='.organization']")).isFocused();
                assertThat(row.locator("select[data-field$='.role']")).hasValue("participant");
                row.locator("select[data-field$='.organization']").selectOption(participant[0]);
                if (!participant[1].isEmpty()) {
                    row.locator("select[data-field$='.person']").selectOption(participant[1]);
                    row.locator("select[data-field$='.role']").selectOption(participant[2]);
                }
            }
            while (page.locator("#section-statements button.remove").count() > 0) {
                page.locator("#section-statements button.remove").first().click();
            }
            if (page.locator("#recommendations-include").count() > 0) {
                page.uncheck("#recommendations-include");
            }

            // The follow-up the article announces: a conference, planned unless the reviewer says otherwise.
            page.click("#add-followup");
            assertThat(page.locator("#followup-0-kind")).isFocused();
            assertThat(page.locator("#followup-0-status")).hasValue("planned");
            page.selectOption("#followup-0-kind", "conference");
            page.fill("#followup-0-title", conferenceTitle);
            page.selectOption("#followup-0-organizer", councilKey);
            for (String key : ignored) {
                assertThat(page.locator("#followup-0-organizer option[value='" + key + "']")).hasCount(0);
            }

            // A new organisation, usable at once: with its country, under the council as its office.
            page.click("#add-organization");
            Locator added = page.locator("#section-organizations li.item").last();
            String addedKey = added.getAttribute("data-key");
            assertTrue(addedKey.matches("o\\d+"), addedKey);
            assertThat(added).hasAttribute("data-decision", "new");
            added.locator("input[data-field$='.nameAr']").fill("جهة تجربة لا تُسجَّل " + run);
            added.locator("select[data-field$='.kind']").selectOption("office");
            added.locator("input[data-field$='.country']").fill("sy");
            assertThat(added.locator("input[data-field$='.country']")).hasValue("SY");
            added.locator("select[data-field$='.parent']").selectOption(councilKey);
            assertThat(added.locator("select[data-field$='.parent'] option[value='" + addedKey + "']")).hasCount(0);
            List<?> relations = (List<?>) added.locator("select[data-field$='.parentRelation']")
                    .evaluate("s => [...s.options].map(o => o.value).filter(v => v)");
            assertEquals(List.of("office_of", "department_of", "representation_of", "set_up_under", "unit_of"),
                    relations);
            added.locator("select[data-field$='.parentRelation']").selectOption("office_of");
            assertThat(page.locator("#followup-0-organizer option[value='" + addedKey + "']"))
                    .hasText("جهة تجربة لا تُسجَّل " + run);
            assertThat(page.locator("#meeting-organizer option[value='" + addedKey + "']")).hasCount(1);
            assertEquals(List.of(), page.evaluate("() => [...document.querySelectorAll('input, select, textarea')]"
                    + ".filter(c => c.labels.length === 0 && !c.getAttribute('aria-label')).map(c => c.outerHTML)"));
            screenshot(page, "intake-follow-up.png");

            // A person the draft did not find, registered already: the id pasted names the entry in the selects.
            page.click("#add-person");
            Locator person = page.locator("#section-people li.item").last();
            String personKey = person.getAttribute("data-key");
            assertTrue(personKey.matches("p\\d+") && !personKey.equals(coChairKey), personKey);
            person.locator("select[data-field$=']']").selectOption("existing:");
            person.locator("input[data-field$='.id']").fill(coChair);
            assertThat(page.locator("#section-meeting select[data-field$='.person'] option[value='" + personKey + "']")
                    .first()).hasText(coChair);
            person.locator("button.remove").click();
            assertThat(page.locator("#items-body option[value='" + personKey + "']")).hasCount(0);

            // Sent once without the meeting's title: refused whole (nothing written), and the body shows what the
            // page sends: the new organisation's fields, the follow-up, and no reference to an ignored entry.
            page.fill("#meeting-title", "");
            page.click("#accept");
            assertThat(page.locator("#accept-problem")).isVisible();
            assertThat(page.locator("#meeting-title")).hasAttribute("aria-invalid", "true");
            JsonNode refused = JSON.readTree(accepts.get(0));
            JsonNode sentAdded = entryWithKey(refused.path("organizations"), addedKey);
            assertEquals("new", sentAdded.path("decision").asText());
            assertTrue(sentAdded.path("item").isMissingNode(), "an added entry has no item: " + sentAdded);
            assertEquals("SY", sentAdded.path("country").asText());
            assertEquals(councilKey, sentAdded.path("parent").asText());
            assertEquals("office_of", sentAdded.path("parentRelation").asText());
            assertEquals(1, refused.path("followUps").size(), refused.toString());
            assertEquals(councilKey, refused.path("followUps").path(0).path("organizer").asText());
            for (String key : ignored) {
                assertEquals(1, accepts.get(0).split("\"" + key + "\"", -1).length - 1,
                        key + " is ignored, yet referred to: " + accepts.get(0));
            }

            // The trial organisation taken out again leaves nothing behind; the accept goes through.
            page.selectOption("#followup-0-organizer", addedKey);
            added.locator("button.remove").click();
            assertThat(page.locator("#items-body option[value='" + addedKey + "']")).hasCount(0);
            assertThat(page.locator("#followup-0-organizer")).hasValue("");
            page.selectOption("#followup-0-organizer", councilKey);
            page.fill("#meeting-title", meetingTitle);
            page.click("#accept");
            page.waitForSelector("#result:not([hidden]), #accept-problem:not([hidden]):not(:has(.field-error"
                    + "[data-error-for='meeting.titleAr']))", new Page.WaitForSelectorOptions().setTimeout(30_000));
            assertFalse(page.locator("#accept-problem").isVisible(), () -> page.locator("#accept-problem").innerText());
            assertFalse(accepts.get(accepts.size() - 1).contains("\"" + addedKey + "\""), accepts.toString());
            Locator followUpLink = page.locator("#result li[data-kind='اجتماع لاحق'][data-outcome='created'] a");
            assertThat(followUpLink).hasCount(1);
            screenshot(page, "intake-follow-up-accepted.png");

            String meetingId = page.locator("#result li[data-kind='اجتماع'] a").textContent();
            String followUpId = followUpLink.textContent();
            JsonPath meeting = given().auth().oauth2(TestTokens.admin()).baseUri(system.meetings.baseUrl)
                    .get("/meetings/" + meetingId).then().statusCode(200).extract().jsonPath();
            assertEquals(meetingTitle, meeting.getString("titleAr"));
            assertEquals(relationsOffice, meeting.getString("organizerId"));
            assertEquals(List.of("speaker"), meeting.getList("participants.findAll { it.personId == '" + coChair
                    + "' && it.organizationId == '" + relationsOffice + "' }.role"), meeting.prettify());
            assertEquals(List.of("participant"), meeting.getList("participants.findAll { it.personId == null"
                    + " && it.organizationId == '" + council + "' }.role"), meeting.prettify());
            assertEquals(2, meeting.getList("participants").size(), meeting.prettify());
            JsonPath followUp = given().auth().oauth2(TestTokens.admin()).baseUri(system.meetings.baseUrl)
                    .get("/meetings/" + followUpId).then().statusCode(200).extract().jsonPath();
            assertEquals(conferenceTitle, followUp.getString("titleAr"));
            assertEquals(meetingId, followUp.getString("followUpOf"));
            assertEquals(council, followUp.getString("organizerId"));
            assertEquals("conference", followUp.getString("kind"));
            assertEquals("planned", followUp.getString("status"));
            assertTrue(faults.isEmpty(), "script errors or CSP violations: " + faults);
        }
    }

    /**
     * The key of the organisation entry that decides on a registered record: the draft's match, or an entry the
     * reviewer adds with the id pasted when the draft missed it.
     */
    private static String organizationKey(Page page, String id) {
        String key = (String) page.evaluate("id => [...document.querySelectorAll('#section-organizations li.item')]"
                + ".find(li => li.querySelector('select').value === 'existing:' + id)?.dataset.key", id);
        if (key != null) {
            return key;
        }
        page.click("#add-organization");
        Locator added = page.locator("#section-organizations li.item").last();
        added.locator("select[data-field$=']']").selectOption("existing:");
        added = page.locator("#section-organizations li.item").last();
        added.locator("input[data-field$='.id']").fill(id);
        return added.getAttribute("data-key");
    }

    private static JsonNode entryWithKey(JsonNode entries, String key) {
        for (JsonNode entry : entries) {
            if (key.equals(entry.path("key").asText())) {
                return entry;
            }
        }
        throw new AssertionError(key + " not among " + entries);
    }

    /** A record of the sample data by its id. */
    private static JsonNode sampleRecord(String file, String id) throws IOException {
        Path path = Path.of(System.getProperty("liaison.repo", ".."), "sample-data", file);
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && line.contains(id)) {
                JsonNode record = JSON.readTree(line);
                if (id.equals(record.path("id").asText())) {
                    return record;
                }
            }
        }
        throw new AssertionError(id + " not in " + file);
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
