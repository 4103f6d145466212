package vn.cchc.site.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Figure;
import vn.cchc.site.stats.Stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The short Word insert ({@code stats --format docx --section}) the officer pastes into a larger
 * report: the report's sentences about the column, a table of the figures and the annex list, in
 * the theme's Word template (page, fonts and language per Nghị định 30/2020/NĐ-CP).
 */
final class StatsDocx {

    byte[] render(Stats s, ReportContext ctx) {
        try (XWPFDocument doc = ReportTemplate.open(ctx.siteRoot()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxParts parts = new DocxParts(doc);
            parts.centred("THỐNG KÊ TIN, BÀI TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH", true, false, 0);
            parts.centred("Chuyên mục “" + ctx.config().title() + "” – " + ctx.config().ward(), false, false, 0);
            parts.centred("Kỳ báo cáo: " + s.period().withDates(), false, false, 0).setSpacingAfter(240);
            parts.body(ReportText.column(s, ctx.config()));
            ReportText.targets(s).forEach(parts::body);
            ReportText.channels(s, ctx.config()).forEach(parts::body);
            ReportText.activities(s, ctx.config()).forEach(parts::body);
            parts.heading("Bảng 1. Số liệu của chuyên mục");
            XWPFTable counts = parts.table(Figure.TABLE.size() + 1, new int[] {120, 40}, true);
            cell(counts, 0, 0, "Số liệu", true);
            cell(counts, 0, 1, "Số lượng", true);
            int r = 1;
            for (Figure f : Figure.TABLE) {
                cell(counts, r, 0, f.tableLabel(), f == Figure.TONG);
                cell(counts, r++, 1, String.valueOf(f.of(s)), f == Figure.TONG);
            }
            parts.heading("Phụ lục: danh sách tin, bài, văn bản, thông báo, thủ tục, quy trình đã đăng tải");
            XWPFTable annex = parts.table(s.items().size() + 1, new int[] {14, 25, 38, ReportTemplate.TEXT_MM - 77}, true);
            annex.getRow(0).setRepeatHeader(true);
            String[] head = {"STT", "Ngày đăng", "Loại", "Tiêu đề"};
            for (int c = 0; c < head.length; c++) {
                cell(annex, 0, c, head[c], true);
            }
            int n = 1;
            for (CountedItem i : s.items()) {
                annex.getRow(n).setCantSplitRow(true);
                String[] row = {String.valueOf(n), i.shortDate(), i.typeLabel(), i.title()};
                for (int c = 0; c < row.length; c++) {
                    cell(annex, n, c, row[c], false);
                }
                n++;
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTable t, int row, int col, String text, boolean bold) {
        DocxParts.run(t.getRow(row).getCell(col).getParagraphs().get(0), text, bold, false, 13);
    }
}
