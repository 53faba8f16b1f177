package org.liaison.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A service's settings for Quarkus dev mode, as a {@code .env} file in its module: dev mode runs the service with the
 * module as its working directory and reads that file as environment variables, so {@code ./mvnw quarkus:dev -pl
 * SERVICE} finds the servers {@code ./liaison up --infra-only} started without anything typed. Every name carries the
 * dev profile ({@code _DEV_KAFKA_BOOTSTRAP_SERVERS} is {@code %dev.kafka.bootstrap.servers}): the tests, which run in
 * the same directory, read the file too, and must keep their own servers rather than write into the developer's.
 */
final class DevEnvironment {

    static final String HEADER = "# Written by ./liaison up --infra-only for ./mvnw quarkus:dev (gitignored); "
            + "written again by each run.\n";

    /** The prefix that limits an environment variable to the dev profile. */
    static final String DEV_PROFILE = "_DEV_";

    private DevEnvironment() {
    }

    /** Writes {@code module/.env}; returns its path. */
    static Path write(Path module, Map<String, String> environment) {
        StringBuilder text = new StringBuilder(HEADER);
        new TreeMap<>(environment).forEach((name, value) -> text.append(DEV_PROFILE).append(name).append('=')
                .append(escaped(value)).append('\n'));
        Path file = module.resolve(".env");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return file;
    }

    /**
     * As {@link java.util.Properties} reads it, which is how SmallRye Config reads {@code .env} (no quotes are
     * removed): backslashes doubled, a line break escaped, leading blanks kept.
     */
    static String escaped(String value) {
        String text = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return text.startsWith(" ") ? "\\" + text : text;
    }
}
