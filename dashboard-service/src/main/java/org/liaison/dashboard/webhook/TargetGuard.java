package org.liaison.dashboard.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.support.problem.ProblemException;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where a webhook may point: http or https, at most {@value #MAX_LENGTH} characters, no user info, and only an
 * address and port that {@link TargetPolicy} allows: the public internet on ports 80 and 443, unless the
 * deployment's allow-list ({@code liaison.webhooks.allow-list}) opens an internal range, a host name or another
 * port. Checked at registration (a refusal is 422 naming {@code url}) and again before each attempt, since a name
 * may resolve elsewhere later; the attempt then connects to an address this check saw ({@link Target}), never
 * looking the name up again.
 */
@ApplicationScoped
public class TargetGuard {

    static final int MAX_LENGTH = 2000;

    /** A URL that may be reached now, at one of these (checked) addresses. */
    public record Target(URI uri, String host, int port, boolean tls, List<InetAddress> addresses) {
    }

    /** The URL may not be reached; {@code reason} completes "url ...". */
    public static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final TargetPolicy policy;
    private final HostResolver resolver;

    public TargetGuard(WebhookConfig config, HostResolver resolver) {
        this.policy = new TargetPolicy(config.allowList().orElse(List.of()), config.allowedPorts());
        this.resolver = resolver;
    }

    /**
     * @throws ProblemException 400 naming {@code field} for a URL that is malformed, 422 for one that is well-formed
     *                          but may not be reached; a name that does not resolve (yet) is left to the attempts
     */
    public URI requireAllowed(String field, String url) {
        if (url == null || url.isBlank()) {
            throw ProblemException.badRequest(field, "is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw ProblemException.badRequest(field, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest(field, "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.badRequest(field, "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.badRequest(field, "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ProblemException.badRequest(field, "must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw ProblemException.badRequest(field, "must not have a fragment (#...)");
        }
        try {
            vet(uri);
        } catch (Refused e) {
            throw ProblemException.unprocessable(field, e.getMessage());
        } catch (UnknownHostException e) {
            // Left to the attempts, which check again; the port was judged already.
        }
        return uri;
    }

    /**
     * Resolves the URL's host once and checks every address it has, and the port.
     *
     * @throws Refused             when the URL may not be reached
     * @throws UnknownHostException when the name does not resolve (after the checks that need no look-up passed)
     */
    public Target vet(URI uri) throws Refused, UnknownHostException {
        String host = bare(uri.getHost());
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() >= 0 ? uri.getPort() : (tls ? 443 : 80);
        String refusal = policy.nameRefusal(host);
        if (refusal != null) {
            throw new Refused(refusal);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            refusal = policy.refusal(host, port, List.of());
            if (refusal != null) {
                throw new Refused(refusal);
            }
            throw e;
        }
        List<InetAddress> all = List.of(addresses);
        refusal = policy.refusal(host, port, all);
        if (refusal != null) {
            throw new Refused(refusal);
        }
        return new Target(uri, host, port, tls, all);
    }

    /** The host without the brackets of an IPv6 literal. */
    static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
