package vn.cchc.site.testing;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver (no browser download).
 * Tests that need it call {@link #start(int, int)}; where Chromium is not installed the test is skipped
 * locally, but {@code .ci/run} installs it, and CI sets {@code CI=true}, which makes a missing browser a failure.
 */
public final class Browser {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    public static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /** Starts headless Chromium with a window of {@code width} × {@code height} CSS pixels. */
    public static ChromeDriver start(int width, int height) throws Exception {
        if (!available()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("Chromium is not installed; .ci/run must install chromium and chromium-driver");
            }
            Assumptions.assumeTrue(false, "Chromium not installed");
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
