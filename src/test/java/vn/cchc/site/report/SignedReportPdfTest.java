package vn.cchc.site.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cchc.site.testing.SiteFixture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report ready to sign, read back as the recipient sees it: converted to PDF by LibreOffice
 * ({@code soffice --headless --convert-to pdf}) and its text extracted with {@code pdftotext};
 * layout per Nghị định 30/2020/NĐ-CP asserted from the document XML. Page images of the report go
 * to {@code target/screenshots/} ({@code pdftoppm}).
 */
class SignedReportPdfTest {
    @TempDir
    static Path dir;
    static Path docx;
    static String pdfText;
    static List<String> pages;

    @BeforeAll
    static void report() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.file("site.yml", """
                ward: "Phường Lê Chân"
                stats:
                  targets:
                    2025: { tin-bai: 4, tong: 10 }
                report:
                  recipient: "Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng"
                  request: "Công văn số 6121/SVHTTDL-TTBCXB ngày 28/11/2025 của Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng về việc báo cáo công tác tuyên truyền cải cách hành chính nhà nước năm 2025"
                  signer: "Phạm Việt Anh"
                  recipients:
                    - "Sở Văn hóa, Thể thao và Du lịch (b/c);"
                    - "CT, PCT UBND phường;"
                    - "Lưu: VT."
                """);
        site.item("van-ban/kh30.md", "title: \"Kế hoạch thực hiện cải cách hành chính nhà nước 6 tháng cuối năm 2025\"\n"
                + "type: van-ban\ndate: 2025-07-28 16:00\nnumber: \"30/KH-UBND\"\nissued: 2025-07-28\n"
                + "issuer: \"UBND phường Lê Chân\"\npillars: [chi-dao-dieu-hanh]", "Kế hoạch.");
        for (int i = 0; i < 40; i++) {
            site.item("tin/" + i + ".md", "title: \"Tin số " + i + " về cải cách hành chính và chuyển đổi số ở phường\"\n"
                    + "type: " + (i % 4 == 0 ? "bai" : "tin") + "\ndate: 2025-" + String.format("%02d", 1 + i % 12)
                    + "-10\npillars: [chinh-quyen-so]\nchannels: [zalo]\nauthor: \"Nguyễn  Thị Hương\"", "Nội dung.");
        }
        docx = dir.resolve("bao-cao.docx");
        SiteFixture.Run r = SiteFixture.cli("stats", "--source=" + site.root(), "--year=2025", "--window=calendar",
                "--format=docx", "--out=" + docx);
        assertEquals(0, r.exitCode(), r.err());
        Assumptions.assumeTrue(onPath("soffice") && onPath("pdftotext"),
                "LibreOffice and poppler-utils are installed by .ci/run");
        Path pdf = dir.resolve("bao-cao.pdf");
        run("soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), docx.toString());
        run("pdftotext", "-layout", pdf.toString(), dir.resolve("bao-cao.txt").toString());
        pdfText = Files.readString(dir.resolve("bao-cao.txt"), StandardCharsets.UTF_8);
        pages = List.of(pdfText.split("\f"));
    }

