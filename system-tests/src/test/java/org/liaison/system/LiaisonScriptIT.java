package org.liaison.system;

import org.junit.jupiter.api.Test;
import org.liaison.infra.LiaisonTopology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code ./liaison}, the script people run, hands each command to the launcher jar this build made (everything is
 * built by now, so it builds nothing): its help comes from the topology, and {@code TOKEN=$(./liaison token ...)}
 * captures the token alone.
 */
class LiaisonScriptIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("liaison.repo", ".."));

    @Test
    void helpNamesEveryServiceWithItsPort() throws Exception {
        Result help = liaison("help");
        assertEquals(0, help.status, help.err);
        for (LiaisonTopology.Service service : LiaisonTopology.SERVICES) {
            assertTrue(help.out.contains(service.name() + " :" + service.port()), help.out);
        }
    }

    @Test
    void tokenPrintsTheTokenAloneOnStandardOutput() throws Exception {
        Result token = liaison("token", "--office", "00000000-0000-4000-8000-00000000a0a0", "--role", "reader",
                "--ttl", "5m");
        assertEquals(0, token.status, token.err);
        assertTrue(token.out.matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+\n"), token.out);
    }

    @Test
    void anUnknownCommandFailsWithTheUsageOnStandardError() throws Exception {
        Result unknown = liaison("frobnicate");
        assertEquals(1, unknown.status);
        assertEquals("", unknown.out);
        assertTrue(unknown.err.endsWith("[liaison] ERROR: unknown command 'frobnicate'\n"), unknown.err);
    }

    private record Result(int status, String out, String err) {
    }

    private static Result liaison(String... args) throws IOException, InterruptedException {
        Path logs = Path.of(System.getProperty("liaison.logs", "target/service-logs"));
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, "liaison-", ".out");
        Path err = Files.createTempFile(logs, "liaison-", ".err");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of("bash",
                REPOSITORY.resolve("liaison").toString())))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.command().addAll(List.of(args));
        // The JDK running the tests, whatever the PATH says.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("./liaison " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
