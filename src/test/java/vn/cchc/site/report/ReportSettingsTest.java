package vn.cchc.site.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wrong {@code report:} settings are reported like wrong content: {@code site.yml:LINE: lỗi: …}, all at once. */
class ReportSettingsTest {
    @TempDir
    Path dir;

    @Test
    void everyWrongSettingWithItsLine() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        site.file("site.yml", """
                ward: "Phường Lê Chân"
                report:
                  signer: [Phạm, Việt, Anh]
                  recipent: "Sở Nội vụ"
                  recipients: "Lưu: VT."
                  royalties:
                    tin: 1.5
                    bai-viet: 2
                    thong-bao: nhiều
                """);
        site.item("a.md", "title: A\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]", "x");
        SiteFixture.Run r = SiteFixture.cli("stats", "--source=" + dir, "--year=2025", "--format=docx",
                "--out=" + dir.resolve("x.docx"));
        assertEquals(1, r.exitCode(), r.out() + r.err());
        String err = r.err();
        assertTrue(err.contains("site.yml:3: lỗi: report.signer (họ tên người ký) phải là một dòng chữ"), err);
        assertTrue(err.contains("site.yml:4: lỗi: report.recipent không phải là mục cấu hình báo cáo. Có phải ý bạn là "
                + "'recipient'?"), err);
        assertTrue(err.contains("site.yml:5: lỗi: report.recipients phải là danh sách"), err);
        assertTrue(err.contains("site.yml:8: lỗi: report.royalties: loại 'bai-viet' không có. Có phải ý bạn là 'bai'?")
                || err.contains("site.yml:8: lỗi: report.royalties: loại 'bai-viet' không có."), err);
        assertTrue(err.contains("site.yml:9: lỗi: report.royalties.thong-bao phải là một số không âm"), err);
        assertTrue(!err.contains("Exception"), "no stack trace");
        SiteFixture.Run check = SiteFixture.cli("check", "--source=" + dir);
        assertEquals(1, check.exitCode(), check.out());
        assertTrue(check.err().contains("site.yml:4: lỗi: report.recipent"), "check reports them too: " + check.err());
    }

    @Test
    void royaltyTableWhenCoefficientsAreSet() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        site.file("site.yml", "report:\n  royalties:\n    tin: 1.5\n    bai: 3\n");
        site.item("a.md", "title: A\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]\nauthor: \"Lê  Văn An\"", "x");
        site.item("b.md", "title: B\ntype: tin\ndate: 2025-03-02\npillars: [cong-vu]\nauthor: Lê Văn An", "x");
        site.item("c.md", "title: C\ntype: bai\ndate: 2025-03-03\npillars: [cong-vu]\nauthor: Lê Văn An", "x");
        Path xlsx = dir.resolve("nb.xlsx");
        SiteFixture.Run r = SiteFixture.cli("stats", "--source=" + dir, "--year=2025", "--format=xlsx", "--out=" + xlsx);
        assertEquals(0, r.exitCode(), r.err());
        try (var in = java.nio.file.Files.newInputStream(xlsx);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Nhuận bút");
            assertEquals("Lê Văn An", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Tin", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(2, sheet.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(3.0, sheet.getRow(1).getCell(4).getNumericCellValue(), 1e-9, "2 × 1.5");
            assertEquals(3.0, sheet.getRow(2).getCell(4).getNumericCellValue(), 1e-9, "1 bài × 3");
        }
    }
}
