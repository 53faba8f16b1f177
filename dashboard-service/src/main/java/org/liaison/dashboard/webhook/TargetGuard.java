package org.liaison.dashboard.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.support.problem.ProblemException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Where a webhook may point: http or https, at most {@value #MAX_LENGTH} characters, no user info, and never an
 * address that reaches the dashboard's own surroundings rather than an office's receiver: link-local (cloud
 * metadata at 169.254.169.254 among them), the unspecified and multicast addresses, and this machine unless
 * {@code liaison.webhooks.allow-localhost} (dev and test). Checked at registration and again before each attempt,
 * since a name may resolve elsewhere later. Private networks stay allowed: an office's receiver may be on one.
 */
@ApplicationScoped
public class TargetGuard {

    static final int MAX_LENGTH = 2000;
    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata", "instance-data");

    private final WebhookConfig config;

    public TargetGuard(WebhookConfig config) {
        this.config = config;
    }

    /** @throws ProblemException 400 naming {@code field} for a URL that is malformed or not allowed */
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
        String refusal = refusal(uri);
        if (refusal != null) {
            throw ProblemException.badRequest(field, refusal);
        }
        return uri;
    }

    /** Why an attempt to {@code uri} must not be made now, or null; a name that does not resolve is left to the attempt. */
    public String refusal(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (METADATA_HOSTS.contains(host)) {
            return "must not point at a cloud metadata service";
        }
        if (!config.allowLocalhost() && (host.equals("localhost") || host.endsWith(".localhost"))) {
            return "must not point at this machine (localhost)";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (address.isLinkLocalAddress() || isIpv4LinkLocalMapped(address)) {
                return "must not point at a link-local address (" + address.getHostAddress() + ", e.g. cloud metadata)";
            }
            if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
                return "must not point at " + address.getHostAddress();
            }
            if (address.isLoopbackAddress() && !config.allowLocalhost()) {
                return "must not point at this machine (" + address.getHostAddress() + ")";
            }
        }
        return null;
    }

    private static boolean isIpv4LinkLocalMapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return false;
        }
        byte[] b = address.getAddress();
        // ::ffff:169.254.x.x
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff && (b[12] & 0xff) == 169 && (b[13] & 0xff) == 254;
    }
}
