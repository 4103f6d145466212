package vn.cchc.site.export;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cchc.site.testing.Browser;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pack's queue page opened from disk ({@code file://}) in headless Chromium, with the clipboard
 * permission granted through DevTools: each copy button puts its part on the real clipboard, read back
 * through {@code navigator.clipboard}; the body as rich HTML.
 */
class QueuePageBrowserTest {
    @TempDir
    static Path dir;
    static Path pack;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        pack = dir.resolve("goi-bai");
        SiteFixture.Run run = SiteFixture.cli("export", "portal", "--source=" + site.root(), "--out=" + pack);
        assertEquals(0, run.exitCode(), run.err());
        driver = Browser.start(1280, 900);
        driver.executeCdpCommand("Browser.grantPermissions",
                Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        driver.get(pack.resolve("index.html").toUri().toString());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void bodyButtonCopiesTheBodyAsHtml() throws Exception {
        click("m1-noi-dung", "Đã chép nội dung.");
        String html = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.read().then(async items => {"
                + "  const it = items[0]; done(it.types.includes('text/html')"
                + "    ? await (await it.getType('text/html')).text() : 'no html: ' + it.types.join());"
                + "}, e => done('error: ' + e));");
        String body = Files.readString(pack.resolve("hoi-thi/noi-dung.html"));
        assertTrue(html.contains("<h2>Kết quả hội thi</h2>"), html);
        assertTrue(html.contains("goi-bai/hoi-thi/hoi-thi.png\""), "images point at the pack's files: " + html);
        assertTrue(html.contains("border-collapse:collapse"), html);
        assertTrue(body.contains("<h2>Kết quả hội thi</h2>"), body);
        String text = readText();
        assertTrue(text.contains("Kết quả hội thi") && !text.contains("<h2>"), "plain text beside the HTML: " + text);
    }

    @Test
    void titleAndSummaryButtonsCopyPlainText() {
        click("m1-tieu-de", "Đã chép tiêu đề.");
        assertEquals("Hội thi tìm hiểu cải cách hành chính", readText());
        click("m2-tom-tat", "Đã chép tóm tắt.");
        assertEquals("Lịch tiếp công dân quý II.", readText());
    }

    @Test
    void queuePageHasNoAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertEquals(List.of(), results.getViolations().stream().map(v -> v.getId() + ": " + v.getHelp()).toList());
    }

    private static void click(String part, String announced) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById('thong-bao').textContent = '';");
        driver.findElement(By.cssSelector("button[data-chep='" + part + "']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> announced.equals(
                d.findElement(By.id("thong-bao")).getText()));
    }

    private static String readText() {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('error: ' + e));");
    }
}
