package org.liaison.dashboard.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.dashboard.Events;
import org.liaison.infra.testing.Chromium;
import org.liaison.infra.testing.TestTokens;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The page in a real headless Chromium: a meeting published as meetings-service would publish it appears as a
 * row within 2 s, a filter hides other organisations, and a dropped connection comes back with no row missing.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class DashboardPageBrowserTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Page open(BrowserContext context) {
        Page p = context.newPage();
        p.navigate(page.toString());
        p.fill("#token", TestTokens.admin());
        p.click("#connect");
        assertThat(p.locator("#status")).hasAttribute("data-state", "live");
        return p;
    }

    private static Locator row(Page p, UUID meeting) {
        return p.locator("#events tbody tr[data-subject='meeting/" + meeting + "']");
    }

    @Test
    void aNewMeetingAppearsWithinTwoSecondsWithArabicRightToLeft() {
        UUID org = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        try (BrowserContext context = chromium.browser().newContext(); Events events = new Events()) {
            Page p = open(context);
            events.organization(org, "مجلس سوريا الديمقراطية", "Syrian Democratic Council");
            events.meeting(meeting, "اجتماع مع الأحزاب الأعضاء", org, false, List.of(org), org);
            assertThat(row(p, meeting)).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(2000));
            Locator what = row(p, meeting).locator("td.what");
            assertThat(what).hasText("اجتماع مع الأحزاب الأعضاء");
            assertEquals("rtl", what.evaluate("e => getComputedStyle(e).direction"));
            assertThat(row(p, meeting).locator("td.orgs")).containsText("مجلس سوريا الديمقراطية");
            assertThat(row(p, meeting).locator("td.actor")).containsText("مجلس سوريا الديمقراطية");
        }
    }

    @Test
    void aFilterHidesOtherOrganisations() {
        UUID mine = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID shown = UUID.randomUUID();
        UUID hidden = UUID.randomUUID();
        try (BrowserContext context = chromium.browser().newContext(); Events events = new Events()) {
            Page p = open(context);
            p.fill("#f-org", mine.toString());
            p.click("#apply");
            assertThat(p.locator("#status")).hasAttribute("data-state", "live");
            events.meeting(hidden, "لغيرنا", other, false, List.of(other), other);
            events.meeting(shown, "لنا", mine, false, List.of(mine), mine);
            assertThat(row(p, shown)).hasCount(1);
            assertThat(row(p, hidden)).hasCount(0);
            assertThat(p.locator("#events tbody tr")).hasCount(1);
        }
    }

    @Test
    void aDroppedConnectionResumesWithNoMissingRow() {
        UUID org = UUID.randomUUID();
        try (BrowserContext context = chromium.browser().newContext(); Events events = new Events()) {
            Page p = open(context);
            p.fill("#f-org", org.toString());
            p.click("#apply");
            assertThat(p.locator("#status")).hasAttribute("data-state", "live");
            UUID before = UUID.randomUUID();
            events.meeting(before, "قبل الانقطاع", org, false, List.of(org), org);
            assertThat(row(p, before)).hasCount(1);

            p.evaluate("() => window.liaisonDashboard.drop()");
            assertThat(p.locator("#status")).hasAttribute("data-state", "reconnecting");
            UUID[] during = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
            for (UUID m : during) {
                events.meeting(m, "أثناء الانقطاع", org, false, List.of(org), org);
            }
            assertThat(p.locator("#status")).hasAttribute("data-state", "live");
            for (UUID m : during) {
                assertThat(row(p, m)).hasCount(1);
            }
            assertThat(row(p, before)).hasCount(1);
            assertThat(p.locator("#events tbody tr")).hasCount(4);
        }
    }

    @Test
    void l2_thePageWorksUnderItsContentSecurityPolicyWhichBlocksInlineScript() {
        UUID org = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        try (BrowserContext context = chromium.browser().newContext(); Events events = new Events()) {
            // Recorded before any of the page's own script runs.
            context.addInitScript("window.__csp = []; document.addEventListener('securitypolicyviolation', "
                    + "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
            Page p = open(context);
            events.organization(org, "مجلس سوريا الديمقراطية", "Syrian Democratic Council");
            events.meeting(meeting, "اجتماع مع الأحزاب الأعضاء", org, false, List.of(org), org);
            assertThat(row(p, meeting)).hasCount(1);
            assertEquals(List.of(), p.evaluate("() => window.__csp"), "the page itself breaks no directive");

            // Script injected into the page (as an XSS would) does not run.
            p.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__injected = true';"
                    + " document.body.appendChild(s); }");
            assertEquals(false, p.evaluate("() => window.__injected === true"), "inline script is blocked");
            assertThat(p.locator("#status")).hasAttribute("data-state", "live");
            assertEquals(true, p.evaluate("() => window.__csp.some(v => v.startsWith('script-src'))"),
                    "the browser reports the blocked script");
        }
    }

    @Test
    void theHealthPanelShowsEveryServiceAndTheLastHoursEventsPerMinute() {
        UUID org = UUID.randomUUID();
        try (BrowserContext context = chromium.browser().newContext(); Events events = new Events()) {
            context.addInitScript("window.__csp = []; document.addEventListener('securitypolicyviolation', "
                    + "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
            events.organization(org, "مجلس سوريا الديمقراطية", "Syrian Democratic Council");
            Page p = open(context);
            LocatorAssertions.HasTextOptions twoPolls = new LocatorAssertions.HasTextOptions().setTimeout(15_000);
            assertThat(p.locator("#health tbody tr")).hasCount(4);
            assertThat(p.locator("#health tr[data-service='dashboard-service'] td.state")).hasText("ready", twoPolls);
            // The others do not run in this test (port 1): shown as such.
            for (String service : List.of("orgs-service", "meetings-service", "recommendations-service")) {
                Locator row = p.locator("#health tr[data-service='" + service + "']");
                assertThat(row.locator("td.state")).hasAttribute("data-state", "unreachable");
                assertThat(row.locator("td.problem")).hasText("connection refused");
            }
            assertThat(p.locator("#rate-chart svg rect.bar")).hasCount(60);
            // The organisation just published is in the last minutes' bars.
            Locator counted = p.locator("#rate-chart svg rect.bar:not([data-events='0'])");
            assertThat(counted.first()).isAttached();
            assertEquals(true, p.evaluate("() => [...document.querySelectorAll('#rate-chart rect.bar')]"
                    + ".some(r => Number(r.getAttribute('height')) > 0)"), "a bar has a height");
            assertEquals(List.of(), p.evaluate("() => window.__csp"), "the panel breaks no directive");
        }
    }
}
