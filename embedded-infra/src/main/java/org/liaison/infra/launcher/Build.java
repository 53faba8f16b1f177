package org.liaison.infra.launcher;

import org.liaison.infra.LiaisonTopology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds what is missing, never what is there: a fresh checkout's first {@code up} builds everything, later ones
 * start at once. After a change of the code, {@code ./mvnw -DskipTests install} (or package) rebuilds.
 */
final class Build {

    private Build() {
    }

    /** Each service's runnable jar, in the topology's order. */
    static List<Path> serviceJars(Path repository) {
        return LiaisonTopology.SERVICES.stream()
                .map(service -> ServiceLaunch.jar(repository, Path.of(service.name()))).toList();
    }

    /**
     * Runs {@code ./mvnw -q -DskipTests GOAL} in the checkout when any of {@code needed} is missing. Maven's output
     * goes to the console's {@code out} (standard error for {@code token}), its errors to standard error.
     */
    static void ifMissing(Path repository, List<Path> needed, String goal, Console console) {
        List<String> missing = new ArrayList<>();
        for (Path file : needed) {
            if (!Files.isRegularFile(file)) {
                missing.add(repository.relativize(file).toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        console.say("building (missing: " + String.join(" ", missing) + ") with ./mvnw -q -DskipTests " + goal
                + " ...");
        try {
            Process maven = new ProcessBuilder(repository.resolve("mvnw").toString(), "-q", "-DskipTests", goal)
                    .directory(repository.toFile())
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (InputStream output = maven.getInputStream()) {
                output.transferTo(console.out());
            }
            if (maven.waitFor() != 0) {
                throw new LauncherException("build failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run ./mvnw in " + repository, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("build interrupted");
        }
        console.say("build done");
    }
}
