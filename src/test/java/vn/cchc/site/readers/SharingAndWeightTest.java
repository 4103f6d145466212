package vn.cchc.site.readers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sharing tags, structured data, footer and page weight of the baked sample site. */
class SharingAndWeightTest {
    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void bake() {
        out = dir.resolve("site");
        SiteFixture.Run run = new SiteFixture(Path.of(System.getProperty("cchc.sample", ".")).toAbsolutePath())
                .build(out);
        assertEquals(0, run.exitCode(), run.err());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).toFile(),
                "UTF-8");
    }

    private static List<JsonNode> jsonLd(Document doc) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root = new ObjectMapper().readTree(script.data());
            root.get("@graph").forEach(nodes::add);
        }
        return nodes;
    }

    @Test
    void newsHaveOpenGraphTwitterCanonicalAndNewsArticle() throws IOException {
        Document doc = page("tin-tuc/hoi-thi-truc-tuyen-tim-hieu-cchc-2025/");
        String url = "https://lechan.haiphong.gov.vn/cchc/tin-tuc/hoi-thi-truc-tuyen-tim-hieu-cchc-2025/";
        assertEquals(url, doc.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(url, doc.selectFirst("meta[property=og:url]").attr("content"));
        assertTrue(doc.selectFirst("meta[property=og:title]").attr("content").startsWith("Phường Lê Chân triển khai"));
        assertTrue(doc.selectFirst("meta[property=og:description]").attr("content").contains("100% cán bộ"));
        assertEquals("https://lechan.haiphong.gov.vn/cchc/anh/chia-se-mac-dinh.png",
                doc.selectFirst("meta[property=og:image]").attr("content"), "the column's default image");
        assertNotNull(doc.selectFirst("meta[name=twitter:card]"));
        List<JsonNode> ld = jsonLd(doc);
        JsonNode article = ld.stream().filter(n -> n.get("@type").asText().equals("NewsArticle")).findFirst().orElseThrow();
        assertEquals("2025-11-03T08:30:00+07:00", article.get("datePublished").asText());
        assertTrue(ld.stream().anyMatch(n -> n.get("@type").asText().equals("BreadcrumbList")));
    }

    @Test
    void proceduresAreGovernmentServices() throws IOException {
        List<JsonNode> ld = jsonLd(page("thu-tuc/dang-ky-khai-sinh/"));
        JsonNode service = ld.stream().filter(n -> n.get("@type").asText().equals("GovernmentService"))
                .findFirst().orElseThrow();
        assertEquals("1.001193.000.00.00.H31", service.get("identifier").asText());
    }

    @Test
    void everyJsonLdBlockOfTheSiteIsValidJson() throws IOException {
        int blocks = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                blocks += jsonLd(Jsoup.parse(f.toFile(), "UTF-8")).size();
            }
        }
        assertTrue(blocks > 50, "blocks: " + blocks);
    }

    @Test
    void footerCarriesTheWardNameAddressAndHotline() throws IOException {
        Element footer = page("").selectFirst("footer.chan-trang");
        assertTrue(footer.text().contains("Phường Lê Chân"));
        assertTrue(footer.text().contains("Số 1 đường Nguyễn Đức Cảnh"));
        assertNotNull(footer.selectFirst("a[href=tel:02253857123]"));
    }

    @Test
    void everyPageWeighsUnder100KilobytesBeforeImages() throws IOException {
        List<String> heavy = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            // the editors' /admin/ (Decap CMS) is not a page for readers
            for (Path f : files.filter(p -> p.toString().endsWith(".html") && !out.relativize(p).startsWith("admin"))
                    .toList()) {
                Document doc = Jsoup.parse(f.toFile(), "UTF-8");
                long total = Files.size(f);
                for (Element s : doc.select("script[src]:not([src^=http])")) {
                    total += Files.size(f.getParent().resolve(s.attr("src")).normalize());
                }
                for (Element l : doc.select("link[rel=stylesheet]:not([href^=http])")) {
                    total += Files.size(f.getParent().resolve(l.attr("href")).normalize());
                }
                // nhung/ (for a portal's iframe) carries its few rules inline, counted in the page's size
                assertTrue(doc.select("link[rel=stylesheet], style").size() >= 1, "a stylesheet is counted: " + f);
                if (total > 100 * 1024) {
                    heavy.add(out.relativize(f) + " " + total);
                }
                assertTrue(doc.select("link[rel=stylesheet], script[src]").stream()
                                .map(l -> l.hasAttr("href") ? l.attr("href") : l.attr("src"))
                                .noneMatch(h -> h.startsWith("http") && !h.startsWith("https://lechan.haiphong.gov.vn/")),
                        "no stylesheet, script or font from a CDN: " + f);
            }
        }
        assertEquals(List.of(), heavy);
    }
}
