package org.liaison.dashboard.signin;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.Events;
import org.liaison.infra.testing.Chromium;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person signs in to the page with the identity provider in a real Chromium, and the page then watches the stream
 * with the provider's token, never having seen a token to paste; API calls keep answering 401 without one.
 */
@QuarkusTest
@WithTestResource(IdentityProviderResource.class)
class SignInBrowserTest {

    private static final String STORED_TOKEN = "() => sessionStorage.getItem('liaison.dashboard.token')";
    private static final UUID OFFICE = UUID.fromString("6a1f3c52-9d0e-4b7a-8c2d-5e4f3a2b1c0d");

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL page;

    @Provider
    MockOAuth2Server provider;

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

    /** Clicks "Sign in" and types who the person is at the provider's login form. */
    private Page signIn(BrowserContext context, List<String> providerRequests) {
        Page p = context.newPage();
        p.onRequest(request -> {
            if (!request.url().startsWith(page.toString())) {
                providerRequests.add(request.url());
            }
        });
        p.navigate(page.toString());
        p.click("#sign-in");
        p.fill("input[name=username]", "reader@office");
        p.fill("textarea[name=claims]", "{\"groups\": [\"admin\"], \"office\": \"" + OFFICE + "\"}");
        p.click("input[type=submit]");
        assertThat(p.locator("#status")).hasAttribute("data-state", "live");
        return p;
    }

    /** The status of a request the page makes (so with its cookies). */
    private static int status(Page p, String fetch) {
        return ((Number) p.evaluate("async () => (await " + fetch + ").status")).intValue();
    }

    @Test
    void aPersonSignedInWithTheProviderWatchesTheStreamWithItsToken() {
        UUID org = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        List<String> providerRequests = new CopyOnWriteArrayList<>();
        try (BrowserContext context = chromium.browser().newContext(); Events events = new Events()) {
            Page p = signIn(context, providerRequests);
            assertThat(p.locator("#signed-in-as")).hasText("reader@office");
            assertEquals("", p.locator("#token").inputValue(), "no token was pasted");
            assertEquals(401, status(p, "fetch('lag')"), "the sign-in session is no credential for the APIs");
            events.meeting(meeting, "اجتماع مع الأحزاب الأعضاء", org, false, List.of(org), org);
            assertThat(p.locator("#events tbody tr[data-subject='meeting/" + meeting + "']")).hasCount(1);
            assertEquals(page.toString(), p.url(), "back on the page, nothing of the sign-in left in the URL");
        }
        String authorization = providerRequests.stream().filter(url -> url.contains("/authorize")).findFirst()
                .orElseThrow(() -> new AssertionError("no authorization request in " + providerRequests));
        String query = URI.create(authorization).getRawQuery();
        assertTrue(query.contains("code_challenge_method=S256"), "PKCE: " + authorization);
        assertTrue(query.contains("code_challenge="), "PKCE: " + authorization);
        assertTrue(query.contains("response_type=code"), "authorization code flow: " + authorization);
    }

    @Test
    void anExpiredTokenIsRenewedFromTheSessionWithoutSigningInAgain() {
        UUID org = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        // The sign-in's tokens live 5 s (the stream ends then); the renewed ones the usual hour.
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(IdentityProviderResource.ISSUER_ID, "ignored", "JWT",
                List.of(IdentityProviderResource.CLIENT_ID), Map.of(), 5));
        try (BrowserContext context = chromium.browser().newContext(); Events events = new Events()) {
            Page p = signIn(context, new CopyOnWriteArrayList<>());
            Object first = p.evaluate(STORED_TOKEN);
            p.waitForCondition(() -> !first.equals(p.evaluate(STORED_TOKEN)),
                    new Page.WaitForConditionOptions().setTimeout(30_000));
            assertThat(p.locator("#status")).hasAttribute("data-state", "live");
            assertThat(p.locator("#signed-in-as")).hasText("reader@office");
            events.meeting(meeting, "اجتماع بعد تجديد الرمز", org, false, List.of(org), org);
            assertThat(p.locator("#events tbody tr[data-subject='meeting/" + meeting + "']")).hasCount(1);
        }
    }

    @Test
    void signingOutEndsTheSessionAndForgetsTheToken() {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page p = signIn(context, new CopyOnWriteArrayList<>());
            p.click("#forget");
            assertThat(p.locator("#status")).hasAttribute("data-state", "idle");
            assertThat(p.locator("#sign-in")).isVisible();
            assertEquals(499, status(p, "fetch('sign-in/token', {method: 'POST', headers: "
                    + "{'X-Requested-With': 'JavaScript'}, redirect: 'manual'})"),
                    "the session is gone: the page is told to sign in again");
        }
    }

    @Test
    void anApiCallWithoutATokenIsRefusedNotRedirectedToTheProvider() {
        given().redirects().follow(false).when().get("/lag").then().statusCode(401);
        given().redirects().follow(false).when().post("/stream/tickets").then().statusCode(401);
        given().redirects().follow(false).when().get("/q/metrics").then().statusCode(401);
        given().redirects().follow(false).when().get("/sign-in/options").then().statusCode(200)
                .body("signIn", equalTo(true));
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        given().redirects().follow(false).when().get("/sign-in").then().statusCode(302)
                .header("Location", startsWith(issuer));
    }
}
