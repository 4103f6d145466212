package vn.cchc.site.export;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.cchc.site.testing.Browser;
import vn.cchc.site.testing.SiteFixture;
import vn.cchc.site.testing.StaticServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code nhung/}: the page a portal embeds in an {@code <iframe>}: small, scriptless, accessible, not indexed. */
class EmbedPageTest {
    @TempDir
    Path dir;

    @Test
    void smallScriptlessPageOfTheNewestVisibleItems() throws Exception {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        Path out = dir.resolve("out");
        assertEquals(0, site.build(out).exitCode());
        Path file = out.resolve("nhung/index.html");
        assertTrue(Files.size(file) < 8 * 1024, "a few KB: " + Files.size(file));
        Document page = Jsoup.parse(Files.readString(file));
        assertTrue(page.select("script, link[rel=stylesheet], iframe, img").isEmpty());
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(List.of("Hội thi tìm hiểu cải cách hành chính", "Tin đã có trên cổng", "Lịch tiếp công dân"),
                page.select("li a").eachText());
        for (Element a : page.select("a")) {
            assertEquals("_top", a.attr("target"), a.toString());
            assertFalse(a.attr("href").startsWith("/") || a.attr("href").contains("://"), "relative: " + a);
        }
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("nhung/"));
        try (StaticServer server = new StaticServer(out)) {
            ChromeDriver driver = Browser.start(360, 600);
            try {
                driver.get(server.url() + "nhung/");
                Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(driver);
                assertEquals(List.of(), results.getViolations().stream().map(v -> v.getId() + ": " + v.getHelp()).toList());
            } finally {
                driver.quit();
            }
        }
    }
}
