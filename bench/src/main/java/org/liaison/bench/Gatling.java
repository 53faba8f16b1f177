package org.liaison.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Runs one Gatling simulation in this JVM and reads its figures; each run keeps its HTML report under {@code dir}. */
final class Gatling {

    private Gatling() {
    }

    static GatlingStats run(CreateOrganizations.Plan plan, Path dir) {
        CreateOrganizations.plan = plan;
        return run(plan.name(), CreateOrganizations.class, dir);
    }

    static GatlingStats run(ReadRequests.Plan plan, Path dir) {
        ReadRequests.plan = plan;
        return run(plan.name(), ReadRequests.class, dir);
    }

    private static GatlingStats run(String name, Class<?> simulation, Path dir) {
        Path results = dir.resolve(name);
        try {
            Files.createDirectories(results);
            int exit = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[]{
                    "-s", simulation.getName(), "-rf", results.toString()});
            if (exit != 0) {
                throw new IllegalStateException("Gatling ended with " + exit + " for " + name);
            }
            try (Stream<Path> runs = Files.list(results)) {
                Path latest = runs.filter(Files::isDirectory)
                        .max(Comparator.comparing(p -> p.toFile().lastModified()))
                        .orElseThrow(() -> new IllegalStateException("no Gatling report under " + results));
                return GatlingStats.read(latest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
