package vn.cchc.site.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.editor.DecapConfig;
import vn.cchc.site.editor.EditorSettings;
import vn.cchc.site.testing.ReportFiles;
import vn.cchc.site.testing.SiteFixture;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records of propaganda outside the column ({@code hoat-dong}): validated like every type, shown
 * per form by every format, never added to the column's totals, never published as pages.
 */
class ActivitiesTest {
    @TempDir
    static Path dir;
    static SiteFixture site;

    @BeforeAll
    static void site() throws Exception {
        site = new SiteFixture(dir.resolve("site"));
        site.file("site.yml", "ward: \"Phường Lê Chân\"\nactivity_forms:\n  loa: \"Loa truyền thanh\"\n"
                + "  hoi-nghi: \"Hội nghị\"\n  bang-ron: \"Băng rôn\"\n");
        site.item("tin.md", "title: Tin\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]", "x");
        site.item("hd/loa-1.md", "title: Phát thanh quý I\ntype: hoat-dong\ndate: 2025-03-30\nform: loa\nquantity: 12", "");
        site.item("hd/loa-2.md", "title: Phát thanh quý II\ntype: hoat-dong\ndate: 2025-06-30\nform: loa\nquantity: 48", "");
        site.item("hd/hn.md", "title: Hội nghị tổ dân phố\ntype: hoat-dong\ndate: 2025-11-28\nform: hoi-nghi\n"
                + "quantity: 9\nparticipants: 550", "Lồng ghép tuyên truyền.");
        site.item("hd/br.md", "title: Băng rôn\ntype: hoat-dong\ndate: 2025-09-02\nform: bang-ron", "");
        site.item("hd/nhap.md", "title: Nháp\ntype: hoat-dong\ndate: 2025-09-02\nform: loa\nstatus: draft", "");
        site.item("hd/2024.md", "title: Năm trước\ntype: hoat-dong\ndate: 2024-09-02\nform: loa", "");
    }

    private static SiteFixture.Run stats(String... extra) {
        return ReportFiles.stats2025(site.root(), extra);
    }

