package org.liaison.infra.testing;

import org.liaison.infra.LocalKeys;
import org.liaison.infra.LocalTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends a {@link BadInputCase} to a service, the same way for the services' tests and for fault F7. The caller column
 * says who asks: {@code admin}; a role ({@code reader}, {@code editor}, {@code janitor}) of an office nobody knows,
 * or of a given one ({@code reader@<uuid>}); {@code none} (no Authorization); {@code expired} (an admin token
 * that expired ten minutes ago); {@code foreign-key} (an admin token signed with a key the service does not trust);
 * {@code header:<value>} (that Authorization header as is). A path with a {@code %} in it is sent as written (it is
 * percent-encoded already); otherwise characters a URL may not hold are encoded. Query values are always encoded.
 */
public final class BadInputClient {

    /** The answer: status, Content-Type and Retry-After ("" when none) and body text. */
    public record Answer(int status, String contentType, String body, String retryAfter) {
    }

    private static LocalTokens foreignTokens;
    /**
     * One token per caller: signing one per request (key read from disk, RSA) would make the senders slow under load.
     */
    private static final Map<String, Optional<String>> AUTHORIZATIONS = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration timeout;

    public BadInputClient(Duration timeout) {
        this.timeout = timeout;
    }

    /** Sends a filled case to the service at {@code baseUrl} ({@code http://host:port}). */
    public Answer send(String baseUrl, BadInputCase filled) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + encode(filled.path())))
                .timeout(timeout);
        String caller = filled.caller() == null ? "none" : filled.caller();
        AUTHORIZATIONS.computeIfAbsent(caller, c -> Optional.ofNullable(authorization(c)))
                .ifPresent(authorization -> request.header("Authorization", authorization));
        filled.headers().forEach(request::header);
        request.method(filled.method(), filled.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(filled.body(), StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Retry-After").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(filled + ": no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(filled + ": interrupted", e);
        }
    }

    static String authorization(String caller) {
        if (caller == null || caller.equals("none")) {
            return null;
        }
        if (caller.startsWith("header:")) {
            return caller.substring("header:".length());
        }
        String token = switch (caller) {
            case "admin" -> TestTokens.admin();
            case "expired" -> new LocalTokens(TestTokens.keys()).issue(UUID.randomUUID(), "admin", "admin@past",
                    Duration.ofMinutes(-10));
            case "foreign-key" -> foreignTokens().issue(UUID.randomUUID(), "admin", "mallory", Duration.ofHours(1));
            default -> {
                int at = caller.indexOf('@');
                yield at < 0 ? TestTokens.issue(UUID.randomUUID(), caller)
                        : TestTokens.issue(UUID.fromString(caller.substring(at + 1)), caller.substring(0, at));
            }
        };
        return "Bearer " + token;
    }

    private static synchronized LocalTokens foreignTokens() {
        if (foreignTokens == null) {
            try {
                foreignTokens = new LocalTokens(LocalKeys.inDirectory(Files.createTempDirectory("other-keys")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return foreignTokens;
    }

    /** The path and query of a case as a URL may carry them. */
    static String encode(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        StringBuilder out = new StringBuilder(path.contains("%") ? path : encodePath(path));
        if (question >= 0) {
            String separator = "?";
            for (String pair : pathAndQuery.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                out.append(separator).append(URLEncoder.encode(pair.substring(0, equals), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                separator = "&";
            }
        }
        return out.toString();
    }

    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
