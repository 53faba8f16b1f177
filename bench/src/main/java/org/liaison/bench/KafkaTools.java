package org.liaison.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kafka's own performance tools (kafka-tools, in the bench jar's lib/), each in a JVM of its own: they exit it. */
final class KafkaTools {

    private KafkaTools() {
    }

    /** Runs {@code org.apache.kafka.tools.TOOL} with {@code arguments}; its output, or an exception if it failed. */
    static String run(String tool, List<String> arguments, Duration timeout) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", libraries() + "/*", "org.apache.kafka.tools." + tool));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(tool + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + tool, e);
        }
    }

    /** The bench jar's lib/ (its manifest class path), where kafka-tools is. */
    private static Path libraries() {
        try {
            Path jar = Path.of(KafkaTools.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().resolve("lib");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
