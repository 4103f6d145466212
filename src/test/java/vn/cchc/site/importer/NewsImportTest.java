package vn.cchc.site.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;
import vn.cchc.site.testing.StaticServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code import tin} on feeds and saved pages written here: an RSS 2.0 feed served by a real HTTP
 * server on loopback, an Atom file, and a folder with a list page, an article page and its image.
 * Import, build, import again: nothing twice, redirects for every imported item.
 */
class NewsImportTest {
    private static final String SITE_YML = "base_url: \"https://phuongmoi.gov.vn/cchc/\"\n"
            + "origins:\n  phuong-a: \"Phường A (cũ)\"\n  phuong-b: \"Phường B (cũ)\"\n";

    @TempDir
    Path dir;

    private Path site() {
        return dir.resolve("site");
    }

    @Test
    void rssOverHttpThenBuildThenAgainWithoutDuplicates() throws Exception {
        new SiteFixture(site()).file("site.yml", SITE_YML);
        Path served = dir.resolve("served");
        Files.createDirectories(served);
        Files.writeString(served.resolve("rss.xml"), rss(), StandardCharsets.UTF_8);
        try (StaticServer server = new StaticServer(served)) {
            String url = server.url() + "rss.xml";
            SiteFixture.Run run = SiteFixture.cli("import", "tin", "--source=" + site(), "--origin=phuong-a", url);
            assertEquals(0, run.exitCode(), run.err() + run.out());
            assertFalse(run.err().contains("không dùng cho loại"), "source_url and origin are schema fields: " + run.err());
            Path first = site().resolve("content/tin-tuc/2025/hoi-nghi-cchc-chuyen-doi-so-quy-i.md");
            String text = Files.readString(first);
            assertTrue(text.contains("title: \"Hội nghị CCHC & chuyển đổi số quý I\""), text);
            assertTrue(text.contains("date: 2025-03-14 08:30"), "01:30 GMT is 08:30 in Vietnam: " + text);
            assertTrue(text.contains("source_url: \"http://phuonga.gov.vn/tin/hoi-nghi.html?id=12\""), text);
            assertTrue(text.contains("origin: phuong-a"), text);
            assertTrue(text.contains("[kế hoạch](http://phuonga.gov.vn/van-ban/kh-01.pdf)"), "relative link made absolute: " + text);
            assertTrue(text.contains("**Sáng 14/3**"), text);
            assertFalse(text.contains("<script"), text);
            Path second = site().resolve("content/tin-tuc/2025/tap-huan-dich-vu-cong-truc-tuyen.md");
            assertTrue(Files.readString(second).contains("date: 2025-06-30 17:00"), Files.readString(second));

            assertEquals(0, new SiteFixture(site()).build(dir.resolve("out")).exitCode());
            String nginx = Files.readString(site().resolve("redirects/nginx-redirects.conf"));
            assertTrue(nginx.contains("\"/tin/hoi-nghi.html?id=12\" "
                    + "\"https://phuongmoi.gov.vn/cchc/tin-tuc/hoi-nghi-cchc-chuyen-doi-so-quy-i/\";"), nginx);
            String htaccess = Files.readString(site().resolve("redirects/.htaccess"));
            assertTrue(htaccess.contains("RewriteCond %{REQUEST_URI} \"^/tin/hoi-nghi\\.html$\"\n"
                    + "RewriteCond %{QUERY_STRING} \"^id=12$\"\n"
                    + "RewriteRule ^ https://phuongmoi.gov.vn/cchc/tin-tuc/hoi-nghi-cchc-chuyen-doi-so-quy-i/? [R=301,L]"),
                    htaccess);

            SiteFixture.Run again = SiteFixture.cli("import", "tin", "--source=" + site(), "--origin=phuong-a", url);
            assertEquals(0, again.exitCode(), again.err());
            assertTrue(again.out().contains("0 đã nhập, 2 đã có (cùng source_url) nên bỏ qua"), again.out());
            assertEquals(2, files().size());
            assertEquals(nginx, Files.readString(site().resolve("redirects/nginx-redirects.conf")));
        }
    }

