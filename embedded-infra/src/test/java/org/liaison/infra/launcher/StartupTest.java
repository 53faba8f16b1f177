package org.liaison.infra.launcher;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupTest {

    private final StartupProgress progress = StartupProgress.lines(new PrintStream(OutputStream.nullOutputStream()));

    /** Ready after {@code readyAfter} looks; alive for {@code diesAfter} looks (for ever when negative). */
    private static final class Fake implements Startup.Component {
        private final String name;
        private final int readyAfter;
        private final int diesAfter;
        private int looks;

        Fake(String name, int readyAfter, int diesAfter) {
            this.name = name;
            this.readyAfter = readyAfter;
            this.diesAfter = diesAfter;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isReady() {
            return ++looks > readyAfter;
        }

        @Override
        public boolean isAlive() {
            return diesAfter < 0 || looks < diesAfter;
        }

        @Override
        public String lastAnswer() {
            return "last answer: HTTP 503";
        }

        @Override
        public Path log() {
            return Path.of(name + ".log");
        }

        @Override
        public String readyDetail() {
            return "up";
        }
    }

    @Test
    void returnsWhenEveryComponentIsReadyEachTimedOnItsOwn() {
        progress.starting("fast", null);
        progress.starting("slow", null);
        Startup.awaitReady(List.of(new Fake("fast", 0, -1), new Fake("slow", 3, -1)), Duration.ofSeconds(10),
                progress);
        assertTrue(progress.elapsed("slow").compareTo(progress.elapsed("fast")) > 0);
    }

    @Test
    void aComponentThatExitsFailsTheStartAndIsNamed() {
        Fake dying = new Fake("meetings-service", 100, 2);
        Startup.Failure failure = assertThrows(Startup.Failure.class, () -> Startup.awaitReady(
                List.of(new Fake("orgs-service", 0, -1), dying), Duration.ofSeconds(10), progress));
        assertSame(dying, failure.component());
        assertEquals("meetings-service exited during startup", failure.getMessage());
    }

    @Test
    void oneNeverReadySaysWhatItAnsweredLast() {
        Startup.Failure failure = assertThrows(Startup.Failure.class, () -> Startup.awaitReady(
                List.of(new Fake("dashboard-service", Integer.MAX_VALUE, -1)), Duration.ofMillis(300), progress));
        assertEquals("dashboard-service was not ready within 0s (last answer: HTTP 503)", failure.getMessage());
    }
}
