package vn.cchc.site.export;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export portal} on a real site: what the pack holds, and that its bodies survive a paste. */
class PortalPackTest {
    @TempDir
    static Path dir;
    static SiteFixture site;
    static Path pack;
    static SiteFixture.Run run;

    @BeforeAll
    static void export() throws IOException {
        site = PortalFixture.write(dir.resolve("site"));
        pack = dir.resolve("goi-bai");
        run = SiteFixture.cli("export", "portal", "--source=" + site.root(), "--out=" + pack);
    }

    @Test
    void queuesVisibleItemsNotYetOnThePortal() throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Đã tạo gói 2 bài"), run.out());
        assertTrue(run.out().contains("1 bài đã có trên cổng"), run.out());
        assertEquals(List.of("hoi-thi", "index.html", "lich"), list(pack));
    }

    @Test
    void bodiesHaveNothingAPortalEditorWouldBreakOn() throws IOException {
        for (String folder : List.of("hoi-thi", "lich")) {
            Path dirOf = pack.resolve(folder);
            Document doc = Jsoup.parse(Files.readString(dirOf.resolve(PortalPack.BODY)));
            assertTrue(doc.select("script, style, iframe, h1").isEmpty(), folder);
            for (Element e : doc.body().getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().startsWith("on"), folder + ": " + e);
                    assertFalse(List.of("class", "id").contains(a.getKey()) || a.getKey().startsWith("data-"),
                            folder + ": " + e);
                }
            }
            for (Element a : doc.select("a")) {
                assertTrue(a.attr("href").matches("(https?://|mailto:|tel:).+"), folder + ": " + a);
            }
            for (Element img : doc.select("img")) {
                assertFalse(img.attr("src").contains("/"), img.toString());
                assertTrue(Files.isRegularFile(dirOf.resolve(img.attr("src"))), img.toString());
            }
        }
    }

    @Test
    void richItemIsRebuiltForThePortal() throws IOException {
        Path folder = pack.resolve("hoi-thi");
        Document doc = Jsoup.parse(Files.readString(folder.resolve(PortalPack.BODY)));
        assertEquals("Kết quả hội thi", doc.selectFirst("h2").text(), "h1 becomes h2");
        assertNotNull(doc.selectFirst("h3:contains(Giải thưởng)"), "lower headings follow");
        assertEquals("hoi-thi.png", doc.selectFirst("img").attr("src"));
        assertEquals("Trao giải hội thi", doc.selectFirst("img").attr("alt"));
        assertEquals(PortalFixture.BASE + "tep/Ke-Hoach_30.PDF", doc.selectFirst("a:contains(kế hoạch)").attr("href"));
        assertEquals(PortalFixture.BASE + "tin-tuc/khac/", doc.selectFirst("a:contains(tin khác)").attr("href"));
        assertEquals(PortalFixture.BASE + "tin-tuc/hoi-thi/#giai-thuong",
                doc.selectFirst("a:contains(mục dưới)").attr("href"));
        assertTrue(doc.selectFirst("a:contains(Dịch vụ công)").attr("href").startsWith("https://dichvucong.gov.vn/"));
        assertEquals(PasteHtml.TABLE_STYLE, doc.selectFirst("table").attr("style"));
        assertEquals(PasteHtml.CELL_STYLE, doc.selectFirst("td").attr("style"));
        assertNull(doc.selectFirst("div"), "wrappers and layout boxes are dropped");
        assertEquals("Chữ nhỏ", doc.selectFirst("p:contains(Chữ nhỏ)").text(), "their text stays, as a paragraph");
        assertEquals(List.of("chuyen-muc.txt", "hoi-thi.png", "ke-hoach-30.pdf", "noi-dung.html", "thong-tin.txt",
                "tieu-de.txt", "tom-tat.txt"), list(folder));
        assertEquals("Hội thi tìm hiểu cải cách hành chính\n", read(folder, PortalPack.TITLE));
        assertEquals("Hội thi thu hút 300 người tham gia.\n", read(folder, PortalPack.SUMMARY));
        assertEquals("Cải cách hành chính\n", read(folder, PortalPack.CATEGORY));
        String info = read(folder, PortalPack.INFO);
        assertTrue(info.contains("Ngày đăng: 10/03/2025 08:30\n"), info);
        assertTrue(info.contains("Tác giả: Nguyễn Văn A\n"), info);
        assertTrue(info.contains("content/tin-tuc/hoi-thi.md"), info);
    }

    @Test
    void unmappedTypeGetsTheDefaultCategoryAndTheWardAsAuthor() throws IOException {
        assertEquals("Tin tức - Sự kiện\n", read(pack.resolve("lich"), PortalPack.CATEGORY));
        assertTrue(read(pack.resolve("lich"), PortalPack.INFO).contains("Tác giả: Phường Lê Chân\n"));
    }

    @Test
    void queuePageListsEveryItemWithItsFiles() throws IOException {
        Document index = Jsoup.parse(Files.readString(pack.resolve("index.html")));
        assertEquals("vi", index.selectFirst("html").attr("lang"));
        assertEquals(List.of("Hội thi tìm hiểu cải cách hành chính", "Lịch tiếp công dân"),
                index.select("ol.hang-doi > li > h2").eachText(), "oldest first");
        assertEquals(6, index.select("button[data-chep]").size());
        assertNotNull(index.selectFirst("[aria-live=polite]"));
        assertNotNull(index.selectFirst("a[href=hoi-thi/hoi-thi.png]"));
        assertNotNull(index.selectFirst("a[href=hoi-thi/ke-hoach-30.pdf]"));
        assertFalse(index.html().contains("Bản nháp") || index.html().contains("Thông báo hẹn giờ"));
    }

    @Test
    void anotherExportReplacesThePackAndLeavesOutItemsPastedSince(@TempDir Path other) throws IOException {
        SiteFixture copy = PortalFixture.write(other.resolve("site"));
        Path out = other.resolve("goi");
        assertEquals(0, SiteFixture.cli("export", "portal", "--source=" + copy.root(), "--out=" + out).exitCode());
        String file = Files.readString(copy.root().resolve("content/thong-bao/lich.md"));
        copy.file("content/thong-bao/lich.md", file.replace("pillars:", "portal_url: https://lechan.haiphong.gov.vn/a/1\npillars:"));
        SiteFixture.Run again = SiteFixture.cli("export", "portal", "--source=" + copy.root(), "--out=" + out);
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(List.of("hoi-thi", "index.html"), list(out));
    }

    @Test
    void aDocumentCarriesItsFactsTableAndAttachment(@TempDir Path other) throws IOException {
        SiteFixture copy = PortalFixture.write(other.resolve("site"));
        copy.item("van-ban/kh-30.md", """
                title: Kế hoạch cải cách hành chính năm 2025
                type: van-ban
                date: 2025-07-28 16:00
                pillars: [cong-vu]
                number: "30/KH-UBND"
                issued: 2025-07-28
                issuer: "UBND phường Lê Chân"
                attachment: tep/Ke-Hoach_30.PDF
                """, "Kế hoạch xác định các nhiệm vụ trọng tâm.");
        Path out = other.resolve("goi");
        SiteFixture.Run r = SiteFixture.cli("export", "portal", "--source=" + copy.root(), "--out=" + out);
        assertEquals(0, r.exitCode(), r.err());
        Document doc = Jsoup.parse(Files.readString(out.resolve("kh-30").resolve(PortalPack.BODY)));
        assertEquals("30/KH-UBND", doc.selectFirst("th:contains(Số ký hiệu) + td").text(), "the page's facts table");
        assertEquals(PortalFixture.BASE + "tep/Ke-Hoach_30.PDF", doc.selectFirst("td a").attr("href"));
        assertTrue(doc.text().contains("Kế hoạch xác định các nhiệm vụ trọng tâm."));
        assertTrue(Files.isRegularFile(out.resolve("kh-30/ke-hoach-30.pdf")), "the attachment, ready to upload");
        assertEquals("Tin tức - Sự kiện\n",
                read(out.resolve("kh-30"), PortalPack.CATEGORY), "types the mapping leaves out: mac-dinh");
    }

    @Test
    void refusesAFolderHoldingOtherFiles(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("luan-van.docx"), "x");
        SiteFixture.Run r = SiteFixture.cli("export", "portal", "--source=" + site.root(), "--out=" + other);
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("chọn một thư mục trống"), r.err());
        assertTrue(Files.exists(other.resolve("luan-van.docx")));
        SiteFixture.Run inAssets = SiteFixture.cli("export", "portal", "--source=" + site.root(),
                "--out=" + site.root().resolve("assets/goi-bai"));
        assertEquals(1, inAssets.exitCode());
        assertTrue(inAssets.err().contains("nằm trong assets/"), inAssets.err());
        assertFalse(Files.exists(site.root().resolve("assets/goi-bai")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, SiteFixture.cli("export", "portal", "--source=" + site.root()).exitCode());
        assertEquals(2, SiteFixture.cli("export").exitCode());
        assertEquals(2, SiteFixture.cli("export", "pdf").exitCode());
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(Path folder, String name) throws IOException {
        return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
    }
}
