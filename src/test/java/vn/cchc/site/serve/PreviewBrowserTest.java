package vn.cchc.site.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cchc.site.testing.LivePreview;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's preview in a real browser: live reload, drafts marked, errors shown over the last good site. */
class PreviewBrowserTest {
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
    void reloadsAfterASaveAndShowsErrorsWithFileAndLine() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.item("tin/a.md", "title: Tin ban đầu\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]", "Nội dung.");
        site.item("tin/nhap.md", "title: Bài nháp\ntype: tin\ndate: 2025-03-02\nstatus: draft\npillars: [cong-vu]", "x");
        preview = new LivePreview(site.root(), dir.resolve("preview"), false, 1280, 900);
        server = preview.server;
        driver = preview.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));

        driver.get(server.url() + "tin-tuc/nhap/");
        assertTrue(driver.findElement(By.cssSelector(".nhan-nhap")).getText().contains("BẢN NHÁP"));

        driver.get(server.url() + "tin-tuc/a/");
        assertEquals("Tin ban đầu", driver.findElement(By.tagName("h1")).getText().strip());
        Thread.sleep(300); // let the page open its event stream
        site.item("tin/a.md", "title: Tin đã sửa\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]", "Nội dung.");
        wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("Tin đã sửa"));

        Thread.sleep(300);
        site.item("tin/a.md", "title: Tin đã sửa\ntype: tin\ndate: 26/13/2025\npillars: [cong-vu]", "Nội dung.");
        wait.until(d -> !d.findElements(By.id("cchc-loi")).isEmpty());
        String overlay = driver.findElement(By.id("cchc-loi")).getText();
        assertTrue(overlay.contains("content/tin/a.md:4: lỗi:"), overlay);
        assertTrue(overlay.contains("không có tháng 13"), overlay);

        driver.get(server.url() + "tin-tuc/a/");
        wait.until(d -> !d.findElements(By.id("cchc-loi")).isEmpty());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Tin đã sửa"),
                "the last good page is still served underneath");

        site.item("tin/a.md", "title: Tin lần ba\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]", "Nội dung.");
        wait.until(d -> d.findElements(By.id("cchc-loi")).isEmpty()
                && d.findElement(By.tagName("h1")).getText().contains("Tin lần ba"));
    }

    /** The preview's 404 page is the theme's, styled, and its links stay in the preview. */
    @Test
    void notFoundPageIsStyledAndLinksIntoThePreview() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.file("site.yml", "base_url: \"https://phuong.example.gov.vn/cchc/\"\n");
        site.item("tin/a.md", "title: Tin\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]", "Nội dung.");
        preview = new LivePreview(site.root(), dir.resolve("preview"), false, 1280, 900);
        ChromeDriver d = preview.driver;
        d.get(preview.server.url() + "khong/co/trang/nay/");
        assertEquals("Không tìm thấy trang", d.findElement(By.tagName("h1")).getText().strip());
        assertEquals("rgba(8, 58, 102, 1)", d.findElement(By.cssSelector(".menu")).getCssValue("background-color"),
                "the stylesheet is loaded from the preview");
        for (var a : d.findElements(By.cssSelector("main a"))) {
            assertTrue(a.getAttribute("href").startsWith(preview.server.url()), a.getAttribute("href"));
        }
        d.findElement(By.linkText("Về trang chủ chuyên mục")).click();
        assertEquals(preview.server.url(), d.getCurrentUrl());
    }

    /** While the first bake fails, the preview answers with a styled Vietnamese page listing the problems. */
    @Test
    void beforeTheFirstGoodBakeAStyledPageListsTheProblems() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.item("tin/a.md", "title: Tin\ntype: tin\ndate: 26/13/2025\npillars: [cong-vu]", "Nội dung.");
        preview = new LivePreview(site.root(), dir.resolve("preview"), false, 1280, 900, false);
        ChromeDriver d = preview.driver;
        d.get(preview.server.url());
        assertEquals("Chưa có bản xem thử", d.findElement(By.tagName("h1")).getText().strip());
        assertTrue(d.findElement(By.tagName("pre")).getText().contains("content/tin/a.md:4: lỗi:"));
        assertEquals("rgba(163, 13, 17, 1)", d.findElement(By.tagName("h1")).getCssValue("color"));
        Thread.sleep(300);
        site.item("tin/a.md", "title: Tin đã sửa\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]", "Nội dung.");
        new WebDriverWait(d, Duration.ofSeconds(15)).until(x -> !x.findElements(By.cssSelector(".dau-trang")).isEmpty());
    }
}
