package org.liaison.infra.testing;

import org.liaison.infra.LocalKeys;
import org.liaison.infra.LocalTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * Tokens for tests, signed with a key pair made once per JVM. The key directory is published as a system
 * property so that the copies of this class that Quarkus loads in other class loaders sign with the same key
 * that {@code LiaisonTestResource} told the service to trust.
 */
public final class TestTokens {

    private static final String KEYS_PROPERTY = "liaison.test.jwt.keys";
    /** The office of the tests' administrator. */
    public static final UUID ADMIN_OFFICE = UUID.fromString("00000000-0000-4000-8000-00000000a0a0");

    private TestTokens() {
    }

    public static synchronized LocalKeys keys() {
        String dir = System.getProperty(KEYS_PROPERTY);
        if (dir == null) {
            try {
                Path temp = Files.createTempDirectory("liaison-test-keys");
                temp.toFile().deleteOnExit();
                dir = temp.toString();
                System.setProperty(KEYS_PROPERTY, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return LocalKeys.inDirectory(Path.of(dir));
    }

    public static String issue(UUID office, String role) {
        return new LocalTokens(keys()).issue(office, role, role + "@" + office, Duration.ofHours(1));
    }

    public static String admin() {
        return issue(ADMIN_OFFICE, "admin");
    }

    public static String editor(UUID office) {
        return issue(office, "editor");
    }

    public static String reader(UUID office) {
        return issue(office, "reader");
    }
}
