package vn.cchc.site.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.cchc.site.bake.MarkdownRenderer;
import vn.cchc.site.testing.Bodies;
import vn.cchc.site.testing.Browser;
import vn.cchc.site.testing.SiteFixture;
import vn.cchc.site.testing.StaticServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The worst pages loaded in headless Chromium: nothing runs. Every hidden-script body of
 * {@link BodySanitizerTest} is published as the sanitiser leaves it, next to a control page with
 * flexmark's unsanitised HTML (which does run, so the check can fail); and a site whose title,
 * summary, tags and body carry everything that only earns a warning is baked and its pages opened.
 * Payloads set {@code document.title} to {@code XSS} or call {@code alert}.
 */
@Tag("security")
class SecurityBrowserTest {
    private static final String CDATA = "<![CDATA[ ><script>document.title=\"XSS\"</script> ]]>";

    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver driver;
    static Path root;

    @BeforeAll
    static void start() throws Exception {
        root = dir.resolve("www");
        Files.createDirectories(root);
        server = new StaticServer(root);
        driver = Browser.start(1024, 768);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + body + "</body></html>";
    }

    /** The title Chromium shows after loading {@code path} and letting scripts run; fails on an alert. */
    private static String titleAfterLoading(String path) throws InterruptedException {
        driver.get(server.url() + path);
        Thread.sleep(150);
        try {
            String text = driver.switchTo().alert().getText();
            driver.switchTo().alert().dismiss();
            fail("an alert ran on /" + path + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        return (String) ((JavascriptExecutor) driver).executeScript("return document.title;");
    }

    @Test
    void sanitisedBodiesRunNothingWhileTheRawHtmlDoes() throws Exception {
        Bodies bodies = new Bodies(10);
        Files.writeString(root.resolve("tho.html"), page("AN TOÀN", new MarkdownRenderer().toHtml(CDATA + "\n")));
        assertEquals("XSS", titleAfterLoading("tho.html"), "control: the unsanitised CDATA body does run");

        List<String> ran = new ArrayList<>();
        List<Arguments> cases = BodySanitizerTest.hiddenScript().toList();
        for (int n = 0; n < cases.size(); n++) {
            String markdown = "Đoạn đầu.\n\n" + cases.get(n).get()[1] + "\n";
            Files.writeString(root.resolve("trang-" + n + ".html"), page("AN TOÀN", bodies.process(markdown).html()));
            if (!"AN TOÀN".equals(titleAfterLoading("trang-" + n + ".html"))) {
                ran.add((String) cases.get(n).get()[0]);
            }
        }
        assertEquals(List.of(), ran);
    }

    @Test
    void aSiteFullOfWarningsBakesIntoPagesThatRunNothing() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.copy(Path.of(System.getProperty("cchc.sample", ".")).resolve("site.yml"), site.resolve("site.yml"));
        SecurityIT.item(site, "doc-hai.md", "title: \"<!--<script>document.title='XSS'</script> Họp & bàn\"\n"
                + "type: tin\ndate: 2026-01-05 08:00\npillars: [chinh-quyen-so]\nchannels: [cong-ttdt]\nstatus: published\n"
                + "summary: \"</script><script>alert(1)</script><!-- ]]> & tóm tắt\"\n"
                + "tags: [\"<img src=x onerror=alert(1)>\", \"</script>\"]\n",
                "Chữ <![CDATA[ Ghi chú ]]> cuối.\n\n<textarea><script>document.title='XSS'</script></textarea>\n\n"
                        + "<xmp><script>alert(1)</script></xmp>\n\n<!-- <script>alert(1)</script> -->\n\n"
                        + "&lt;script&gt;document.title='XSS'&lt;/script&gt;\n\n<font onmouseover=x>Chữ</font>");
        Path out = root.resolve("site");
        SiteFixture.Run run = new SiteFixture(site).build(out);
        assertEquals(1, run.exitCode(), "the handler on <font> alone fails the build: " + run.err());
        Path item = site.resolve("content/tin-tuc/doc-hai.md");
        Files.writeString(item, Files.readString(item).replace("<font onmouseover=x>", "<font>"));
        run = new SiteFixture(site).build(out);
        assertEquals(0, run.exitCode(), run.out() + run.err());

        String itemTitle = titleAfterLoading("site/tin-tuc/doc-hai/");
        assertTrue(itemTitle.startsWith("<!--<script>document.title='XSS'</script> Họp & bàn"),
                "the title is shown as written, not run: " + itemTitle);
        String text = (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText;");
        assertTrue(text.contains("cuối.") && text.contains("<script>document.title='XSS'</script>"),
                "the page is not blanked and markup in text stays text: " + text);
        for (String path : List.of("site/", "site/tin-tuc/", "site/the/", "site/tim-kiem/?q=script",
                "site/tim-kiem/?q=%3Cimg")) {
            String title = titleAfterLoading(path);
            assertFalse(title.equals("XSS") || title.isBlank(), path + ": " + title);
        }
        String ld = Files.readString(out.resolve("tin-tuc/doc-hai/index.html"));
        String json = ld.substring(ld.indexOf("application/ld+json"), ld.indexOf("</script>", ld.indexOf("application/ld+json")));
        assertFalse(json.contains("<!--") || json.contains("<script"), json);
    }
}
