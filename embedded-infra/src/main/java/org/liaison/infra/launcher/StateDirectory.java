package org.liaison.infra.launcher;

import org.liaison.infra.InfraMain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code .liaison/} in the checkout (gitignored): {@code data/} (PostgreSQL and Kafka data, and the infrastructure's
 * {@code infra.env} and {@code infra.ready}), {@code run/<component>.pid}, {@code logs/<component>.log} and
 * {@code keys/} (the local token-signing key pair, never committed).
 */
record StateDirectory(Path repository) {

    /** The embedded PostgreSQL and Kafka, in one process, under this name in run/ and logs/. */
    static final String INFRA = "infra";

    Path root() {
        return repository.resolve(".liaison");
    }

    Path data() {
        return root().resolve("data");
    }

    Path keys() {
        return root().resolve("keys");
    }

    Path pidFile(String component) {
        return root().resolve("run").resolve(component + ".pid");
    }

    Path log(String component) {
        return root().resolve("logs").resolve(component + ".log");
    }

    Path infraReady() {
        return data().resolve(InfraMain.READY_FILE);
    }

    Path infraEnv() {
        return data().resolve(InfraMain.ENV_FILE);
    }

    /** A path as a person finds it from the checkout: {@code .liaison/logs/infra.log}. */
    String shown(Path path) {
        return path.startsWith(repository) ? repository.relativize(path).toString() : path.toString();
    }

    void create() {
        try {
            Files.createDirectories(data());
            Files.createDirectories(root().resolve("run"));
            Files.createDirectories(root().resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root(), e);
        }
    }

    /** The values of {@code infra.env} (endpoints and login of the embedded servers); empty while none runs. */
    Map<String, String> infraEndpoints() {
        Map<String, String> values = new HashMap<>();
        try {
            if (Files.isRegularFile(infraEnv())) {
                for (String line : Files.readAllLines(infraEnv())) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        values.putIfAbsent(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + infraEnv(), e);
        }
        return values;
    }
}
