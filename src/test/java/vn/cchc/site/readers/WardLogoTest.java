package vn.cchc.site.readers;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The header's emblem: the default placeholder, the ward's own from {@code logo:}, and a missing one. */
class WardLogoTest {
    @TempDir
    Path dir;

    private SiteFixture site(String siteYml) throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.file("site.yml", siteYml);
        site.item("tin/a.md", "title: Tin\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]", "Nội dung.");
        return site;
    }

    private Document home() throws Exception {
        return Jsoup.parse(dir.resolve("out/index.html").toFile(), "UTF-8");
    }

    @Test
    void withoutLogoTheDefaultEmblemIsPublished() throws Exception {
        SiteFixture.Run run = site("ward: \"Phường Hòa Bình\"\nparent: \"Thành phố Hà Nội\"\n").build(dir.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
        Document home = home();
        assertEquals("anh/bieu-trung-mac-dinh.svg", home.selectFirst("img.bieu-trung").attr("src"));
        assertTrue(Files.isRegularFile(dir.resolve("out/anh/bieu-trung-mac-dinh.svg")));
        assertEquals("ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH", home.selectFirst(".ubnd").text());
        assertEquals("THÀNH PHỐ HÀ NỘI", home.selectFirst(".cap-tren").text());
    }

    @Test
    void theWardsOwnLogoFromSiteYml() throws Exception {
        SiteFixture site = site("ward: \"Phường Hòa Bình\"\nlogo: anh/logo-phuong.png\n");
        site.bytes("assets/anh/logo-phuong.png", Files.readAllBytes(Path.of("assets/anh/chia-se-mac-dinh.png")));
        SiteFixture.Run run = site.build(dir.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("anh/logo-phuong.png", home().selectFirst("img.bieu-trung").attr("src"));
        assertEquals("../../anh/logo-phuong.png", Jsoup.parse(dir.resolve("out/tin-tuc/a/index.html").toFile(), "UTF-8")
                .selectFirst("img.bieu-trung").attr("src"));
    }

    @Test
    void aMissingLogoFailsTheBuildNamingIt() throws Exception {
        SiteFixture.Run run = site("logo: anh/khong-co.png\n").build(dir.resolve("out"));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("site.yml: lỗi: Không tìm thấy biểu trưng assets/anh/khong-co.png"), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains(": lỗi: ")).count(), "one error, not one per template");
    }
}
