package org.liaison.infra.launcher;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    @Test
    void inALogEachChangeIsALineWithTheTimeTakenSoFar() {
        StartupProgress progress = new StartupProgress(out, 0, clock::get);
        progress.waiting("orgs-service", null);
        progress.starting("orgs-service", ":8081, database orgs, heap 256 MiB");
        clock.set(Duration.ofMillis(9_840).toNanos());
        progress.ready("orgs-service", "http://127.0.0.1:8081");
        progress.close();
        assertEquals("""
                [liaison] orgs-service             starting            :8081, database orgs, heap 256 MiB
                [liaison] orgs-service             ready        9.8 s  http://127.0.0.1:8081
                """, text());
        assertEquals(Duration.ofMillis(9_840), progress.elapsed("orgs-service"));
    }

    @Test
    void onATerminalTheTableIsRedrawnInPlaceAndFitsTheWidth() {
        StartupProgress progress = new StartupProgress(out, 60, clock::get);
        progress.waiting("infra", "PostgreSQL :5432, Kafka :9092");
        progress.waiting("orgs-service", null);
        progress.starting("infra", null);
        clock.set(Duration.ofSeconds(4).toNanos());
        progress.ready("infra", null);
        progress.close();
        String screen = text();
        assertTrue(screen.contains("\033[3F"), "moves back over the header and two rows: " + screen);
        String last = screen.substring(screen.lastIndexOf("\033[3F"));
        assertTrue(last.contains("infra                    ready        4.0 s  PostgreSQL"), last);
        assertTrue(last.contains("orgs-service             waiting"), last);
        for (String line : last.split("\n")) {
            assertTrue(line.replaceAll("\033\\[[0-9]*[A-Z]", "").length() < 60, line);
        }
    }

    @Test
    void aComponentFoundRunningStaysSoWithoutATime() {
        StartupProgress progress = new StartupProgress(out, 0, clock::get);
        progress.alreadyRunning("infra", "already running (pid 42)");
        progress.ready("infra", "ready");
        assertEquals("[liaison] infra                    running             already running (pid 42)\n", text());
        assertEquals(Duration.ZERO, progress.elapsed("infra"));
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