    @Test
    void jsonCountsRecordsQuantityAndParticipantsPerForm() throws Exception {
        SiteFixture.Run r = stats("--format=json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("total").asInt(), "activities never add to the column's total");
        JsonNode a = json.get("activities");
        assertEquals(4, a.get("total").asInt(), "drafts and other years left out");
        assertEquals(2, a.get("byForm").get("loa").get("records").asInt());
        assertEquals(60, a.get("byForm").get("loa").get("quantity").asInt());
        assertEquals(550, a.get("byForm").get("hoi-nghi").get("participants").asInt());
        assertEquals(1, a.get("byForm").get("bang-ron").get("quantity").asInt(), "quantity defaults to 1");
        assertEquals(List.of("loa", "hoi-nghi", "bang-ron"), iterable(a.get("byForm").fieldNames()),
                "the order of activity_forms");
        assertEquals(1, json.get("items").size());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void tableCsvXlsxAndReportShowThem() throws Exception {
        String table = stats("--format=table").out();
        assertTrue(table.contains("Loa truyền thanh"), table);
        assertTrue(table.matches("(?s).*Hội nghị\\s+1 hoạt động,\\s+9 lượt,\\s+550 người.*"), table);
        Path csv = dir.resolve("hd.csv");
        assertEquals(0, stats("--format=csv", "--out=" + csv).exitCode());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nLoa truyền thanh;2;60;0\r\n"), text);
        Path xlsx = dir.resolve("hd.xlsx");
        assertEquals(0, stats("--format=xlsx", "--out=" + xlsx).exitCode());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Hoạt động");
            assertEquals("Hội nghị", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(550, sheet.getRow(2).getCell(3).getNumericCellValue());
        }
        Path docx = dir.resolve("hd.docx");
        assertEquals(0, stats("--format=docx", "--out=" + docx).exitCode());
        String t = ReportFiles.wordText(docx);
        assertTrue(t.contains("- Hội nghị: 1 hoạt động, 9 lượt, 550 người tham dự;"), t);
        assertTrue(t.contains("- Loa truyền thanh: 2 hoạt động, 60 lượt;"), t);
        assertTrue(t.contains("Tổng số tin, bài, văn bản, thông báo, thủ tục, quy trình đã đăng tải: 1."), t);
    }

    @Test
    void notPublishedAsPages() throws Exception {
        Path out = dir.resolve("out");
        SiteFixture.Run r = site.build(out);
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(Files.exists(out.resolve("hoat-dong")));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertFalse(sitemap.contains("hoat-dong"), sitemap);
        assertFalse(Files.readString(out.resolve("tim-kiem/index.html")).contains("Phát thanh"));
    }

    @Test
    void aListPageWhenSiteYmlAsksForIt() throws Exception {
        SiteFixture listed = new SiteFixture(dir.resolve("listed"));
        listed.file("site.yml", "stats:\n  activities_page: true\n");
        listed.item("hd.md", "title: Hội nghị tổ dân phố\ntype: hoat-dong\ndate: 2025-11-28\nform: hoi-nghi\n"
                + "quantity: 9\nparticipants: 550", "");
        listed.item("nhap.md", "title: Nháp\ntype: hoat-dong\ndate: 2025-11-28\nform: loa\nstatus: draft", "");
        Path out = dir.resolve("out-listed");
        SiteFixture.Run r = listed.build(out);
        assertEquals(0, r.exitCode(), r.err());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out.resolve("thong-ke/hoat-dong/index.html").toFile(),
                "UTF-8");
        assertEquals(1, page.select("tbody tr").size(), "drafts left out");
        assertTrue(page.text().contains("Hội nghị, tọa đàm"), page.text());
        assertTrue(page.select("tbody tr").text().contains("550"));
    }

    @Test
    void badRecordsAreReportedWithTheirLines() throws Exception {
        SiteFixture bad = new SiteFixture(dir.resolve("bad"));
        bad.item("a.md", "title: A\ntype: hoat-dong\ndate: 2025-03-01\nform: loaa\nquantity: 0\nparticipants: nhiều", "");
        bad.item("b.md", "title: B\ntype: hoat-dong\ndate: 2025-03-01", "");
        SiteFixture.Run r = SiteFixture.cli("check", "--source=" + bad.root());
        assertEquals(1, r.exitCode(), r.out());
        String err = r.err() + r.out();
        assertTrue(err.contains("content/a.md:5: lỗi: Giá trị 'loaa' không có trong danh sách hình thức tuyên truyền"), err);
        assertTrue(err.contains("Có phải ý bạn là 'loa'?"), err);
        assertTrue(err.contains("content/a.md:6: lỗi: quantity phải là số nguyên từ 1 trở lên"), err);
        assertTrue(err.contains("content/a.md:7: lỗi: participants phải là số nguyên không âm"), err);
        assertTrue(err.contains("content/b.md:") && err.contains("hình thức tuyên truyền (form"), err);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWebEditorHasAFormWithOneChoiceOfForm() {
        Map<String, Object> root = new Yaml().load(new DecapConfig(SiteConfigLoader.defaults(), EditorSettings.DEFAULT).yaml(null));
        Map<String, Object> collection = ((List<Map<String, Object>>) root.get("collections")).stream()
                .filter(c -> "hoat-dong".equals(c.get("name"))).findFirst().orElseThrow();
        Map<String, Object> form = ((List<Map<String, Object>>) collection.get("fields")).stream()
                .filter(f -> "form".equals(f.get("name"))).findFirst().orElseThrow();
        assertEquals("select", form.get("widget"));
        assertFalse(Boolean.TRUE.equals(form.get("multiple")));
        assertTrue(form.get("options").toString().contains("Hội nghị, tọa đàm"), form.toString());
    }
}
