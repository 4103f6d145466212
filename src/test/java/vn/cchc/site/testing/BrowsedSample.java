package vn.cchc.site.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sample site (the {@code cchc.sample} property, or the working folder) built into a temporary
 * folder, served over loopback HTTP, and a headless Chromium to read it: once per test class, as
 * {@code @RegisterExtension static final BrowsedSample SAMPLE = new BrowsedSample();}.
 */
public final class BrowsedSample implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private Path out;
    private StaticServer server;
    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path sample = Path.of(System.getProperty("cchc.sample", ".")).toAbsolutePath();
        dir = Files.createTempDirectory("cchc-mau");
        out = dir.resolve("site");
        SiteFixture.Run run = new SiteFixture(sample).build(out);
        assertEquals(0, run.exitCode(), run.err());
        server = new StaticServer(out);
        driver = Browser.start(1280, 900);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    public Path out() {
        return out;
    }

    public StaticServer server() {
        return server;
    }

    public ChromeDriver driver() {
        return driver;
    }
}
