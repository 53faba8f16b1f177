package org.liaison.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one-shot tools of a deployment, the entry point of the {@code liaison-tools} image and of {@code ./liaison}'s
 * sample-data step. Prints nothing but its answer on standard output, so that {@code TOKEN=$(... token ...)} works.
 *
 * <pre>
 * keys --dir DIR [--owner UID]
 *     Makes what the services need to trust tokens and protect webhook secrets, once: the token key pair
 *     (public.pem, private.pem) and webhooks-secret-key (base64 of 32 random bytes). Files already there are kept.
 *     --owner hands the files to that user (the services' uid 185 in the images) when run as root.
 * token --keys DIR --office ID --role reader|editor|admin [--ttl 8h] [--subject NAME]
 *     Prints a token signed with DIR's private key.
 * load-sample-data --dir DIR --orgs URL --meetings URL --recommendations URL (--keys DIR | --token TOKEN)
 *     Loads DIR/*.jsonl through the APIs (see SampleData); with --keys it signs a short admin token itself.
 * rebuild --url SERVICE_URL --read-model NAME (--keys DIR | --token TOKEN)
 *     Rebuilds one of the service's read models from its topic (POST /admin/read-models/NAME/rebuild) and prints
 *     what the rebuild did; exits 1 with the service's problem when it refuses.
 * </pre>
 */
public final class ToolsMain {

    /** The dashboard's key for webhook signing secrets at rest (LIAISON_WEBHOOKS_SECRET_KEY). */
    public static final String WEBHOOKS_SECRET_KEY_FILE = "webhooks-secret-key";

    private ToolsMain() {
    }

    public static void main(String[] args) {
        // JBoss LogManager is on the class path (for the embedded servers); the JDK's HTTP client logs through
        // System.Logger, which complains on stderr unless the manager is chosen before the first logger.
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        if (args.length == 0) {
            fail("usage: keys | token | load-sample-data | rebuild (see the class comment of ToolsMain)");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "keys" -> keys(options(rest));
                case "token" -> TokenMain.main(rest);
                case "load-sample-data" -> loadSampleData(options(rest));
                case "rebuild" -> rebuild(options(rest));
                default -> fail("unknown command " + args[0] + " (keys | token | load-sample-data | rebuild)");
            }
        } catch (IllegalArgumentException e) {
            fail("error: " + e.getMessage());
        } catch (RuntimeException e) {
            fail("failed: " + e.getMessage());
        }
    }

    static void keys(Map<String, String> options) {
        Path dir = Path.of(required(options, "--dir"));
        LocalKeys keys = LocalKeys.inDirectory(dir);
        Path webhooksKey = ensureRandomKey(dir.resolve(WEBHOOKS_SECRET_KEY_FILE), 32);
        String owner = options.get("--owner");
        if (owner != null) {
            int uid = Integer.parseInt(owner);
            for (Path file : new Path[]{dir, keys.publicKeyFile(), keys.privateKeyFile(), webhooksKey}) {
                try {
                    Files.setAttribute(file, "unix:uid", uid);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot hand " + file + " to uid " + uid, e);
                }
            }
        }
        System.out.println(dir.toAbsolutePath());
    }

    /** Writes base64 of {@code bytes} random bytes to {@code file} (owner-only from the start) unless it exists. */
    static Path ensureRandomKey(Path file, int bytes) {
        if (Files.isRegularFile(file)) {
            return file;
        }
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        try {
            OwnerOnlyFiles.createDirectories(file.getParent());
            OwnerOnlyFiles.writeAtomically(file, Base64.getEncoder().encodeToString(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    static void rebuild(Map<String, String> options) {
        String readModel = required(options, "--read-model");
        if (!readModel.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("--read-model is a name such as organization-directory, not "
                    + readModel);
        }
        String token = options.get("--token");
        if (token == null) {
            LocalKeys keys = LocalKeys.inDirectory(Path.of(required(options, "--keys")));
            token = new LocalTokens(keys).issue(UUID.fromString(SampleData.LOADER_OFFICE), "admin",
                    "read-model-rebuild", Duration.ofMinutes(30));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(required(options, "--url"))
                        + "/admin/read-models/" + readModel + "/rebuild"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                System.err.println("HTTP " + response.statusCode() + ": " + response.body());
                System.exit(1);
            }
            System.out.println(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static void loadSampleData(Map<String, String> options) {
        Map<LiaisonTopology.Service, String> urls = Map.of(
                LiaisonTopology.ORGS, required(options, "--orgs"),
                LiaisonTopology.MEETINGS, required(options, "--meetings"),
                LiaisonTopology.RECOMMENDATIONS, required(options, "--recommendations"));
        String token = options.get("--token");
        if (token == null) {
            LocalKeys keys = LocalKeys.inDirectory(Path.of(required(options, "--keys")));
            token = new LocalTokens(keys).issue(UUID.fromString(SampleData.LOADER_OFFICE), "admin",
                    "sample-data-loader", Duration.ofMinutes(10));
        }
        new SampleData(Path.of(required(options, "--dir")), urls, token).load(System.out);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
