package vn.cchc.site.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.stats.Figure;
import vn.cchc.site.testing.ReportFiles;
import vn.cchc.site.testing.SiteFixture;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every format of the same window gives the same figures under the same names: console table of
 * {@code build}, {@code stats} table, JSON, CSV, XLSX, the {@code /thong-ke/} page, the Word
 * insert and report, and the {@code mvn site} page.
 */
class OneSourceOfTruthTest {
    @TempDir
    static Path dir;
    static SiteFixture site;
    /** Figure label (as tables show it) → expected value in 2025. */
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
        site.item("a/tt.md", "title: Khai sinh\ntype: thu-tuc\ndate: 2025-05-01\n"
                + "code: \"1.001193\"\nfield: Hộ tịch\nlevel: Cấp xã\nprocessing_time: 1 ngày\nfee: Không\n"
                + "online: mot-phan\nchange: moi", "x");
        for (Figure f : Figure.TABLE) {
            EXPECTED.put(f.tableLabel(), switch (f) {
                case TIN -> 2;
                case BAI, THONG_BAO, THU_TUC -> 1;
                case TIN_BAI -> 3;
                case TONG -> 5;
                default -> 0;
            });
        }
    }

    private static SiteFixture.Run stats(String... extra) {
        return ReportFiles.stats2025(site.root(), extra);
    }

    private static void same(Map<String, Integer> got, String where) {
        assertEquals(EXPECTED, got, where);
    }

    @Test
    void statsTable() {
        SiteFixture.Run r = stats("--format=table");
        assertEquals(0, r.exitCode(), r.err());
        same(rows(r.out(), "  "), "stats --format table");
        assertTrue(r.out().contains("Thủ tục hành chính theo tình trạng"));
        assertFalse(r.out().contains("[thu-tuc]"), "types by label, not code");
        assertTrue(r.out().contains("Tháng 01/2025"), r.out());
        assertTrue(r.out().contains("Chưa gắn chuyên đề"), "the procedure has no pillar");
    }

    /** Label → number of the lines {@code <indent><label><spaces><number>} of a text table. */
    private static Map<String, Integer> rows(String text, String indent) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^" + indent + "(.+?)\\s{2,}(\\d+)$");
        for (String l : text.lines().toList()) {
            Matcher m = line.matcher(l.stripTrailing());
            if (m.matches() && EXPECTED.containsKey(m.group(1).strip()) && !out.containsKey(m.group(1).strip())) {
                out.put(m.group(1).strip(), Integer.parseInt(m.group(2)));
            }
        }
        return out;
    }

    @Test
    void json() throws Exception {
        SiteFixture.Run r = stats("--format=json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(5, json.get("total").asInt());
        assertEquals(2, json.get("byType").get("tin").asInt());
        assertFalse(json.get("byType").has("van-ban"), "zero types are left out");
        assertEquals(4, json.get("byChannel").get("zalo").asInt(), "thu-tuc is on the portal only");
        assertEquals(json.get("total").asInt(), json.get("byChannel").get("cong-ttdt").asInt(), "all on the portal");
        assertEquals(1, json.get("byMonth").get("2025-01").asInt());
        assertEquals(1, json.get("byMonth").get("2025-12").asInt());
        assertEquals(1, json.get("byChange").get("moi").asInt());
        assertEquals(1, json.get("byPillar").get("chua-gan-chuyen-de").asInt());
        Map<String, Integer> figures = new LinkedHashMap<>();
        for (Figure f : Figure.TABLE) {
            figures.put(f.tableLabel(), json.get("figures").get(f.key()).asInt());
        }
        same(figures, "json figures");
        JsonNode target = json.get("targets").get(0);
        assertEquals("tin-bai", target.get("key").asText());
        assertEquals("Tin, bài", target.get("label").asText());
        assertEquals(3, target.get("actual").asInt());
        assertEquals(0, json.get("activities").get("total").asInt());
        assertTrue(json.get("items").get(0).has("path"), "the contract's item fields stay");
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
        Map<String, Integer> got = new LinkedHashMap<>();
        for (String line : text.split("\r\n")) {
            String[] cells = line.split(";");
            String label = cells[0].replace("\"", "");
            if (cells.length == 2 && EXPECTED.containsKey(label) && !got.containsKey(label)) {
                got.put(label, Integer.parseInt(cells[1]));
            }
        }
        same(got, "csv");
        assertTrue(text.contains("\"Mục 1; có dấu \"\"ngoặc\"\"\""), "fields holding ; and quotes are quoted");
        assertTrue(text.contains(";2025-01-01;Tin;"), "ISO dates and type labels in the annex");
        assertTrue(text.contains("\r\nTháng 01/2025;1\r\n"));
    }

    @Test
    void xlsx() throws Exception {
        Path file = dir.resolve("tk.xlsx");
        SiteFixture.Run r = stats("--format=xlsx", "--out=" + file);
        assertEquals(0, r.exitCode(), r.err());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet counts = wb.getSheet("Số liệu");
            Map<String, Integer> got = new LinkedHashMap<>();
            for (Row row : counts) {
                Cell label = row.getCell(0);
                Cell value = row.getCell(1);
                if (label != null && value != null && value.getCellType() == CellType.NUMERIC
                        && EXPECTED.containsKey(label.getStringCellValue()) && !got.containsKey(label.getStringCellValue())) {
                    got.put(label.getStringCellValue(), (int) value.getNumericCellValue());
                }
            }
            same(got, "xlsx");
            Sheet annex = wb.getSheet("Phụ lục");
            assertEquals(1 + 5, annex.getPhysicalNumberOfRows());
            Cell date = annex.getRow(1).getCell(1);
            assertTrue(DateUtil.isCellDateFormatted(date), "a real date cell");
            assertEquals(LocalDate.of(2025, 1, 1), date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(1, annex.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertTrue(annex.getColumnWidth(3) > annex.getColumnWidth(0) * 5, "the title column is wide, STT narrow");
            assertTrue(wb.getSheet("Hoạt động") != null);
        }
    }

    @Test
    void wordInsertAndReport() throws Exception {
        Path insert = dir.resolve("chen.docx");
        assertEquals(0, stats("--format=docx", "--section", "--out=" + insert).exitCode());
        try (InputStream in = Files.newInputStream(insert); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable counts = doc.getTables().get(0);
            Map<String, Integer> got = new LinkedHashMap<>();
            for (int i = 1; i < counts.getNumberOfRows(); i++) {
                got.put(counts.getRow(i).getCell(0).getText(), Integer.parseInt(counts.getRow(i).getCell(1).getText()));
            }
            same(got, "docx --section");
            assertEquals(1 + 5, doc.getTables().get(1).getNumberOfRows(), "annex: header + counted items");
        }
        Path report = dir.resolve("bao-cao.docx");
        assertEquals(0, stats("--format=docx", "--out=" + report).exitCode());
        String t = ReportFiles.wordText(report);
        assertTrue(t.contains("đã đăng tải 3 tin, bài tuyên truyền về cải cách hành chính (2 tin, 1 bài viết)"), t);
        assertTrue(t.contains("Tổng số tin, bài, văn bản, thông báo, thủ tục, quy trình đã đăng tải: 5."), t);
        assertTrue(t.contains("So với chỉ tiêu kế hoạch về tin, bài (4), đã thực hiện 3, đạt 75%."), t);
        assertTrue(t.contains("- 5 tin, bài, văn bản, thông báo, thủ tục, quy trình trên Cổng TTĐT"), t);
        assertTrue(t.contains("- 4 tin, bài, văn bản, thông báo, thủ tục, quy trình trên Zalo;"), t);
    }

    @Test
    void consoleTableAndStatisticsPage() throws Exception {
        Path out = dir.resolve("out");
        SiteFixture.Run r = site.build(out);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Năm 2025"));
        Document page = Jsoup.parse(out.resolve("thong-ke/2025/index.html").toFile(), "UTF-8");
        Element table = page.selectFirst("#theo-loai ~ table");
        Map<String, Integer> got = new LinkedHashMap<>();
        table.select("tbody tr").forEach(tr -> got.put(tr.selectFirst("th").text(),
                Integer.parseInt(tr.selectFirst("td").text())));
        same(got, "/thong-ke/2025/");
        assertEquals(5, page.select("ol.phu-luc li").size(), "annex lists every counted item");
        assertTrue(page.selectFirst("svg[role=img] title").text().contains("T1 1"));
        assertTrue(page.text().contains("Tháng 01/2025"));
        assertTrue(page.text().contains("Chưa gắn chuyên đề"));
        Document index = Jsoup.parse(out.resolve("thong-ke/index.html").toFile(), "UTF-8");
        assertTrue(index.text().contains("Năm 2025"));
        // the console's columns: this year to date, then 2025
        Map<String, Integer> console = new LinkedHashMap<>();
        for (String line : r.out().lines().toList()) {
            for (String label : EXPECTED.keySet()) {
                if (line.startsWith(label + " ") && !console.containsKey(label)) {
                    String[] cells = line.trim().split("\\s+");
                    console.put(label, Integer.parseInt(cells[cells.length - 1]));
                }
            }
        }
        same(console, "build console");
    }

    @Test
    void nd09WindowsAreNamedOnceAndTheBuildSaysWhichWindowThePageUses() throws Exception {
        SiteFixture.Run table = SiteFixture.cli("stats", "--source=" + site.root(), "--year=2025", "--window=nd09");
        assertEquals(0, table.exitCode(), table.err());
        String line = table.out().lines().filter(l -> l.startsWith("Kỳ báo cáo:")).findFirst().orElseThrow();
        assertEquals("Kỳ báo cáo: kỳ báo cáo năm 2025 (15/12/2024 – 14/12/2025)", line);
        SiteFixture.Run build = site.build(dir.resolve("out-nd09"), "--window=nd09");
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.out().contains("trang /thong-ke/ tính theo năm dương lịch"), build.out());
    }

    @Test
    void mavenSitePage() throws Exception {
        Path md = dir.resolve("generated-site/markdown/thong-ke.md");
        SiteReportGenerator.main(new String[] {site.root().toString(), md.toString()});
        List<String> lines = Files.readAllLines(md);
        String header = lines.stream().filter(l -> l.startsWith("| Số liệu |")).findFirst().orElseThrow();
        List<String> columns = java.util.Arrays.stream(header.split("\\|")).map(String::strip).toList();
        int col = columns.indexOf("Năm 2025");
        assertTrue(col > 0, header);
        assertTrue(columns.get(2).contains("(đến "), "the current year is marked partial: " + header);
        Map<String, Integer> got = new LinkedHashMap<>();
        for (String l : lines) {
            String[] cells = l.split("\\|");
            if (cells.length > col) {
                String label = cells[1].strip().replace("**", "");
                if (EXPECTED.containsKey(label) && !got.containsKey(label)) {
                    got.put(label, Integer.parseInt(cells[col].strip().replace("**", "")));
                }
            }
        }
        same(got, "mvn site");
        assertFalse(String.join("\n", lines).contains("| thu-tuc |"), "type labels, not codes");
    }
}