    @Test
    void statsCountOldWardsAndTheWardItself() throws Exception {
        SiteFixture site = new SiteFixture(site()).file("site.yml", SITE_YML + "ward: \"Phường Mới\"\n");
        Path feed = dir.resolve("rss.xml");
        Files.writeString(feed, rss(), StandardCharsets.UTF_8);
        assertEquals(0, SiteFixture.cli("import", "tin", "--source=" + site(), "--origin=phuong-a", feed.toString())
                .exitCode());
        site.item("tin-tuc/2025/ra-mat.md", "title: Ra mắt phường mới\ntype: tin\ndate: 2025-07-01 08:00\n"
                + "pillars: [to-chuc-bo-may]", "Phường mới chính thức hoạt động.");
        SiteFixture.Run json = SiteFixture.cli("stats", "--source=" + site(), "--year=2025", "--format=json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().replaceAll("\\s+", "").contains("\"byOrigin\":{\"phuong-a\":2,\"phuong-b\":0,\"hien-tai\":1}"),
                json.out());
        SiteFixture.Run table = SiteFixture.cli("stats", "--source=" + site(), "--year=2025", "--format=table");
        assertTrue(table.out().contains("Theo nguồn (phường cũ, phường hiện nay):\n  Phường A (cũ)"), table.out());
        assertTrue(table.out().contains("  Phường Mới (hiện nay)"), table.out());
    }

    @Test
    void atomFileAsArticles() throws Exception {
        new SiteFixture(site()).file("site.yml", SITE_YML);
        Path atom = dir.resolve("atom.xml");
        Files.writeString(atom, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>Phường B</title>\n"
                + "  <entry>\n    <title type=\"html\">Chuyển đổi số &amp;lt;cơ sở&amp;gt;</title>\n"
                + "    <link rel=\"alternate\" href=\"https://phuongb.gov.vn/bai/chuyen-doi-so\"/>\n"
                + "    <published>2025-05-02T09:15:00+07:00</published>\n"
                + "    <content type=\"html\">&lt;h2&gt;Kết quả&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;100% hồ sơ trực tuyến&lt;/li&gt;"
                + "&lt;/ul&gt;&lt;p&gt;Xem &lt;a href=\"/bai/ket-qua\"&gt;chi tiết&lt;/a&gt;&amp;nbsp;tại đây.&lt;/p&gt;</content>\n"
                + "  </entry>\n</feed>\n", StandardCharsets.UTF_8);
        String text = importOne("--type=bai", "--origin=phuong-b", atom.toString());
        assertTrue(text.contains("type: bai"), text);
        assertTrue(text.contains("date: 2025-05-02 09:15"), text);
        assertTrue(text.contains("## Kết quả"), text);
        assertTrue(text.contains("- 100% hồ sơ trực tuyến"), text);
        assertTrue(text.contains("(https://phuongb.gov.vn/bai/ket-qua)"), text);
        assertEquals(0, new SiteFixture(site()).build(dir.resolve("out")).exitCode());
    }

    @Test
    void savedPagesWithMappingCopyLocalImages() throws Exception {
        new SiteFixture(site()).file("site.yml", SITE_YML);
        Path saved = dir.resolve("luu");
        new SiteFixture(saved)
                .file("danh-sach.html", "<html><body><h2>Tin tức</h2><ul><li><a href=\"bai-1.html\">Bài 1</a></li>"
                        + "</ul></body></html>")
                .file("bai-1.html", "<html><head><meta charset=\"utf-8\">"
                        + "<link rel=\"canonical\" href=\"http://phuonga.gov.vn/cchc/bai-1.html\"></head><body>\n"
                        + "<div class=\"menu\">Trang chủ</div>\n<h1 class=\"tieu-de\">  Tuyên truyền   CCHC tại khu dân cư </h1>\n"
                        + "<span class=\"ngay\">Thứ Hai, 05/05/2025 - 14:20</span>\n"
                        + "<div class=\"noi-dung\"><p>Nội dung &ldquo;tuyên truyền&rdquo;.</p>"
                        + "<p><img src=\"anh/hop%20dan.jpg\" alt=\"Họp dân\"></p><script>alert(1)</script></div>\n"
                        + "</body></html>")
                .bytes("anh/hop dan.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00})
                .file("mapping.yml", "title: \"h1.tieu-de\"\ndate: \".ngay\"\nbody: \".noi-dung\"\nimage: \".noi-dung img\"\n");
        String text = importOne("--origin=phuong-a", "--mapping=" + saved.resolve("mapping.yml"), saved.toString());
        assertTrue(text.contains("title: \"Tuyên truyền CCHC tại khu dân cư\""), text);
        assertTrue(text.contains("date: 2025-05-05 14:20"), text);
        assertTrue(text.contains("![Họp dân](/anh/nhap/phuong-a/hop-dan.jpg)"), text);
        assertTrue(text.contains("image: \"anh/nhap/phuong-a/hop-dan.jpg\""), text);
        assertTrue(text.contains("Nội dung “tuyên truyền”."), text);
        assertFalse(text.contains("alert"), text);
        assertTrue(Files.isRegularFile(site().resolve("assets/anh/nhap/phuong-a/hop-dan.jpg")));
        assertEquals(0, new SiteFixture(site()).build(dir.resolve("out")).exitCode());
    }

    @Test
    void htmlWithoutMappingAndUnknownOrigin() throws Exception {
        new SiteFixture(site()).file("site.yml", SITE_YML);
        Path page = dir.resolve("bai.html");
        Files.writeString(page, "<html><body><h1>Tin</h1></body></html>", StandardCharsets.UTF_8);
        SiteFixture.Run run = SiteFixture.cli("import", "tin", "--source=" + site(), page.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(page + ": lỗi: Đây là trang HTML, không phải RSS/Atom: cần tệp ánh xạ"), run.err());
        SiteFixture.Run origin = SiteFixture.cli("import", "tin", "--source=" + site(), "--origin=phuong-c", page.toString());
        assertEquals(2, origin.exitCode(), origin.err());
        assertTrue(origin.err().contains("phuong-a"), origin.err());
    }

    /** Imports with {@code args} after {@code import tin --source=SITE}, expects exit 0, returns the only file. */
    private String importOne(String... args) throws IOException {
        String[] all = new String[args.length + 3];
        all[0] = "import";
        all[1] = "tin";
        all[2] = "--source=" + site();
        System.arraycopy(args, 0, all, 3, args.length);
        SiteFixture.Run run = SiteFixture.cli(all);
        assertEquals(0, run.exitCode(), run.err());
        List<Path> files = files();
        assertEquals(1, files.size(), "one item (a list page is not an article): " + files);
        return Files.readString(files.get(0));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(site().resolve("content"))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String rss() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n"
                + "<title>Phường A - CCHC</title><link>http://phuonga.gov.vn/</link>\n"
                + "<item>\n  <title>Hội nghị CCHC &amp; chuyển đổi số quý I</title>\n"
                + "  <link>http://phuonga.gov.vn/tin/hoi-nghi.html?id=12</link>\n"
                + "  <pubDate>Fri, 14 Mar 2025 01:30:00 GMT</pubDate>\n"
                + "  <description>Tóm tắt</description>\n"
                + "  <content:encoded><![CDATA[<p><strong>Sáng 14/3</strong>, UBND phường tổ chức hội nghị theo "
                + "<a href=\"../van-ban/kh-01.pdf\">kế hoạch</a>.</p><script>alert('x')</script>]]></content:encoded>\n"
                + "</item>\n"
                + "<item>\n  <title>Tập huấn dịch vụ công trực tuyến</title>\n"
                + "  <link>/tin/tap-huan.html</link>\n"
                + "  <pubDate>Mon, 30 Jun 2025 17:00:00 +0700</pubDate>\n"
                + "  <description>&lt;p&gt;Cán bộ &amp;amp; người dân được hướng dẫn nộp hồ sơ.&lt;/p&gt;</description>\n"
                + "</item>\n</channel>\n</rss>\n";
    }
}
