package org.liaison.infra.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

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
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update")));
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
