package org.liaison.dashboard.signin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.support.problem.ProblemException;

import java.net.URI;

/**
 * Signing a person in to the page with the identity provider, when one is configured: the OpenID Connect
 * authorization code flow with PKCE, run by Quarkus's OIDC extension on {@code /sign-in} (application.properties:
 * those paths, and only those, authenticate with the provider's session cookie; every API path keeps bearer tokens).
 * The page then takes the access token from {@code POST /sign-in/token} and uses it as it would a pasted one, so
 * the stream, the lag and every service see one kind of credential. The token never appears in a URL.
 */
@Path("/sign-in")
@PermitAll // to this layer: who may reach /sign-in, /sign-in/token and /sign-in/end is the HTTP permission's business
public class SignInResource {

    private final boolean enabled;
    private final Instance<AccessTokenCredential> accessToken;
    private final Instance<OidcSession> session;

    public SignInResource(@ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean enabled,
                          Instance<AccessTokenCredential> accessToken, Instance<OidcSession> session) {
        this.enabled = enabled;
        this.accessToken = accessToken;
        this.session = session;
    }

    /** Whether the page offers "Sign in"; open to everyone, as the page itself is. */
    @GET
    @Path("options")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether people can sign in to the page with an identity provider")
    public Options options() {
        return new Options(enabled);
    }

    /** Reached once the provider has signed the person in (the extension ran the flow first): back to the page. */
    @GET
    @Operation(summary = "Signs a person in with the identity provider, then goes back to the page")
    public Response signIn() {
        requireEnabled();
        return Response.seeOther(URI.create("./#signed-in")).cacheControl(noStore()).build();
    }

    /**
     * The signed-in person's access token, for the page to send as a bearer token. Asked again when a service
     * refuses the token as expired: the extension refreshes it with the session's refresh token first.
     */
    @POST
    @Path("token")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in person's access token (session cookie from the sign-in)")
    public Response token() {
        requireEnabled();
        return Response.ok(new Token(accessToken.get().getToken())).cacheControl(noStore()).build();
    }

    /** Ends the page's session with this service (the provider's own session is the provider's business). */
    @POST
    @Path("end")
    @Operation(summary = "Ends the sign-in session with this service")
    public Uni<Response> end() {
        requireEnabled();
        return session.get().logout().map(done -> Response.noContent().cacheControl(noStore()).build());
    }

    private void requireEnabled() {
        if (!enabled) {
            throw ProblemException.notFound(
                    "No identity provider is configured for this dashboard: paste a token instead.");
        }
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }

    /** Whether {@code /sign-in} is available. */
    public record Options(boolean signIn) {
    }

    /** A bearer token for the APIs. */
    public record Token(String accessToken) {
    }
}
