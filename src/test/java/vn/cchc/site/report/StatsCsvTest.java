package vn.cchc.site.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV never hands a spreadsheet a formula, and its dates read the same in every locale. */
class StatsCsvTest {
    @TempDir
    Path dir;

    @Test
    void titlesThatLookLikeFormulasStayText() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        String[] titles = {"=HYPERLINK(\\\"http://x\\\")", "+84 tổng đài", "-1 ngày", "@SUM(A1)", "Bình thường"};
        for (int i = 0; i < titles.length; i++) {
            site.item(i + ".md", "title: \"" + titles[i] + "\"\ntype: tin\ndate: 2025-03-0" + (i + 1)
                    + "\npillars: [cong-vu]", "x");
        }
        Path csv = dir.resolve("tk.csv");
        assertEquals(0, SiteFixture.cli("stats", "--source=" + dir, "--year=2025", "--format=csv", "--out=" + csv)
                .exitCode());
        String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records;
        try (CSVParser p = CSVFormat.EXCEL.builder().setDelimiter(';').build().parse(new StringReader(text))) {
            records = p.getRecords();
        }
        List<CSVRecord> annex = records.subList(records.size() - titles.length, records.size());
        assertEquals("'=HYPERLINK(\"http://x\")", annex.get(0).get(3));
        assertEquals("'+84 tổng đài", annex.get(1).get(3));
        assertEquals("'-1 ngày", annex.get(2).get(3));
        assertEquals("'@SUM(A1)", annex.get(3).get(3));
        assertEquals("Bình thường", annex.get(4).get(3));
        assertEquals("2025-03-01", annex.get(0).get(1), "ISO date");
        assertTrue(records.stream().anyMatch(r -> r.get(0).equals("Từ ngày") && r.get(1).equals("2025-01-01")));
        assertEquals("'\tx", StatsCsv.guard("\tx"));
        assertEquals("'\rx", StatsCsv.guard("\rx"));
    }
}
