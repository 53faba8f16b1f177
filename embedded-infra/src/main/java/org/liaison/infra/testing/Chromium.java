package org.liaison.infra.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium ({@code scripts/install-chromium.sh}) driven by Playwright's Java client, with a
 * fresh temporary profile per launch. Playwright never downloads a browser here; the flags keep Chromium from
 * calling out of this closed network. {@code -Dliaison.chromium=PATH} points at another binary.
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Paths.get(System.getProperty("liaison.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    public Chromium() {
        requireExecutable(EXECUTABLE);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update")));
    }

    /**
     * Fails at once, in one line that names the fix, when there is no browser: the build provisions one where it
     * can (scripts/install-chromium.sh), and a missing one must never turn into a skipped or a slow-failing test.
     */
    static void requireExecutable(Path executable) {
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable
                    + ": run `sudo bash scripts/install-chromium.sh`"
                    + " (Debian/Ubuntu), or point -Dliaison.chromium=PATH at a Chromium or Chrome binary");
        }
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