    /** The sample site's report (this repository, with its report: settings), kept as page images. */
    @Test
    void sampleReportPageImages() throws Exception {
        Path sample = dir.resolve("mau.docx");
        SiteFixture.Run r = SiteFixture.cli("stats", "--source=.", "--year=2025", "--format=docx", "--out=" + sample);
        assertEquals(0, r.exitCode(), r.err());
        run("soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), sample.toString());
        run("pdftotext", "-layout", dir.resolve("mau.pdf").toString(), dir.resolve("mau.txt").toString());
        String t = flat(Files.readString(dir.resolve("mau.txt")));
        for (String part : List.of("Kính gửi: Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng.", "Phạm Việt Anh",
                "- Loa, đài truyền thanh: 1 hoạt động, 60 lượt;", "550 người tham dự")) {
            assertTrue(t.contains(flat(part)), part);
        }
        Assumptions.assumeTrue(onPath("pdftoppm"));
        Path shots = Path.of(System.getProperty("cchc.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        run("pdftoppm", "-r", "60", "-png", dir.resolve("mau.pdf").toString(), shots.resolve("bao-cao-mau").toString());
        try (Stream<Path> images = Files.list(shots)) {
            assertTrue(images.filter(p -> p.getFileName().toString().startsWith("bao-cao-mau-")).count() >= 3,
                    "page images of the report and its annexes");
        }
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(p -> Files.isExecutable(Path.of(p, tool)));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("tool.log").toFile())
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + Files.readString(dir.resolve("tool.log")));
    }

    /**
     * The text without white space: layout columns, line ends and the spaces pdftotext puts inside
     * justified Vietnamese words do not matter.
     */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theRecipientReadsEveryPartOfTheReport() {
        String t = flat(pdfText);
        for (String part : List.of("UBND PHƯỜNG LÊ CHÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: /BC-UBND", "Lê Chân, ngày ", "BÁO CÁO", "Kính gửi: Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng.",
                "Thực hiện Công văn số 6121/SVHTTDL-TTBCXB ngày 28/11/2025", "I. CÔNG TÁC CHỈ ĐẠO",
                "Kế hoạch số 30/KH-UBND ngày 28/7/2025 về thực hiện cải cách hành chính", "II. KẾT QUẢ ĐẠT ĐƯỢC",
                "III. TỒN TẠI, HẠN CHẾ", "IV. PHƯƠNG HƯỚNG", "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Việt Anh", "PHỤ LỤC I", "TÀI LIỆU KIỂM CHỨNG")) {
            assertTrue(t.contains(flat(part)), part + " in\n" + pdfText);
        }
        for (String figure : List.of("đã đăng tải 40 tin, bài tuyên truyền về cải cách hành chính (30 tin, 10 bài viết)",
                "Tổng số tin, bài, văn bản, thông báo, thủ tục, quy trình đã đăng tải: 41.",
                "So với chỉ tiêu kế hoạch về tin, bài (4), đã thực hiện 40, đạt 1000%.",
                "So với chỉ tiêu kế hoạch về tổng số tin, bài, văn bản, thông báo, thủ tục, quy trình (10), đã thực hiện 41",
                "- 41 tin, bài, văn bản, thông báo, thủ tục, quy trình trên Cổng TTĐT",
                "- 40 tin, bài, văn bản, thông báo, thủ tục, quy trình trên Zalo;")) {
            assertTrue(t.contains(flat(figure)), figure + " in\n" + pdfText);
        }
    }

    @Test
    void pageNumbersAtTheTopFromPageTwo() {
        assertTrue(pages.size() >= 3, "report and annexes: " + pages.size() + " pages");
        assertTrue(pages.get(0).strip().startsWith("UBND PHƯỜNG LÊ CHÂN"), "no number on page 1: " + pages.get(0));
        assertEquals("2", pages.get(1).strip().lines().findFirst().orElseThrow().strip(), pages.get(1));
    }

    @Test
    void layoutFollowsDecree30() throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            int mm = 57;
            assertEquals(11906, Integer.parseInt(sect.getPgSz().getW().toString()), "A4 width");
            assertEquals(16838, Integer.parseInt(sect.getPgSz().getH().toString()), "A4 height");
            assertTrue(Math.abs(Integer.parseInt(sect.getPgMar().getLeft().toString()) - 30 * mm) < mm, "left 30 mm");
            assertTrue(Math.abs(Integer.parseInt(sect.getPgMar().getRight().toString()) - 15 * mm) < mm, "right 15 mm");
            assertTrue(Math.abs(Integer.parseInt(sect.getPgMar().getTop().toString()) - 20 * mm) < mm, "top 20 mm");
            assertTrue(sect.isSetTitlePg(), "first page without a number");
            CTRPr defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertEquals("Times New Roman", defaults.getRFontsArray(0).getAscii());
            assertEquals("28", defaults.getSzArray(0).getVal().toString(), "14 pt");
            assertEquals("vi-VN", defaults.getLangArray(0).getVal());
            assertEquals("720", doc.getStyle().getDocDefaults().getPPrDefault().getPPr().getInd().getFirstLine()
                    .toString(), "first-line indent 1.27 cm");
            String xml = doc.getDocument().xmlText();
            assertTrue(!xml.contains("w:rFonts"), "no run overrides the template's font");
            XWPFTable annex = doc.getTables().get(2);
            XWPFTableRow head = annex.getRow(0);
            assertTrue(head.isRepeatHeader(), "header row repeated on every page");
            assertTrue(annex.getRow(1).isCantSplitRow(), "rows kept whole");
            assertEquals("right", annex.getRow(1).getCell(0).getParagraphs().get(0).getAlignment().name().toLowerCase());
            int stt = Integer.parseInt(annex.getCTTbl().getTblGrid().getGridColArray(0).getW().toString());
            int title = Integer.parseInt(annex.getCTTbl().getTblGrid().getGridColArray(3).getW().toString());
            assertTrue(title > 4 * stt, "sized columns");
        }
    }
}
