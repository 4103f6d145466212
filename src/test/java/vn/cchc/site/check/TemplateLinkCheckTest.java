package vn.cchc.site.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SharedTools;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link check of template output: every internal href/src/action of every rendered page,
 * anchors included, must resolve inside the output; a broken one is an error naming the template
 * and a page, and nothing is published.
 */
class TemplateLinkCheckTest {
    private static final String OK = "title: Tin\ntype: tin\ndate: 2025-01-02\npillars: [cong-vu]";

    @TempDir
    Path dir;

    /** A site whose pillar and tag indexes ({@code chuyen-de/}, {@code the/}) are rendered by a terms.ftl showing {@code markup}. */
    private SiteFixture.Run buildWithTermsTemplate(String markup) throws Exception {
        new SiteFixture(dir).item("a.md", OK, "x").item("b.md", OK.replace("title: Tin", "title: Tin B"), "y")
                .file("templates/terms.ftl", "<#import \"layout.ftl\" as layout>\n<@layout.html>\n<h1 id=\"dau\">Thẻ</h1>\n"
                        + markup + "\n</@layout.html>\n");
        return new SiteFixture(dir).build(dir.resolve("out"));
    }

    private void assertBroken(SiteFixture.Run run, String link, String what) {
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.err().lines().filter(l -> l.startsWith("templates/terms.ftl: lỗi: Trang /chuyen-de/ (và 1 trang khác)")).toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).contains("\"" + link + "\"") && lines.get(0).contains(what), lines.get(0));
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is published");
    }

    @Test
    void missingPage() throws Exception {
        assertBroken(buildWithTermsTemplate("<a href=\"${root}tin-tuc/khong-co/\">x</a>"), "../tin-tuc/khong-co/",
                "không trỏ tới trang");
    }

    @Test
    void missingAsset() throws Exception {
        assertBroken(buildWithTermsTemplate("<img src=\"${root}anh/khong-co.png\" alt=\"\">"), "../anh/khong-co.png",
                "không trỏ tới trang");
    }

    @Test
    void singleQuotedAndUnquotedLinksAreChecked() throws Exception {
        assertBroken(buildWithTermsTemplate("<a href='${root}khong-co/'>x</a>"), "../khong-co/", "không trỏ tới");
        assertBroken(buildWithTermsTemplate("<a class=x href=${root}khong-co-2/>x</a>"), "../khong-co-2/",
                "không trỏ tới");
    }

    @Test
    void formActionIsChecked() throws Exception {
        assertBroken(buildWithTermsTemplate("<form action=\"${root}tim/\"></form>"), "../tim/", "không trỏ tới");
    }

    @Test
    void missingAnchorOnTheSamePage() throws Exception {
        assertBroken(buildWithTermsTemplate("<a href=\"#khong-co\">x</a>"), "#khong-co", "không trỏ tới");
    }

    @Test
    void missingAnchorOnAnotherPage() throws Exception {
        assertBroken(buildWithTermsTemplate("<a href=\"${root}tin-tuc/a/#khong-co\">x</a>"), "../tin-tuc/a/#khong-co",
                "mục #khong-co không có trong trang /tin-tuc/a/");
    }

    @Test
    void malformedExternalLink() throws Exception {
        assertBroken(buildWithTermsTemplate("<a href=\"https:/dichvucong.gov.vn/\">x</a>"), "https:/dichvucong.gov.vn/",
                "sai định dạng");
    }

    @Test
    void theCheckCommandRendersPagesAndFindsTheSameProblems() throws Exception {
        buildWithTermsTemplate("<a href=\"${root}tin-tuc/a/#khong-co\">x</a>");
        SiteFixture.Run check = SiteFixture.cli("check", "--source=" + dir);
        assertEquals(1, check.exitCode(), check.err());
        assertTrue(check.err().contains("templates/terms.ftl: lỗi: Trang /chuyen-de/ (và 1 trang khác) có liên kết "
                + "\"../tin-tuc/a/#khong-co\" trỏ tới mục #khong-co không có trong trang /tin-tuc/a/"), check.err());
        assertFalse(Files.exists(dir.resolve("output")));
    }

    @Test
    void anErrorInTheLayoutNamesTheLayoutAndItsLine() throws Exception {
        SiteFixture site = new SiteFixture(dir).item("a.md", OK, "x");
        String layout = Files.readString(Path.of("templates/layout.ftl"));
        site.file("templates/layout.ftl", layout.replaceFirst("<main ", "\\${khongCoBien}<main "));
        long line = layout.substring(0, layout.indexOf("<main ")).chars().filter(c -> c == '\n').count() + 1;
        for (SiteFixture.Run run : List.of(site.build(dir.resolve("out")), SiteFixture.cli("check", "--source=" + dir))) {
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith("templates/layout.ftl:" + line + ": lỗi: Mẫu trang bị "
                    + "lỗi khi tạo trang /") && l.contains("khongCoBien")), run.err());
            assertTrue(run.err().contains(": 1 lỗi, 0 cảnh báo"), run.err());
            assertFalse(run.err().contains("FTL stack trace") || run.err().contains("\tat "), run.err());
        }
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void linksThatResolvePass() throws Exception {
        SiteFixture.Run run = buildWithTermsTemplate("<a href=\"#dau\">a</a> <a href=\"${root}tin-tuc/a/#noi-dung\">b</a>"
                + " <a href=\"${root}tin-tuc/b/index.html\">c</a> <a href=\"../tin-tuc/\">d</a>"
                + " <a href=\"${root}css/site.css?v=1\">e</a> <a href=\"https://dichvucong.gov.vn/p?a=1&amp;b=2\">f</a>"
                + " <a href=\"mailto:ubnd@phuong.gov.vn\">g</a> <a href=\"tel:02253857123\">h</a>"
                + " <p>Viết href=\"khong-phai-lien-ket\" trong chữ thì không kiểm tra.</p>");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aBrokenLinkOnEveryPageIsReportedOnceWithTheCount() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        for (int i = 0; i < 5; i++) {
            site.item("t" + i + ".md", OK.replace("title: Tin", "title: Tin " + i), "x");
        }
        String layout = Files.readString(Path.of("templates/layout.ftl"));
        String broken = layout.replaceFirst("<main ", "<a href=\"\\${root}khong-co/\">hỏng</a><main ");
        assertFalse(broken.equals(layout));
        site.file("templates/layout.ftl", broken);
        SiteFixture.Run run = site.build(dir.resolve("out"));
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.err().lines().filter(l -> l.contains("khong-co/")).toList();
        // every template importing layout.ftl shows it: one line per template, with how many more pages
        assertTrue(lines.stream().allMatch(l -> l.matches("templates/[a-z-]+\\.ftl: lỗi: Trang /.*")), run.err());
        assertEquals(lines.size(), lines.stream().map(l -> l.substring(0, l.indexOf(':'))).distinct().count(), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("templates/item.ftl:") && l.contains("(và 4 trang khác)")),
                run.err());
    }

    /** The scan finds exactly the links Jsoup finds, on every page of a generated site. */
    @Test
    void scanFindsWhatJsoupFinds() throws Exception {
        Path site = dir.resolve("corpus");
        SharedTools.corpus(150, 11, site);
        SiteFixture.Run run = new SiteFixture(site).build(dir.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
        List<Path> pages;
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() > 150);
        int links = 0;
        for (Path page : pages) {
            String html = Files.readString(page);
            List<String> expected = new ArrayList<>();
            for (Element el : Jsoup.parse(html).select("[href],[src],[action]")) {
                for (Attribute a : el.attributes()) {
                    if (Set.of("href", "src", "action").contains(a.getKey())) {
                        expected.add(a.getValue().strip());
                    }
                }
            }
            List<String> found = PageLinkScanner.links(html).stream().map(l -> l.replace("&amp;", "&")).toList();
            assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList(), page.toString());
            assertEquals(Jsoup.parse(html).select("[id]").eachAttr("id").stream().collect(java.util.stream.Collectors.toSet()),
                    PageLinkScanner.idsOf(html), page.toString());
            links += found.size();
        }
        assertTrue(links > 10 * pages.size(), "links per page: " + links / pages.size());
    }

    @Test
    void resolvesRelativeLinks() {
        assertEquals("tin-tuc/a/", PageLinkScanner.resolve("the/x/", "../../tin-tuc/a/"));
        assertEquals("", PageLinkScanner.resolve("tin-tuc/a/", "../../"));
        assertEquals(null, PageLinkScanner.resolve("tin-tuc/a/", "../../../x/"));
        assertEquals("tin-tuc/b/", PageLinkScanner.resolve("tin-tuc/a/", "../b/"));
        assertEquals("tin-tuc/b/", PageLinkScanner.resolve("tin-tuc/a/", "./../b/"));
        assertEquals("tin-tuc/a/c.pdf", PageLinkScanner.resolve("tin-tuc/a/", "c.pdf"));
        assertEquals("x/", PageLinkScanner.resolve("tin-tuc/a/", "/x/"));
        assertEquals("rss.xml", PageLinkScanner.resolve("", "rss.xml"));
        assertEquals("tin-tuc/", PageLinkScanner.resolve("tin-tuc/trang/2/", "../../"));
    }

    @Test
    void malformedExternalLinksAreRecognised() {
        assertTrue(LinkRules.wellFormedWeb("https://dichvucong.gov.vn/p?x=1#a"));
        assertTrue(LinkRules.wellFormedWeb("http://localhost:8080/"));
        assertTrue(LinkRules.wellFormedWeb("//www.youtube.com/embed/x"));
        assertTrue(LinkRules.wellFormedWeb("mailto:a@b.vn"));
        for (String bad : List.of("https:/dichvucong.gov.vn", "https://", "http:dichvucong.gov.vn",
                "https://dich vu cong.gov.vn/", "https://dichvucong.gov.vn/a b", "https://a_b.vn/")) {
            assertFalse(LinkRules.wellFormedWeb(bad), bad);
        }
    }
}
