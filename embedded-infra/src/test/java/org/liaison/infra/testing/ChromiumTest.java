package org.liaison.infra.testing;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChromiumTest {

    @Test
    void aMissingBrowserFailsInOneLineThatNamesTheFix() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Chromium.requireExecutable(Path.of("/nonexistent/chromium")));
        assertTrue(e.getMessage().contains("/nonexistent/chromium"), e.getMessage());
        assertTrue(e.getMessage().contains("scripts/install-chromium.sh"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anExecutableIsAccepted() {
        assertDoesNotThrow(() -> Chromium.requireExecutable(Path.of("/bin/sh")));
    }
}
