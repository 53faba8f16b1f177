package org.liaison.faults;

import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.json} (one object per fault) and {@code report.md} (the same as a table, then each fault's findings).
 */
final class Report {

    private Report() {
    }

    static void write(Path directory, List<FaultResult> results) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("report.json"),
                    Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results) + "\n");
            Files.writeString(directory.resolve("report.md"), markdown(results));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(List<FaultResult> results) {
        StringBuilder md = new StringBuilder("# Fault injection\n\n");
        md.append("| Fault | Passed | Writes acknowledged | Indeterminate | Lost | Duplicate effects | Recovery (s) | "
                + "Took (s) |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (FaultResult r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %s | %.0f |%n", r.name(),
                    r.passed() ? "yes" : "**no**", r.writesAcknowledged(), r.writesIndeterminate(), r.lost(),
                    r.duplicateEffects(), r.recoverySeconds() == null ? "not recovered"
                            : String.format(Locale.ROOT, "%.1f (target %.0f)", r.recoverySeconds(),
                                    r.recoveryTargetSeconds()),
                    r.durationSeconds()));
        }
        for (FaultResult r : results) {
            md.append("\n## ").append(r.name()).append(": ").append(r.description()).append("\n\n");
            r.problems().forEach(p -> md.append("- problem: ").append(p).append('\n'));
            r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
            if (r.problems().isEmpty() && r.notes().isEmpty()) {
                md.append("- nothing to note\n");
            }
        }
        return md.toString();
    }
}
