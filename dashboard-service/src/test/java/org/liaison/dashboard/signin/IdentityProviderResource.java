package org.liaison.dashboard.signin;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.liaison.dashboard.DashboardTestResource;

import java.util.HashMap;
import java.util.Map;

/**
 * The dashboard with a real OpenID Connect provider beside its database and broker: NAV's mock-oauth2-server
 * (discovery, JWKS, authorization code flow checking PKCE, a login form where the person types who they are and
 * their claims). The dashboard signs people in with it and verifies bearer tokens against its keys, as it would
 * with Keycloak or Entra ID; tokens signed by the tests' own key are refused here.
 */
public class IdentityProviderResource implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER_ID = "liaison";
    /** The page's client; its tokens are for the audience liaison, the only one the APIs accept. */
    static final String CLIENT_ID = "liaison";
    private static final String PROVIDER = """
            {"interactiveLogin": true,
             "tokenCallbacks": [{"issuerId": "%s", "tokenExpiry": 3600, "requestMappings": [
                 {"requestParam": "grant_type", "match": "*", "claims": {"aud": ["%s"]}}]}]}
            """.formatted(ISSUER_ID, CLIENT_ID);

    private final DashboardTestResource infra = new DashboardTestResource();
    private MockOAuth2Server provider;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(infra.start());
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson(PROVIDER));
        provider.start();
        String issuer = provider.issuerUrl(ISSUER_ID).toString();
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.oidc.auth-server-url", issuer);
        config.put("quarkus.oidc.client-id", CLIENT_ID);
        config.put("quarkus.oidc.credentials.secret", "sign-in-test-client-secret-0123456789");
        // A test's 5-second token must reach the page as it is, to expire there: renewed only once expired.
        config.put("quarkus.oidc.token.refresh-token-time-skew", "0S");
        config.put("mp.jwt.verify.publickey.location", provider.jwksUrl(ISSUER_ID).toString());
        config.put("mp.jwt.verify.issuer", issuer);
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(provider,
                new TestInjector.AnnotatedAndMatchesType(Provider.class, MockOAuth2Server.class));
    }

    @Override
    public void stop() {
        if (provider != null) {
            provider.shutdown();
        }
        infra.stop();
    }
}
