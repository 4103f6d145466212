package vn.cchc.site.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cchc.site.testing.SiteFixture;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same numbers reach the console, JSON, CSV, Word and the statistics page. */
class OneSourceOfTruthTest {
    @TempDir
    static Path dir;
    static SiteFixture site;
    /** Vietnamese type label → expected count in 2025. */
    static final Map<String, Integer> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void site() throws Exception {
        site = new SiteFixture(dir.resolve("site"));
        site.file("site.yml", "ward: \"Phường Lê Chân\"\nstats:\n  targets:\n    2025: { tin-bai: 4 }\n");
        String[][] items = {
                {"tin", "2025-01-01 00:30"}, {"tin", "2025-06-30 23:59"}, {"bai", "2025-12-31 23:59"},
                {"thong-bao", "2025-03-03"}, {"tin", "2024-12-31 23:59"}, {"tin", "2026-01-01 00:00"}};
        int n = 0;
        for (String[] it : items) {
            site.item("a/" + (n++) + ".md", "title: \"Mục " + n + "; có dấu \\\"ngoặc\\\"\"\ntype: " + it[0]
                    + "\ndate: " + it[1] + "\npillars: [cong-vu]\nchannels: [cong-ttdt, zalo]", "Nội dung.");
        }
        site.item("a/nhap.md", "title: Nháp\ntype: tin\ndate: 2025-05-05\nstatus: draft\npillars: [cong-vu]", "x");
        site.item("a/tt.md", "title: Khai sinh\ntype: thu-tuc\ndate: 2025-05-01\npillars: [cong-vu]\n"
                + "code: \"1.001193\"\nfield: Hộ tịch\nlevel: Cấp xã\nprocessing_time: 1 ngày\nfee: Không\n"
                + "online: mot-phan\nchange: moi", "x");
        EXPECTED.put("Tin", 2);
        EXPECTED.put("Bài viết", 1);
        EXPECTED.put("Thông báo", 1);
        EXPECTED.put("Văn bản", 0);
        EXPECTED.put("Thủ tục hành chính", 1);
        EXPECTED.put("Quy trình ISO", 0);
    }

    private static SiteFixture.Run stats(String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "stats";
        args[1] = "--source=" + site.root();
        args[2] = "--year=2025";
        args[3] = "--window=calendar";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return SiteFixture.cli(args);
    }

