package vn.cchc.site.editor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yaml.snakeyaml.Yaml;
import vn.cchc.site.serve.PreviewServer;
import vn.cchc.site.testing.LivePreview;
import vn.cchc.site.testing.SiteFixture;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web editor end to end: Decap CMS (self-hosted bundle) in Chromium, talking to
 * {@code serve --editor}'s local backend (with the session token), on a site whose {@code site.yml}
 * turns the editorial workflow on (the local backend has none, so Decap publishes at once there).
 * What is typed in the browser becomes a Markdown file exactly as typed, which validates and
 * appears in the rebuilt preview.
 */
class WebEditorBrowserTest {
    @TempDir
    Path dir;
    SiteFixture site;
    LivePreview preview;
    ChromeDriver driver;
    PreviewServer server;
    WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        if (AdminPages.class.getResource(AdminPages.PACKAGED) == null) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("the Maven build must package Decap CMS (npm registry reachable)");
            }
            Assumptions.assumeTrue(false, "Decap CMS bundle not packaged (the build could not fetch it)");
        }
        site = new SiteFixture(dir.resolve("site"));
        site.file("site.yml", "editor:\n  workflow: true\n");
        site.item("tin-tuc/2024/cu.md", "title: Tin năm trước\ntype: tin\ndate: 2024-05-02 07:00\npillars: [cong-vu]",
                "Nội dung.");
        site.item("tin-tuc/2025/a.md", "title: Tin có sẵn\ntype: tin\ndate: 2025-03-01 08:30\npillars: [cong-vu]",
                "Nội dung.");
        site.item("thu-tuc/khai-sinh.md", "title: Đăng ký khai sinh\ntype: thu-tuc\ndate: 2025-01-02\n"
                + "pillars: [thu-tuc-hanh-chinh]\ncode: \"1.001193\"\nfield: Hộ tịch\nlevel: Cấp xã\n"
                + "processing_time: Trong ngày\nfee: Không\nonline: toan-trinh\nchange: moi", "## Trình tự thực hiện");
        preview = new LivePreview(site.root(), dir.resolve("preview"), true, 1280, 1000);
        server = preview.server;
        driver = preview.driver;
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(server.url() + "admin/");
        wait.until(d -> !d.findElements(By.xpath("//button[contains(., 'Đăng nhập')]")).isEmpty());
        driver.findElement(By.xpath("//button[contains(., 'Đăng nhập')]")).click();
        wait.until(d -> d.getPageSource().contains("Tin có sẵn"));
    }

    @AfterEach
    void stop(org.junit.jupiter.api.TestInfo test) throws Exception {
        if (preview != null) {
            Path shots = Path.of(System.getProperty("cchc.screenshots", "target/screenshots"));
            Files.createDirectories(shots);
            Files.write(shots.resolve("decap-" + test.getTestMethod().orElseThrow().getName() + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            preview.close();
        }
    }

    @Test
    void aPostWithTagsTypedInTheBrowserIsSavedAsTyped() throws Exception {
        String config = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "admin/config.yml"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(config.contains("publish_mode: editorial_workflow"), "the workflow is on: " + config);
        String list = driver.findElement(By.tagName("body")).getText();
        assertTrue(list.contains("01/03/2025 · Tin có sẵn"), "dates are shown: " + list);
        assertTrue(list.indexOf("Tin có sẵn") < list.indexOf("Tin năm trước"), "newest first: " + list);
        assertEquals(List.of(), driver.executeScript(MISSING_PHRASES), "every phrase of the editor in Vietnamese");
        driver.findElement(By.xpath("//*[@role='button'][contains(., 'Nhóm theo')]")).sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElements(By.xpath("//*[@role='menuitem'][normalize-space(.)='Năm']")).isEmpty());
        driver.findElement(By.xpath("//*[@role='menuitem'][normalize-space(.)='Năm']")).click();
        wait.until(d -> List.of(d.findElement(By.tagName("body")).getText().split("\n"))
                .containsAll(List.of("Năm 2025", "Năm 2024")));

        driver.get(server.url() + "admin/#/collections/tin/new");
        input("title").sendKeys("Bài soạn trên trình duyệt");
        for (String tag : List.of("VNeID", "Dịch vụ công")) {
            driver.findElement(By.xpath("//button[contains(., 'Thêm thẻ')]")).click();
            List<WebElement> tags = wait.until(d -> d.findElements(By.cssSelector("input[id^=tags-field]")));
            tags.get(tags.size() - 1).sendKeys(tag);
        }
        body("Nội dung soạn bằng Decap CMS.");
        publish();
        Map<String, Object> front = frontMatter(saved("content/tin-tuc", "bai-soan-tren-trinh-duyet.md"));
        assertEquals(List.of("VNeID", "Dịch vụ công"), front.get("tags"), "each tag exactly as typed");
        assertEquals("tin", front.get("type"));
        assertChecks();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            d.get(server.url() + "tin-tuc/bai-soan-tren-trinh-duyet/");
            return d.getPageSource().contains("Nội dung soạn bằng Decap CMS.") && d.getPageSource().contains("Dịch vụ công");
        });
    }

    @Test
    void anIsoProcessPicksItsProcedureFromTheSiteProcedures() throws Exception {
        driver.get(server.url() + "admin/#/collections/quy-trinh/new");
        input("title").sendKeys("Quy trình đăng ký khai sinh");
        input("code").sendKeys("QT-01");
        WebElement procedure = input("procedure");
        procedure.sendKeys("khai sinh");
        WebElement option = wait.until(d -> d.findElements(By.xpath(
                "//*[contains(@class, 'option')][normalize-space(.)='1.001193 Đăng ký khai sinh']")).stream()
                .findFirst().orElse(null));
        option.click();
        body("Các bước thực hiện.");
        publish();
        Map<String, Object> front = frontMatter(saved("content/quy-trinh-iso", "quy-trinh-dang-ky-khai-sinh.md"));
        assertEquals("1.001193", front.get("procedure"), "the code of the procedure picked, as text");
        assertEquals("QT-01", front.get("code"));
        assertChecks();
    }

    /** The phrases of Decap's English locale that its Vietnamese one (as the page completes it) lacks. */
    private static final String MISSING_PHRASES = """
            var missing = [];
            (function walk(en, vi, path) {
              Object.keys(en).forEach(function (k) {
                if (typeof en[k] === 'object') { walk(en[k], (vi || {})[k], path + k + '.'); }
                else if (!vi || typeof vi[k] !== 'string') { missing.push(path + k); }
              });
            })(CMS.getLocale('en'), CMS.getLocale('vi'), '');
            return missing;""";

    private WebElement input(String field) {
        return wait.until(d -> d.findElements(By.cssSelector("input[id^=" + field + "-field]")).stream()
                .findFirst().orElse(null));
    }

    private void body(String text) {
        WebElement body = wait.until(d -> d.findElements(By.cssSelector("[data-slate-editor=true]")).stream()
                .findFirst().orElse(null));
        body.click();
        body.sendKeys(text);
    }

    /** Publishes through the ARIA menu button (it opens on Enter like on a click). */
    private void publish() {
        driver.findElement(By.xpath("//*[@role='button'][@aria-haspopup='true'][normalize-space(.)='Công bố']"))
                .sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElements(By.xpath("//*[contains(text(), 'Công bố ngay')]")).isEmpty());
        driver.findElement(By.xpath("//*[@role='menuitem'][contains(., 'Công bố ngay')]")).click();
    }

    /** The file the editor wrote under {@code folder}, once it is there. */
    private Path saved(String folder, String name) {
        return wait.until(d -> find(site.root().resolve(folder), name).orElse(null));
    }

    private static Optional<Path> find(Path folder, String name) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).findFirst();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> frontMatter(Path file) throws Exception {
        String text = Files.readString(file);
        String[] parts = text.split("(?m)^---\\s*$", 3);
        return new Yaml().load(parts[1]);
    }

    private void assertChecks() {
        SiteFixture.Run check = SiteFixture.cli("check", "--source=" + site.root());
        assertEquals(0, check.exitCode(), check.err());
    }
}
