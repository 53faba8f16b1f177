package org.liaison.infra;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@code sample-data/*.jsonl} through the public APIs, idempotently: every record has a fixed id, and a 409
 * whose {@code existingId} is that very id means it was loaded before. A 409 naming another record is an error (a
 * name clash), as is any other answer. The one loader of {@code ./liaison up}, the compose profile
 * {@code sample-data} and the system tests.
 */
public final class SampleData {

    /** The office of the loader's admin token. */
    public static final String LOADER_OFFICE = "00000000-0000-4000-8000-00000000a0a0";

    private static final Pattern LEADING_ID = Pattern.compile("^\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]+)\"");
    private static final Pattern MEETING_ID = Pattern.compile("\"meetingId\"\\s*:\\s*\"([0-9a-f-]+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /**
     * The files in load order (roles name people and organisations; meetings and sets name organisations; statements
     * their meetings).
     *
     * @param path where each line is posted; {@code {meetingId}} is the line's own {@code "meetingId"}
     */
    private record Load(String file, String path, LiaisonTopology.Service service) {
    }

    private static final List<Load> LOADS = List.of(
            new Load("organizations.jsonl", "/organizations", LiaisonTopology.ORGS),
            new Load("people.jsonl", "/people", LiaisonTopology.ORGS),
            new Load("memberships.jsonl", "/memberships", LiaisonTopology.ORGS),
            new Load("meetings.jsonl", "/meetings", LiaisonTopology.MEETINGS),
            new Load("statements.jsonl", "/meetings/{meetingId}/statements", LiaisonTopology.MEETINGS),
            new Load("recommendations.jsonl", "/recommendation-sets", LiaisonTopology.RECOMMENDATIONS));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Path directory;
    private final Map<LiaisonTopology.Service, String> baseUrls;
    private final String token;

    /**
     * @param directory the sample-data directory
     * @param baseUrls  each service's base URL, e.g. {@code http://127.0.0.1:8081}
     * @param token     an admin token
     */
    public SampleData(Path directory, Map<LiaisonTopology.Service, String> baseUrls, String token) {
        this.directory = directory;
        this.baseUrls = Map.copyOf(baseUrls);
        this.token = token;
    }

    /** How many records a load created, and how many were there from an earlier one. */
    public record Loaded(int created, int existing) {
        Loaded plus(Loaded other) {
            return new Loaded(created + other.created, existing + other.existing);
        }
    }

    /**
     * Loads every file, printing one line per file; throws on the first record that is neither created nor there.
     */
    public Loaded load(PrintStream out) {
        out.println("Loading sample data from " + directory);
        Loaded total = new Loaded(0, 0);
        for (Load load : LOADS) {
            String base = baseUrls.get(load.service());
            if (base == null) {
                throw new IllegalArgumentException("no URL for " + load.service().name());
            }
            total = total.plus(load(directory.resolve(load.file()), stripSlash(base) + load.path(), out));
        }
        return total;
    }

    private Loaded load(Path file, String path, PrintStream out) {
        int created = 0;
        int existing = 0;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            HttpResponse<String> response = post(URI.create(pathOf(path, line)), line);
            switch (response.statusCode()) {
                case 201 -> created++;
                case 409 -> {
                    if (!isThisRecord(line, response.body())) {
                        throw new IllegalStateException("loading " + file.getFileName() + ": HTTP 409 for: " + line
                                + "\n" + response.body());
                    }
                    existing++;
                }
                default -> throw new IllegalStateException("loading " + file.getFileName() + " failed with HTTP "
                        + response.statusCode() + " for: " + line + "\n" + response.body());
            }
        }
        out.println("  " + file.getFileName() + ": " + created + " created, " + existing + " already there");
        return new Loaded(created, existing);
    }

    /** The path with {@code {meetingId}} replaced by the line's own. */
    static String pathOf(String path, String line) {
        if (!path.contains("{meetingId}")) {
            return path;
        }
        Matcher meeting = MEETING_ID.matcher(line);
        if (!meeting.find()) {
            throw new IllegalStateException("no \"meetingId\" in a line posted to " + path + ": " + line);
        }
        return path.replace("{meetingId}", meeting.group(1));
    }

    /** A 409 means "already there" only when it names the record's own leading id. */
    static boolean isThisRecord(String line, String conflictBody) {
        Matcher id = LEADING_ID.matcher(line);
        return id.find() && Pattern.compile("\"existingId\"\\s*:\\s*\"" + Pattern.quote(id.group(1)) + "\"")
                .matcher(conflictBody).find();
    }

    private HttpResponse<String> post(URI uri, String json) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the sample data", e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
