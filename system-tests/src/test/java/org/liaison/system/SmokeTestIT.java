package org.liaison.system;

import org.junit.jupiter.api.Test;
import org.liaison.infra.testing.TestTokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code scripts/smoke-test.sh}, the README quickstart as CI runs it against the compose stack, passes against the
 * packaged services (twice: what it records must not stand in the way of the next run).
 */
class SmokeTestIT {

    private final LiaisonSystem system = LiaisonSystem.shared();

    @Test
    void theSmokeTestPassesAndCanRunAgain() throws Exception {
        for (int run = 1; run <= 2; run++) {
            Result result = runSmokeTest("run-" + run);
            assertEquals(0, result.exitCode, "scripts/smoke-test.sh (run " + run + ") failed:\n" + result.output);
            assertTrue(result.output.contains("smoke test passed"), result.output);
            System.out.printf("smoke test run %d:%n%s", run, result.output);
        }
    }

    private record Result(int exitCode, String output) {
    }

    private Result runSmokeTest(String name) throws IOException, InterruptedException {
        Path repo = Path.of(System.getProperty("liaison.repo", ".."));
        Path log = Path.of(System.getProperty("liaison.logs", "target/service-logs"))
                .resolve("smoke-test-" + name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("bash", repo.resolve("scripts/smoke-test.sh").toString())
                .redirectErrorStream(true)
                // To a file, not a pipe: a hanging script is then cut off by the timeout below instead of a blocked
                // read.
                .redirectOutput(log.toFile());
        builder.environment().put("ORGS_URL", system.orgs.baseUrl);
        builder.environment().put("MEETINGS_URL", system.meetings.baseUrl);
        builder.environment().put("RECOMMENDATIONS_URL", system.recommendations.baseUrl);
        builder.environment().put("DASHBOARD_URL", system.dashboard.baseUrl);
        builder.environment().put("LIAISON_TOKEN", TestTokens.admin());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("scripts/smoke-test.sh did not finish within 180 s:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
