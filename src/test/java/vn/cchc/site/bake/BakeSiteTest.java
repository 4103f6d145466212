package vn.cchc.site.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes one small site with every type, a draft and a scheduled item, and reads the pages back with Jsoup. */
class BakeSiteTest {
    @TempDir
    static Path dir;
    static Path out;
    static SiteFixture.Run run;

    @BeforeAll
    static void bake() throws IOException {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.file("site.yml", "ward: \"Phường Lê Chân\"\nbase_url: https://lechan.example.vn/cchc\npage_size: 2\n"
                + "stats:\n  targets:\n    2025: { tin-bai: 4, quy-trinh: 2 }\n");
        site.item("tin/hoi-thi.md", "title: \"Phường Lê Chân triển khai Hội thi trực tuyến tìm hiểu CCHC năm 2025\"\n"
                + "type: tin\ndate: 2025-11-03 08:30\npillars: [chi-dao-dieu-hanh, chinh-quyen-so]\ntags: [Hội thi, VNeID]\n"
                + "author: P. T. Phượng\nchannels: [cong-ttdt, facebook, zalo]",
                "Thời gian dự thi từ 03/11/2025 đến 28/11/2025. Xem [thủ tục](/thu-tuc/dang-ky-khai-sinh/).");
        site.item("tin/vneid.md", "title: Hướng dẫn kích hoạt VNeID\ntype: bai\ndate: 05/02/2025\npillars: [chinh-quyen-so]\n"
                + "tags: [VNeID]", "Tổ công nghệ số cộng đồng hỗ trợ người dân.");
        site.item("tin/nam-moi.md", "title: Chúc mừng năm mới\ntype: tin\ndate: 2025-01-01 00:30\npillars: [cong-vu]",
                "Nửa đêm giao thừa.");
        site.item("tin/ban-nhap.md", "title: Bài còn nháp BÍMẬT\ntype: tin\ndate: 2025-03-01\nstatus: draft\n"
                + "pillars: [cong-vu]\ntags: [Nháp riêng]", "Chưa đăng.");
        site.item("tin/hen-gio.md", "title: Bài hẹn giờ TƯƠNGLAI\ntype: tin\ndate: 2099-01-01\npillars: [cong-vu]\n"
                + "tags: [Tương lai riêng]", "Chưa tới ngày.");
        site.item("thong-bao/lich.md", "title: Thông báo lịch tiếp công dân\ntype: thong-bao\ndate: 2025-06-02\n"
                + "pillars: [cong-vu]", "Lịch tiếp công dân tháng 6.");
        site.item("van-ban/kh30.md", "title: Kế hoạch thực hiện CCHC 6 tháng cuối năm 2025\ntype: van-ban\n"
                + "date: 2025-07-28\npillars: [chi-dao-dieu-hanh]\nnumber: \"30/KH-UBND\"\nissued: 2025-07-28\n"
                + "issuer: UBND phường Lê Chân\nattachment: tep/30-kh-ubnd.pdf", "Kế hoạch số 30.");
        site.bytes("assets/tep/30-kh-ubnd.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        site.item("thu-tuc/dang-ky-khai-sinh.md", "title: Đăng ký khai sinh\ntype: thu-tuc\ndate: 2025-05-01\n"
                + "pillars: [thu-tuc-hanh-chinh]\ncode: \"1.001193.000.00.00.H31\"\nfield: Hộ tịch\nlevel: Cấp xã\n"
                + "processing_time: Ngay trong ngày\nfee: Miễn lệ phí\nonline: toan-trinh\nchange: sua-doi\n"
                + "dvc_url: https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
                "## Trình tự thực hiện\n\nNộp hồ sơ.");
        site.item("quy-trinh/qt01.md", "title: Quy trình đăng ký khai sinh\ntype: quy-trinh\ndate: 2025-05-02\n"
                + "pillars: [thu-tuc-hanh-chinh]\ncode: QT-01\nrevision: 2\neffective: 2025-05-02\n"
                + "procedure: \"1.001193.000.00.00.H31\"",
                "| Bước | Nội dung công việc | Trách nhiệm | Thời gian | Biểu mẫu |\n|---|---|---|---|---|\n"
                        + "| B1 | Tiếp nhận hồ sơ | Công chức Một cửa | 0,5 ngày | BM.01 |");
        site.item("trang/gioi-thieu.md", "title: Giới thiệu chuyên mục\ntype: trang",
                "Chuyên mục của phường.\n\n![Trụ sở UBND phường](/anh/tru-so.png)");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        site.bytes("assets/anh/tru-so.png", png.toByteArray());
        out = dir.resolve("out");
        TimeZone machine = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            run = site.build(out);
        } finally {
            TimeZone.setDefault(machine);
        }
    }

    @Test
    void datesStayVietnamTimeWhateverTheMachineZone() throws IOException {
        // baked with the JVM in New York: 2025-01-01 00:30 Vietnam time is still January 2025
        assertTrue(page("luu-tru/2025/01/").text().contains("Chúc mừng năm mới"));
        assertFalse(Files.exists(out.resolve("luu-tru/2024")));
        assertTrue(run.out().contains("Năm 2025"));
    }

    private static Document page(String path) throws IOException {
        Path file = out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        assertTrue(Files.isRegularFile(file), "missing " + file);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void buildSucceedsAndPrintsTheReport() {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Tổng số tin, bài, văn bản, thông báo, thủ tục, quy trình"), run.out());
        assertTrue(run.out().contains("Năm 2025"), run.out());
    }

    @Test
    void homeLinksEverySectionAndIsVietnamese() throws IOException {
        Document home = page("");
        assertEquals("vi", home.selectFirst("html").attr("lang"));
        for (String section : List.of("tin-tuc/", "thong-bao/", "van-ban/", "thu-tuc/", "quy-trinh-iso/")) {
            assertNotNull(home.selectFirst("main a[href=" + section + "]"), section);
        }
        assertTrue(home.text().contains("Phường Lê Chân triển khai Hội thi"));
    }

    @Test
    void labelsInsideASentenceAreLowerCasedButKeepTheirAcronyms() throws IOException {
        assertTrue(page("").text().contains("Xem tất cả quy trình ISO 9001:2015 (1)"), page("").text());
        assertTrue(page("thong-ke/2025/").text().contains("Chỉ tiêu quy trình ISO: 1/2, đạt 50%"));
        assertTrue(run.out().contains("tin, bài 3/4 (đạt 75%); quy trình ISO 1/2 (đạt 50%)"), run.out());
        for (String text : List.of(page("").text(), page("thong-ke/2025/").text(), run.out())) {
            assertFalse(text.contains("quy trình iso"), text);
        }
    }

    @Test
    void newsPageShowsVietnameseDatePillarsTagsAndWorkingLinks() throws IOException {
        Document doc = page("tin-tuc/hoi-thi/");
        assertEquals("Phường Lê Chân triển khai Hội thi trực tuyến tìm hiểu CCHC năm 2025",
                doc.selectFirst("h1").ownText().strip());
        assertTrue(doc.text().contains("ngày 03 tháng 11 năm 2025"));
        assertNotNull(doc.selectFirst("a[href=../../chuyen-de/chinh-quyen-so/]"));
        assertNotNull(doc.selectFirst("a[href=../../the/hoi-thi/]"));
        assertNotNull(doc.selectFirst(".noi-dung-bai a[href=../../thu-tuc/dang-ky-khai-sinh/]"));
        assertEquals("https://lechan.example.vn/cchc/tin-tuc/hoi-thi/", doc.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void listsAreShownAsDdMmYyyyAndPaginated() throws IOException {
        Document first = page("tin-tuc/");
        assertTrue(first.text().contains("03/11/2025"), first.text());
        assertNotNull(first.selectFirst("a[href=../tin-tuc/trang/2/]"));
        Document second = page("tin-tuc/trang/2/");
        assertTrue(second.text().contains("Chúc mừng năm mới"), second.text());
    }

    @Test
    void documentTableHasNumberDateIssuerSummaryAndFile() throws IOException {
        Document doc = page("van-ban/");
        List<String> headers = doc.select("table thead th").eachText();
        assertEquals(List.of("Số ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Tệp"), headers);
        assertEquals("30/KH-UBND", doc.selectFirst("table tbody td").text());
        assertNotNull(doc.selectFirst("a[href=../tep/30-kh-ubnd.pdf]"));
        assertTrue(Files.isRegularFile(out.resolve("tep/30-kh-ubnd.pdf")));
    }

    @Test
    void procedureListIsGroupedByFieldWithOnlineLevelAndChange() throws IOException {
        Document doc = page("thu-tuc/");
        assertEquals("Lĩnh vực: Hộ tịch", doc.selectFirst("main h2").text());
        assertTrue(doc.text().contains("Dịch vụ công trực tuyến toàn trình"));
        assertTrue(doc.text().contains("Sửa đổi, bổ sung"));
    }

    @Test
    void procedureAndProcessLinkToEachOther() throws IOException {
        Document procedure = page("thu-tuc/dang-ky-khai-sinh/");
        assertTrue(procedure.select("table.bang-thuoc-tinh th").eachText().contains("Thời hạn giải quyết"));
        assertNotNull(procedure.selectFirst("a[href=../../quy-trinh-iso/qt01/]"));
        assertNotNull(procedure.selectFirst("a[href^=https://dichvucong.gov.vn]"));
        assertNotNull(procedure.selectFirst("h2#trinh-tu-thuc-hien"), "heading ids are ASCII slugs");
        Document process = page("quy-trinh-iso/qt01/");
        assertNotNull(process.selectFirst("a[href=../../thu-tuc/dang-ky-khai-sinh/]"));
        assertEquals(List.of("Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"),
                process.select(".noi-dung-bai table thead th").eachText());
        Document list = page("quy-trinh-iso/");
        assertTrue(list.text().contains("QT-01"));
    }

    @Test
    void archivesPillarsTagsFeedAndSitemapExist() throws IOException {
        assertTrue(page("luu-tru/").text().contains("Năm 2025"));
        assertTrue(page("luu-tru/2025/11/").text().contains("Hội thi"));
        assertTrue(page("chuyen-de/chinh-quyen-so/").text().contains("VNeID"));
        assertTrue(page("the/vneid/").text().contains("Hướng dẫn kích hoạt VNeID"));
        String rss = Files.readString(out.resolve("rss.xml"));
        assertTrue(rss.contains("<link>https://lechan.example.vn/cchc/tin-tuc/hoi-thi/</link>"));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://lechan.example.vn/cchc/thu-tuc/dang-ky-khai-sinh/</loc>"));
        assertTrue(page("gioi-thieu/").text().contains("Chuyên mục của phường."));
        org.jsoup.nodes.Element img = page("gioi-thieu/").selectFirst(".noi-dung-bai img");
        assertEquals("../anh/tru-so.png", img.attr("src"));
        assertEquals("64", img.attr("width"));
        assertEquals("48", img.attr("height"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals("Trụ sở UBND phường", img.attr("alt"));
    }

    @Test
    void draftsAndFutureItemsAreAbsentEverywhere() throws IOException {
        assertFalse(Files.exists(out.resolve("tin-tuc/ban-nhap")));
        assertFalse(Files.exists(out.resolve("tin-tuc/hen-gio")));
        assertFalse(Files.exists(out.resolve("the/nhap-rieng")));
        assertFalse(Files.exists(out.resolve("the/tuong-lai-rieng")));
        assertFalse(Files.exists(out.resolve("luu-tru/2099")));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".pdf") || name.endsWith(".png")) {
                    continue;
                }
                String text = Files.readString(f);
                assertFalse(text.contains("BÍMẬT") || text.contains("tin-tuc/ban-nhap"), "draft leaked into " + f);
                assertFalse(text.contains("TƯƠNGLAI") || text.contains("tin-tuc/hen-gio"), "future item leaked into " + f);
            }
        }
        assertFalse(run.out().contains("BÍMẬT"));
    }
}
