package vn.cchc.site.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsLabels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Statistics as an Excel workbook (POI): "Số liệu" (the figures and every breakdown), "Hoạt động"
 * (activities outside the column, per form), "Phụ lục" (the counted items, dates as real date
 * cells) and, when coefficients are set, "Nhuận bút". Each sheet has its header row frozen and
 * columns sized for their content.
 */
final class StatsXlsx {

    byte[] render(Stats s, ReportContext ctx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            counts(wb.createSheet("Số liệu"), st, s, ctx);
            activities(wb.createSheet("Hoạt động"), st, s, ctx);
            annex(wb.createSheet("Phụ lục"), st, s, ctx);
            List<Royalties.Line> royalties = Royalties.of(s, ctx.settings().royalties());
            if (!royalties.isEmpty()) {
                Sheet sh = wb.createSheet("Nhuận bút");
                header(sh, st, new int[] {30, 28, 12, 10, 12}, "Tác giả", "Loại", "Số lượng", "Hệ số", "Cộng");
                int r = 1;
                for (Royalties.Line l : royalties) {
                    Row row = sh.createRow(r++);
                    row.createCell(0).setCellValue(l.author());
                    row.createCell(1).setCellValue(l.type());
                    row.createCell(2).setCellValue(l.count());
                    row.createCell(3).setCellValue(l.coefficient());
                    row.createCell(4).setCellValue(l.amount());
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell styles of a workbook. */
    private record Styles(CellStyle bold, CellStyle date) {
        Styles(XSSFWorkbook wb) {
            this(wb.createCellStyle(), wb.createCellStyle());
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }

    private static void counts(Sheet sh, Styles st, Stats s, ReportContext ctx) {
        header(sh, st, new int[] {60, 14}, "Kỳ báo cáo: " + s.period().withDates(), "Số lượng");
        int r = 1;
        r = section(sh, st, r, Breakdowns.figures(s));
        for (Breakdowns.Section sec : Breakdowns.breakdowns(s, ctx.config())) {
            r = section(sh, st, r + 1, sec);
        }
    }

    private static int section(Sheet sh, Styles st, int r, Breakdowns.Section sec) {
        Cell title = sh.createRow(r++).createCell(0);
        title.setCellValue(sec.title());
        title.setCellStyle(st.bold());
        for (Breakdowns.Row row : sec.rows()) {
            Row x = sh.createRow(r++);
            x.createCell(0).setCellValue(row.label());
            x.createCell(1).setCellValue(row.value());
        }
        return r;
    }

    private static void activities(Sheet sh, Styles st, Stats s, ReportContext ctx) {
        header(sh, st, new int[] {40, 14, 14, 18}, "Hình thức (không cộng vào số liệu chuyên mục)", "Số hoạt động",
                "Số lượt", "Số người tham dự");
        int r = 1;
        for (Breakdowns.ActivityRow a : Breakdowns.activities(s, ctx.config())) {
            Row row = sh.createRow(r++);
            row.createCell(0).setCellValue(a.label());
            row.createCell(1).setCellValue(a.records());
            row.createCell(2).setCellValue(a.quantity());
            row.createCell(3).setCellValue(a.participants());
        }
        Row total = sh.createRow(r);
        total.createCell(0).setCellValue("Tổng số hoạt động");
        total.createCell(1).setCellValue(s.activities().total());
        total.getCell(0).setCellStyle(st.bold());
    }

    private static void annex(Sheet sh, Styles st, Stats s, ReportContext ctx) {
        header(sh, st, new int[] {6, 12, 20, 70, 50, 40}, "STT", "Ngày đăng", "Loại", "Tiêu đề", "Địa chỉ",
                "Chuyên đề");
        int r = 1;
        for (CountedItem i : s.items()) {
            Row row = sh.createRow(r);
            row.createCell(0).setCellValue(r++);
            Cell date = row.createCell(1);
            date.setCellValue(i.day());
            date.setCellStyle(st.date());
            row.createCell(2).setCellValue(i.typeLabel());
            row.createCell(3).setCellValue(i.title());
            row.createCell(4).setCellValue(i.url());
            row.createCell(5).setCellValue(String.join("; ", i.pillars().stream()
                    .map(p -> StatsLabels.pillar(ctx.config().pillars().labels(), p)).toList()));
        }
    }

    /** The first row in bold, frozen; columns {@code widths} characters wide. */
    private static void header(Sheet sh, Styles st, int[] widths, String... titles) {
        Row row = sh.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(st.bold());
            sh.setColumnWidth(c, widths[c] * 256);
        }
        sh.createFreezePane(0, 1);
    }
}
