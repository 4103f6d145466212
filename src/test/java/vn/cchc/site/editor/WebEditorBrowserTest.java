package vn.cchc.site.editor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cchc.site.serve.PreviewServer;
import vn.cchc.site.testing.LivePreview;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web editor end to end: Decap CMS (self-hosted bundle) in Chromium, talking to
 * {@code serve --editor}'s local backend, saves a new post as a Markdown file that validates and
 * appears in the rebuilt preview.
 */
class WebEditorBrowserTest {
    @TempDir
    Path dir;
    LivePreview preview;
    ChromeDriver driver;
    PreviewServer server;

    @AfterEach
    void stop() throws Exception {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void aPostWrittenInTheBrowserBecomesAFileAndAPage() throws Exception {
        if (AdminPages.class.getResource(AdminPages.PACKAGED) == null) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("the Maven build must package Decap CMS (npm registry reachable)");
            }
            Assumptions.assumeTrue(false, "Decap CMS bundle not packaged (the build could not fetch it)");
        }
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.item("tin-tuc/2025/a.md", "title: Tin có sẵn\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]", "Nội dung.");
        preview = new LivePreview(site.root(), dir.resolve("preview"), true, 1280, 1000);
        server = preview.server;
        driver = preview.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        try {
            driver.get(server.url() + "admin/");
            wait.until(d -> !d.findElements(By.xpath("//button[contains(., 'Đăng nhập')]")).isEmpty());
            driver.findElement(By.xpath("//button[contains(., 'Đăng nhập')]")).click();
            wait.until(d -> d.getPageSource().contains("Tin có sẵn"));
            driver.get(server.url() + "admin/#/collections/tin/new");
            WebElement title = wait.until(d -> d.findElements(By.cssSelector("input[id^=title-field]")).stream()
                    .findFirst().orElse(null));
            title.sendKeys("Bài soạn trên trình duyệt");
            WebElement body = wait.until(d -> d.findElements(By.cssSelector("[data-slate-editor=true]")).stream()
                    .findFirst().orElse(null));
            body.click();
            body.sendKeys("Nội dung soạn bằng Decap CMS.");
            // the publish menu is an ARIA menu button: it opens on Enter like on a click
            driver.findElement(By.xpath("//*[@role='button'][@aria-haspopup='true'][normalize-space(.)='Công bố']"))
                    .sendKeys(Keys.ENTER);
            wait.until(d -> !d.findElements(By.xpath("//*[contains(text(), 'Công bố ngay')]")).isEmpty());
            WebElement now = driver.findElement(By.xpath("//*[@role='menuitem'][contains(., 'Công bố ngay')]"));
            now.click();
            Path file = site.root().resolve("content/tin-tuc");
            wait.until(d -> {
                try (Stream<Path> files = Files.walk(file)) {
                    return files.anyMatch(f -> f.getFileName().toString().equals("bai-soan-tren-trinh-duyet.md"));
                } catch (Exception e) {
                    return false;
                }
            });
        } finally {
            Files.createDirectories(Path.of(System.getProperty("cchc.screenshots", "target/screenshots")));
            Files.write(Path.of(System.getProperty("cchc.screenshots", "target/screenshots")).resolve("decap.png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
        Path written;
        try (Stream<Path> files = Files.walk(site.root().resolve("content/tin-tuc"))) {
            written = files.filter(f -> f.getFileName().toString().equals("bai-soan-tren-trinh-duyet.md"))
                    .findFirst().orElseThrow();
        }
        String text = Files.readString(written);
        assertTrue(text.contains("type: tin"), text);
        assertTrue(text.contains("Nội dung soạn bằng Decap CMS."), text);
        SiteFixture.Run check = SiteFixture.cli("check", "--source=" + site.root());
        assertEquals(0, check.exitCode(), check.err() + "\n" + text);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            d.get(server.url() + "tin-tuc/bai-soan-tren-trinh-duyet/");
            return d.getPageSource().contains("Nội dung soạn bằng Decap CMS.");
        });
    }
}
