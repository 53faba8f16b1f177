package org.liaison.infra.launcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.infra.LiaisonTopology;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands of {@code ./liaison} that need no running system, on a checkout in a temporary directory. */
class LiaisonLauncherTest {

    @TempDir
    Path repository;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private StateDirectory state;

    @BeforeEach
    void aCheckoutWithTheServicesBuilt() throws Exception {
        state = new StateDirectory(repository);
        for (Path jar : Build.serviceJars(repository)) {
            Files.createDirectories(jar.getParent());
            Files.writeString(jar, "a stand-in: no command here starts a service");
        }
    }

    @Test
    void helpNamesEveryCommandAndEachServiceWithItsPort() {
        assertEquals(0, run());
        for (String command : List.of("up", "up --infra-only", "sample-data", "down", "status", "logs", "token",
                "faults", "bench", "rebuild", "help")) {
            assertTrue(out().contains("\n  " + command + " "), command + " missing from:\n" + out());
        }
        for (LiaisonTopology.Service service : LiaisonTopology.SERVICES) {
            assertTrue(out().contains(service.name() + " :" + service.port()), out());
        }
        assertEquals("", err());
    }

    @Test
    void anUnknownCommandIsRefusedWithTheUsage() {
        assertEquals(1, run("frobnicate"));
        assertEquals("", out());
        assertTrue(err().startsWith("usage: ./liaison COMMAND"), err());
        assertTrue(err().endsWith("[liaison] ERROR: unknown command 'frobnicate'\n"), err());
    }

    @Test
    void upRefusesAnOptionItDoesNotKnowBeforeStartingAnything() {
        assertEquals(1, run("up", "--infra"));
        assertTrue(err().contains("up takes no option but --infra-only, got [--infra]"), err());
        assertFalse(Files.exists(state.root()), "nothing started, no state made");
    }

    @Test
    void statusBelievesAPidFileOnlyWhileItNamesALiveJvm() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "30").start();
        try {
            writePid(LiaisonTopology.ORGS.name(), sleep.pid()); // a pid recycled by something else
            writePid(StateDirectory.INFRA, ProcessHandle.current().pid());
            writePid(LiaisonTopology.DASHBOARD.name(), 999_999_999L);
            assertEquals(0, run("status"));
        } finally {
            sleep.destroyForcibly();
        }
        List<String> rows = out().lines().toList();
        assertEquals("COMPONENT                PID      STATE        READINESS", rows.get(0));
        assertEquals(String.format("%-24s %-8s %-12s %s", "infra", ProcessHandle.current().pid(), "running",
                "starting"), rows.get(1));
        for (int i = 0; i < LiaisonTopology.SERVICES.size(); i++) {
            assertEquals(String.format("%-24s %-8s %-12s %s", LiaisonTopology.SERVICES.get(i).name(), "-", "stopped",
                    "-"), rows.get(i + 2));
        }
    }

    @Test
    void downStopsWhatItsPidFilesNameAndForgetsStaleOnes() throws Exception {
        Process jvm = new ProcessBuilder(ServiceLaunch.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                SleepingJvm.class.getName()).start();
        writePid(LiaisonTopology.MEETINGS.name(), jvm.pid());
        writePid(LiaisonTopology.ORGS.name(), 999_999_999L);
        assertEquals(0, run("down"));
        assertTrue(jvm.waitFor(10, TimeUnit.SECONDS), "the JVM was stopped");
        assertEquals("""
                [liaison] stopping meetings-service (pid %d)
                [liaison] orgs-service not running (removing stale pid file)
                [liaison] stopped
                """.formatted(jvm.pid()), out());
        assertFalse(Files.exists(state.pidFile(LiaisonTopology.MEETINGS.name())));
        assertFalse(Files.exists(state.pidFile(LiaisonTopology.ORGS.name())));
    }

    @Test
    void logsKnowsEachComponentByItsShortNameAndSaysWhichExist() throws Exception {
        assertEquals(1, run("logs"));
        assertTrue(err().contains("usage: ./liaison logs SERVICE   (SERVICE: orgs-service meetings-service "
                + "recommendations-service dashboard-service infra)"), err());
        assertEquals(1, run("logs", "nope"));
        assertTrue(err().contains("unknown service 'nope' (one of: orgs-service"), err());
        assertEquals(1, run("logs", "meetings"));
        assertTrue(err().contains("no log yet: .liaison/logs/meetings-service.log"), err());
        Files.createDirectories(state.log("orgs-service").getParent());
        Files.write(state.log("orgs-service"), List.of("one", "two", "three"));
        assertEquals(0, run("logs", "orgs", "--no-follow", "-n", "2"));
        assertEquals("two\nthree\n", out());
    }

    @Test
    void tokenPrintsTheTokenAloneAndKeepsTheKeyToItsOwner() throws Exception {
        assertEquals(0, run("token", "--office", "00000000-0000-4000-8000-00000000a0a0", "--role", "reader"));
        assertTrue(out().matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+\n"), out());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(state.keys().resolve("private.pem"))));
        assertEquals(2, run("token", "--role", "reader"));
        assertTrue(err().contains("--office and --role are required"), err());
    }

    @Test
    void rebuildNeedsAServiceAndAReadModel() {
        assertEquals(1, run("rebuild", "meetings"));
        assertTrue(err().contains("usage: ./liaison rebuild SERVICE READ_MODEL"), err());
        assertEquals(1, run("rebuild", "infra", "organization-directory"));
        assertTrue(err().contains("the infrastructure keeps no read models: name a service"), err());
    }

    @Test
    void settingsTakeAnEmptyVariableForAnUnsetOne() {
        LauncherSettings settings = LauncherSettings.from(repository, Map.of("LIAISON_PG_URL", "",
                "LIAISON_SERVICE_JAVA_OPTS", " -Xmx1g  -XX:+UseSerialGC ", "LIAISON_READY_TIMEOUT", "30"));
        assertTrue(settings.embeddedPostgres());
        assertEquals(LiaisonTopology.POSTGRES_PORT, settings.postgresPort());
        assertEquals(List.of("-Xmx1g", "-XX:+UseSerialGC"), settings.serviceJavaOptions());
        assertEquals(List.of("-Xmx1g"), settings.infraJavaOptions());
        assertEquals(Duration.ofSeconds(30), settings.readyTimeout());
        assertEquals(1, run(Map.of("LIAISON_PG_PORT", "five"), "status"));
        assertTrue(err().contains("LIAISON_PG_PORT must be a number, is 'five'"), err());
    }

    private void writePid(String component, long pid) throws Exception {
        Files.createDirectories(state.pidFile(component).getParent());
        Files.writeString(state.pidFile(component), pid + "\n");
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private int run(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return LiaisonLauncher.run(args, repository, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
