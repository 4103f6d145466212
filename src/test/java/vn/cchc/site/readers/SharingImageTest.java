package vn.cchc.site.readers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A post's own sharing image ({@code image}, {@code image_alt}), the default one, and JSON-LD of titles
 * with ASCII quotes and {@code </script>}, on small sites baked in a temporary folder.
 */
class SharingImageTest {
    static final String BASE = "https://lechan.example.vn/cchc/";

    @TempDir
    Path dir;

    private SiteFixture site() throws IOException {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.file("site.yml", "ward: \"Phường Lê Chân\"\nbase_url: https://lechan.example.vn/cchc\n");
        site.bytes("assets/anh/hoi-thi.png", png());
        return site;
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(120, 63, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static List<JsonNode> jsonLd(Document doc) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            new ObjectMapper().readTree(script.data()).get("@graph").forEach(nodes::add);
        }
        return nodes;
    }

    @Test
    void aPostsOwnImageAndTitleWithQuotesReachSharingTagsAndJsonLd() throws IOException {
        String title = "Hội thi \"Tìm hiểu CCHC\" </script><b>năm 2025</b>";
        SiteFixture site = site();
        site.item("tin/hoi-thi.md", "title: '" + title + "'\ntype: tin\ndate: 2025-11-03 08:30\n"
                        + "pillars: [cong-vu]\nimage: assets/anh/hoi-thi.png\nimage_alt: 'Lễ trao giải \"Hội thi\"'",
                "Nội dung.");
        site.item("tin/khong-anh.md", "title: Bài không có ảnh\ntype: bai\ndate: 2025-11-04\npillars: [cong-vu]",
                "Nội dung.");
        Path out = dir.resolve("out");
        SiteFixture.Run run = site.build(out);
        assertEquals(0, run.exitCode(), run.err());

        Document doc = Jsoup.parse(out.resolve("tin-tuc/hoi-thi/index.html").toFile(), "UTF-8");
        assertEquals(BASE + "anh/hoi-thi.png", doc.selectFirst("meta[property=og:image]").attr("content"),
                "'assets/' in the field is the site root in the output");
        assertEquals(BASE + "anh/hoi-thi.png", doc.selectFirst("meta[name=twitter:image]").attr("content"));
        assertEquals("Lễ trao giải \"Hội thi\"", doc.selectFirst("meta[property=og:image:alt]").attr("content"));
        assertEquals("Lễ trao giải \"Hội thi\"", doc.selectFirst("meta[name=twitter:image:alt]").attr("content"));
        assertEquals(title, doc.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals(BASE + "tin-tuc/hoi-thi/", doc.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("anh/hoi-thi.png")));

        List<JsonNode> ld = jsonLd(doc);
        assertEquals(1, doc.select("script[type=application/ld+json]").size(), "</script> did not end the block");
        JsonNode article = ld.stream().filter(n -> n.get("@type").asText().equals("NewsArticle")).findFirst()
                .orElseThrow();
        assertEquals(title, article.get("headline").asText());
        assertEquals(BASE + "anh/hoi-thi.png", article.get("image").asText());
        JsonNode crumbs = ld.stream().filter(n -> n.get("@type").asText().equals("BreadcrumbList")).findFirst()
                .orElseThrow().get("itemListElement");
        assertEquals(title, crumbs.get(crumbs.size() - 1).get("name").asText());
        assertEquals(title, doc.selectFirst("h1").ownText().strip(), "the heading shows the title as written");

        Document plain = Jsoup.parse(out.resolve("tin-tuc/khong-anh/index.html").toFile(), "UTF-8");
        assertEquals(BASE + "anh/chia-se-mac-dinh.png", plain.selectFirst("meta[property=og:image]").attr("content"),
                "a post without image gets the column's default image");
        assertTrue(plain.selectFirst("meta[property=og:image:alt]").attr("content").startsWith("Cờ đỏ sao vàng"));
        assertTrue(Files.isRegularFile(out.resolve("anh/chia-se-mac-dinh.png")), "the default image is published");
    }

    @Test
    void anImageThatIsMissingOrNotShareableIsAnErrorAtItsLine() throws IOException {
        SiteFixture site = site();
        site.bytes("assets/anh/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes());
        site.item("tin/a.md", "title: Bài A\ntype: tin\ndate: 2025-11-03\npillars: [cong-vu]\nimage: anh/khong-co.jpg\n"
                + "image_alt: Ảnh", "Nội dung.");
        site.item("tin/b.md", "title: Bài B\ntype: tin\ndate: 2025-11-03\nimage: /anh/logo.svg\nimage_alt: Biểu trưng\n"
                + "pillars: [cong-vu]", "Nội dung.");
        site.item("tin/c.md", "title: Bài C\ntype: tin\ndate: 2025-11-03\npillars: [cong-vu]\nimage: ../site.yml",
                "Nội dung.");
        site.item("tin/d.md", "title: Bài D\ntype: tin\ndate: 2025-11-03\nimage: anh/hoi-thi.png\npillars: [cong-vu]",
                "Nội dung.");
        SiteFixture.Run run = site.build(dir.resolve("out"));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/tin/a.md:6: lỗi: Không tìm thấy ảnh chia sẻ assets/anh/khong-co.jpg"),
                run.err());
        assertTrue(run.err().contains("content/tin/b.md:5: lỗi: Ảnh chia sẻ assets/anh/logo.svg phải là tệp .jpg"),
                run.err());
        assertTrue(run.err().contains("content/tin/c.md:6: lỗi: Ảnh chia sẻ \"../site.yml\" nằm ngoài thư mục assets/"),
                run.err());
        assertTrue(run.err().contains("content/tin/d.md:5: cảnh báo: Ảnh chia sẻ chưa có mô tả"), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
        assertTrue(!Files.exists(dir.resolve("out")), "a failed build writes nothing");
    }
}
