package th.phakee.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and its driver, headless, started by path: Selenium Manager is never asked for a driver or a
 * browser (there is no network to fetch one from). Without them the browser tests are skipped, unless
 * {@code PHAKEE_BROWSER_TESTS=required} (as {@code .ci/run} sets), when a missing browser fails them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PHAKEE_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("PHAKEE_CHROMEDRIVER", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final ChromeDriverService service;

    /** Skips (or, when required, fails) the calling tests if Chromium or chromedriver is missing. */
    static void assumeInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String missing = "no browser: " + CHROMIUM + " and " + CHROMEDRIVER
                + " are needed (apt-get install chromium chromium-driver fonts-thai-tlwg, or .ci/install-browser.sh)";
        if ("required".equals(System.getenv("PHAKEE_BROWSER_TESTS"))) {
            fail("PHAKEE_BROWSER_TESTS=required but " + missing);
        }
        // one line in the build's output too: surefire does not print the reason of a class-level assumption
        System.err.println("Browser tests skipped: " + missing + "; set PHAKEE_BROWSER_TESTS=required to fail instead");
        assumeTrue(false, "Browser tests skipped: " + missing);
    }

    Browser() throws IOException {
        Files.createDirectories(Path.of("target"));
        profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
        downloads = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=th-TH");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "th-TH,th"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log")).build();
        driver = new ChromeDriver(service, options);
    }

    /** The console messages of level SEVERE (errors, failed loads) since the last call. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** The URLs the page requested since the last call (from the DevTools network events). */
    List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        var pattern = java.util.regex.Pattern.compile("\"url\":\"([^\"]*)\"");
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"")) {
                int request = message.indexOf("\"request\":");
                var matcher = pattern.matcher(message);
                if (request >= 0 && matcher.find(request)) {
                    urls.add(matcher.group(1));
                }
            }
        }
        return urls;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        }
        finally {
            service.stop();
        }
    }
}
