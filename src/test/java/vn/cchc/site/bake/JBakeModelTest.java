package vn.cchc.site.bake;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template written for JBake finds JBake's variables where JBake puts them ({@code config},
 * {@code content}, {@code published_posts}, {@code tags}…), built by a real build of a site whose
 * {@code templates/} overrides use only those variables; drafts and scheduled items are in none of them.
 */
class JBakeModelTest {
    /** The build's output, and what the build said. */
    private static Path out;
    private static SiteFixture.Run run;
    private static SiteFixture site;

    @BeforeAll
    static void bake(@TempDir Path dir) throws IOException {
        site = new SiteFixture(dir.resolve("site")).file("site.yml", "title: \"CCHC ${env:HOME}\"\nward: \"Phường Lê Chân\"\n"
                + "base_url: https://lechan.example.vn/cchc\npage_size: 7\n");
        site.item("tin/hoi-thi.md", "title: Hội thi trực tuyến\ntype: tin\ndate: 2025-11-03 08:30\n"
                + "pillars: [cong-vu]\ntags: [Hội thi, VNeID]", "Thời gian **dự thi**.");
        site.item("tin/vneid.md", "title: Kích hoạt VNeID\ntype: bai\ndate: 2025-02-05\npillars: [cong-vu]\n"
                + "tags: [VNeID]", "Hỗ trợ người dân.");
        site.item("thong-bao/lich.md", "title: Lịch tiếp công dân\ntype: thong-bao\ndate: 2025-06-02\n"
                + "pillars: [cong-vu]\ntags: [VNeID]", "Tháng 6.");
        site.item("tin/ban-nhap.md", "title: Nháp BÍMẬT\ntype: tin\ndate: 2025-03-01\nstatus: draft\n"
                + "pillars: [cong-vu]\ntags: [VNeID, Nháp riêng]", "Chưa đăng.");
        site.item("tin/hen-gio.md", "title: Hẹn giờ TƯƠNGLAI\ntype: tin\ndate: 2099-01-01\npillars: [cong-vu]\n"
                + "tags: [VNeID, Tương lai riêng]", "Chưa tới ngày.");
        site.file("templates/index.ftl", """
                <p>host=${config.site_host} title=${config.site_title} tags=${config.render_tags?c} \
                per=${config.index_posts_per_page} year=${published_date?datetime?string("yyyy")}</p>
                <p>content=${content.title}|${content.type}|${content.uri}</p>
                <#list published_posts as post><p>post:${post.title}|${post.type}|${post.uri}|${post.status}</p>
                </#list><#list published_content as c><p>all:${c.title}</p>
                </#list><#list tags as tag><p>tag:${tag.name}|${tag.uri}|<#list tag.tagged_posts as p>${p.title};</#list>\
                |<#list tag.tagged_documents as d>${d.title};</#list></p>
                </#list><p>alltags:<#list alltags as t>${t};</#list></p>
                """);
        site.file("templates/item.ftl", """
                <h1>${content.title}</h1>
                <p>${content.type}|${content.uri}|${content.date?datetime?string("yyyy-MM-dd HH:mm")}|\
                <#list content.tags as t>${t};</#list>|posts=${published_posts?size}</p>
                ${content.body?no_esc}
                """);
        out = dir.resolve("output");
        run = site.build(out);
    }

    private static String page(String path) throws IOException {
        return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void configComesFromSiteYmlWithJBakeKeysAndNothingInterpolated() throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        String home = page("index.html");
        assertTrue(home.contains("host=https://lechan.example.vn/cchc title=CCHC ${env:HOME} tags=true per=7 year="),
                home);
        assertFalse(home.contains(System.getProperty("user.home") + " tags"), home);
    }

    @Test
    void publishedPostsHoldNewsAndArticlesNewestFirstAndContentIsThePage() throws IOException {
        String home = page("index.html");
        assertTrue(home.contains("<p>content=CCHC ${env:HOME}|home|</p>"), home);
        assertTrue(home.contains("<p>post:Hội thi trực tuyến|post|tin-tuc/hoi-thi/|published</p>\n"
                + "<p>post:Kích hoạt VNeID|post|tin-tuc/vneid/|published</p>\n<p>all:"), home);
        assertTrue(home.contains("<p>all:Hội thi trực tuyến</p>\n<p>all:Lịch tiếp công dân</p>\n"
                + "<p>all:Kích hoạt VNeID</p>"), home);
    }

    @Test
    void tagsListTheirVisibleItems() throws IOException {
        String home = page("index.html");
        assertTrue(home.contains("|Hội thi trực tuyến;Kích hoạt VNeID;|Hội thi trực tuyến;Lịch tiếp công dân;"
                + "Kích hoạt VNeID;</p>"), home);
        assertTrue(home.contains("tag:Hội thi|the/hoi-thi/|Hội thi trực tuyến;|Hội thi trực tuyến;</p>"), home);
        assertTrue(home.contains("<p>alltags:Hội thi;VNeID;</p>"), home);
    }

    @Test
    void draftsAndScheduledItemsAreInNoJBakeVariable() throws IOException {
        String home = page("index.html");
        for (String hidden : new String[] {"BÍMẬT", "TƯƠNGLAI", "Nháp riêng", "Tương lai riêng"}) {
            assertFalse(home.contains(hidden), hidden + " leaked: " + home);
        }
        assertTrue(page("tin-tuc/hoi-thi/index.html").contains("posts=2</p>"));
    }

    @Test
    void thePreviewShowsDraftsInItsOwnPagesButNotInJBakesLists(@TempDir Path preview) throws Exception {
        new Baker().bake(new BakeOptions(site.root(), preview, new BuildTime(Instant.parse("2026-01-01T00:00:00Z")),
                true, false, 2));
        assertTrue(Files.isRegularFile(preview.resolve("tin-tuc/ban-nhap/index.html")), "the preview has the draft");
        String home = Files.readString(preview.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(home.contains("<p>post:Hội thi trực tuyến|post|tin-tuc/hoi-thi/|published</p>"), home);
        for (String hidden : new String[] {"BÍMẬT", "TƯƠNGLAI", "Nháp riêng", "Tương lai riêng"}) {
            assertFalse(home.contains(hidden), hidden + " leaked into the preview's JBake lists: " + home);
        }
    }

    @Test
    void contentOfAnItemPageIsTheItemAsAJBakeDocument() throws IOException {
        String item = page("tin-tuc/hoi-thi/index.html");
        assertTrue(item.contains("<h1>Hội thi trực tuyến</h1>\n"
                + "<p>post|tin-tuc/hoi-thi/|2025-11-03 08:30|Hội thi;VNeID;|posts=2</p>\n"
                + "<p>Thời gian <strong>dự thi</strong>.</p>"), item);
    }
}