    @Test
    void json() throws Exception {
        SiteFixture.Run r = stats("--format=json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(5, json.get("total").asInt());
        assertEquals(2, json.get("byType").get("tin").asInt());
        assertEquals(false, json.get("byType").has("van-ban"), "zero types are left out");
        assertEquals(5, json.get("byChannel").get("zalo").asInt() + 1, "thu-tuc has only the default channel");
        assertEquals(1, json.get("byMonth").get("2025-01").asInt());
        assertEquals(1, json.get("byMonth").get("2025-12").asInt());
        assertEquals(1, json.get("byChange").get("moi").asInt());
    }

    @Test
    void csvOpensInExcelWithVietnamese() throws Exception {
        SiteFixture.Run r = stats("--format=csv", "--out=" + dir.resolve("tk.csv"));
        assertEquals(0, r.exitCode(), r.err());
        byte[] bytes = Files.readAllBytes(dir.resolve("tk.csv"));
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        EXPECTED.forEach((label, n) -> assertTrue(text.contains("\r\n" + label + ";" + n + "\r\n"), label));
        assertTrue(text.contains("\r\nTổng cộng;5\r\n"));
        assertTrue(text.contains("\"Mục 1; có dấu \"\"ngoặc\"\"\""), "fields holding ; and quotes are quoted");
    }

    @Test
    void wordFileFollowsDecree30AndCarriesTheNumbers() throws Exception {
        Path file = dir.resolve("bao-cao.docx");
        SiteFixture.Run r = stats("--format=docx", "--out=" + file);
        assertEquals(0, r.exitCode(), r.err());
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals(11906, twips(sect.getPgSz().getW()), "A4 width");
            assertEquals(16838, twips(sect.getPgSz().getH()), "A4 height");
            int mm = 57;
            assertTrue(Math.abs(twips(sect.getPgMar().getLeft()) - 30 * mm) < mm, "left 30 mm");
            assertTrue(Math.abs(twips(sect.getPgMar().getRight()) - 15 * mm) < mm, "right 15 mm");
            assertTrue(Math.abs(twips(sect.getPgMar().getTop()) - 20 * mm) < mm, "top 20 mm");
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : doc.getParagraphs()) {
                text.append(p.getText()).append('\n');
                for (XWPFRun run : p.getRuns()) {
                    assertEquals("Times New Roman", run.getFontFamily());
                    assertTrue(run.getFontSizeAsDouble() >= 13 && run.getFontSizeAsDouble() <= 14);
                }
            }
            assertTrue(text.toString().contains("Trong năm 2025, chuyên mục “Cải cách hành chính - Chuyển đổi số” "
                    + "trên Cổng thông tin điện tử Phường Lê Chân đã đăng tải 3 tin, bài"), text.toString());
            assertTrue(text.toString().contains("đạt 75%"), text.toString());
            XWPFTable counts = doc.getTables().get(0);
            for (int i = 1; i < counts.getNumberOfRows() - 1; i++) {
                String label = counts.getRow(i).getCell(0).getText();
                assertEquals(String.valueOf(EXPECTED.get(label)), counts.getRow(i).getCell(1).getText(), label);
            }
            assertEquals(1 + 5, doc.getTables().get(1).getNumberOfRows(), "annex: header + counted items");
        }
        if (Files.isExecutable(Path.of("/usr/bin/libreoffice"))) {
            Path pdfDir = dir.resolve("pdf");
            Process p = new ProcessBuilder("libreoffice", "--headless", "-env:UserInstallation=file://"
                    + dir.resolve("lo-profile"), "--convert-to", "pdf", "--outdir", pdfDir.toString(), file.toString())
                    .redirectErrorStream(true).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertTrue(Files.size(pdfDir.resolve("bao-cao.pdf")) > 1000, "LibreOffice renders the Word file");
        }
    }

    private static int twips(Object value) {
        return Integer.parseInt(value.toString());
    }

    @Test
    void consoleTableAndStatisticsPage() throws Exception {
        Path out = dir.resolve("out");
        SiteFixture.Run r = site.build(out);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Năm 2025"));
        Document page = Jsoup.parse(out.resolve("thong-ke/2025/index.html").toFile(), "UTF-8");
        Element table = page.selectFirst("#theo-loai ~ table");
        EXPECTED.forEach((label, n) -> {
            Element row = table.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals(label))
                    .findFirst().orElseThrow();
            assertEquals(String.valueOf(n), row.selectFirst("td").text(), label);
        });
        assertEquals(5, page.select("ol.phu-luc li").size(), "annex lists every counted item");
        assertTrue(page.selectFirst("svg[role=img] title").text().contains("T1 1"));
        Document index = Jsoup.parse(out.resolve("thong-ke/index.html").toFile(), "UTF-8");
        assertTrue(index.text().contains("Năm 2025"), "capitalised at the start of a table cell");
        String line = r.out().lines().filter(l -> l.startsWith("Tin ")).findFirst().orElseThrow();
        // the console column of 2025 is the second one (this year to date comes first)
        String[] cells = line.trim().split("\\s+");
        assertEquals("2", cells[cells.length - 1], line);
    }

    @Test
    void mavenSitePage() throws Exception {
        Path md = dir.resolve("generated-site/markdown/thong-ke.md");
        SiteReportGenerator.main(new String[] {site.root().toString(), md.toString()});
        java.util.List<String> lines = Files.readAllLines(md);
        String header = lines.stream().filter(l -> l.startsWith("| Loại |")).findFirst().orElseThrow();
        java.util.List<String> columns = java.util.Arrays.stream(header.split("\\|")).map(String::strip).toList();
        int col = columns.indexOf("năm 2025");
        assertTrue(col > 0, header);
        EXPECTED.forEach((label, n) -> {
            String row = lines.stream().filter(l -> l.startsWith("| " + label + " |")).findFirst().orElseThrow();
            assertEquals(String.valueOf(n), row.split("\\|")[col].strip(), label);
        });
    }
}
