package vn.cchc.site.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code stats merge}: two wards' files, one a stats JSON and one a build report, added up per ward with a total. */
class StatsMergeTest {
    @TempDir
    static Path dir;
    static Path statsJson;
    static Path buildReport;

    @BeforeAll
    static void wards() throws Exception {
        SiteFixture a = new SiteFixture(dir.resolve("a"));
        a.file("site.yml", "ward: \"Phường Lê Chân\"\n");
        for (int i = 0; i < 3; i++) {
            a.item("t" + i + ".md", "title: T" + i + "\ntype: tin\ndate: 2025-03-0" + (i + 1) + "\npillars: [cong-vu]", "x");
        }
        a.item("hd.md", "title: Loa\ntype: hoat-dong\ndate: 2025-03-01\nform: loa\nquantity: 5", "");
        statsJson = dir.resolve("le-chan.json");
        assertEquals(0, SiteFixture.cli("stats", "--source=" + a.root(), "--year=2025", "--format=json",
                "--out=" + statsJson).exitCode());
        SiteFixture b = new SiteFixture(dir.resolve("b"));
        b.file("site.yml", "ward: \"Phường Kinh Môn\"\n");
        b.item("b.md", "title: B\ntype: bai\ndate: 2025-05-01\npillars: [cong-vu]", "x");
        b.item("v.md", "title: Kế hoạch\ntype: van-ban\ndate: 2025-05-02\nnumber: \"22/KH-UBND\"\nissued: 2025-05-02\n"
                + "issuer: UBND phường\npillars: [cong-vu]", "x");
        assertEquals(0, b.build(dir.resolve("out-b")).exitCode());
        buildReport = dir.resolve("out-b/build-report.json");
    }

    @Test
    void jsonAddsUpPerWard() throws Exception {
        SiteFixture.Run r = SiteFixture.cli("stats", "merge", statsJson.toString(), buildReport.toString(), "--year=2025",
                "--format=json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("Phường Lê Chân", json.get("wards").get(0).get("ward").asText());
        assertEquals(3, json.get("wards").get(0).get("figures").get("tin-bai").asInt());
        assertEquals(1, json.get("wards").get(0).get("activities").asInt());
        assertEquals("Phường Kinh Môn", json.get("wards").get(1).get("ward").asText());
        assertEquals(2, json.get("wards").get(1).get("figures").get("tong").asInt());
        assertEquals(4, json.get("total").get("figures").get("tin-bai").asInt());
        assertEquals(5, json.get("total").get("figures").get("tong").asInt());
        assertEquals(1, json.get("total").get("figures").get("van-ban").asInt());
    }

    @Test
    void tableXlsxAndWord() throws Exception {
        SiteFixture.Run r = SiteFixture.cli("stats", "merge", statsJson.toString(), buildReport.toString(), "--year=2025");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Tổng cộng") && l.matches(".*\\|\\s+5\\s+\\|\\s+1$")),
                r.out());
        Path xlsx = dir.resolve("th.xlsx");
        assertEquals(0, SiteFixture.cli("stats", "merge", statsJson.toString(), buildReport.toString(), "--year=2025",
                "--format=xlsx", "--out=" + xlsx).exitCode());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var row = wb.getSheet("Tổng hợp").getRow(3);
            assertEquals("Tổng cộng", row.getCell(0).getStringCellValue());
            assertEquals(5, row.getCell(6).getNumericCellValue());
        }
        Path docx = dir.resolve("th.docx");
        assertEquals(0, SiteFixture.cli("stats", "merge", statsJson.toString(), buildReport.toString(), "--year=2025",
                "--format=docx", "--out=" + docx).exitCode());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable t = doc.getTables().get(0);
            assertEquals(4, t.getNumberOfRows());
            assertEquals("5", t.getRow(3).getCell(6).getText());
        }
    }

    @Test
    void aFileThatIsNotAReportIsNamed() throws Exception {
        Path bad = dir.resolve("sai.json");
        Files.writeString(bad, "{\"hello\": 1}");
        SiteFixture.Run r = SiteFixture.cli("stats", "merge", statsJson.toString(), bad.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains(bad + ": lỗi: Tệp không có số liệu thống kê"), r.err());
        assertEquals(2, SiteFixture.cli("stats", "merge", statsJson.toString(), "--format=pdf").exitCode());
    }
}
