package vn.cchc.site.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The annexes of the report, each on a new page: the list of counted items, the evidence per
 * pillar ("tài liệu kiểm chứng": date, title and address of each item) and, when coefficients are
 * set, the royalty table. Tables have sized columns, right-aligned numbers, a header row repeated
 * on every page and rows that never split across pages.
 */
final class ReportAnnex {
    private final DocxParts parts;
    private final ReportContext ctx;

    ReportAnnex(DocxParts parts, ReportContext ctx) {
        this.parts = parts;
        this.ctx = ctx;
    }

    void write(Stats s) {
        title("PHỤ LỤC I", "DANH SÁCH TIN, BÀI, VĂN BẢN, THÔNG BÁO, THỦ TỤC, QUY TRÌNH ĐÃ ĐĂNG TẢI");
        List<String[]> rows = new ArrayList<>();
        int n = 1;
        for (CountedItem i : s.items()) {
            rows.add(new String[] {String.valueOf(n++), i.shortDate(), i.typeLabel(), i.title()});
        }
        table(new String[] {"STT", "Ngày đăng", "Loại", "Tiêu đề"}, new int[] {14, 25, 38, ReportTemplate.TEXT_MM - 77},
                rows, 1);
        title("PHỤ LỤC II", "TÀI LIỆU KIỂM CHỨNG THEO CHUYÊN ĐỀ");
        for (String pillar : s.byPillar().keySet()) {
            List<String[]> evidence = new ArrayList<>();
            int k = 1;
            for (CountedItem i : s.items()) {
                if (i.pillars().contains(pillar)) {
                    evidence.add(new String[] {String.valueOf(k++), i.shortDate(), i.title(), i.url()});
                }
            }
            if (!evidence.isEmpty()) {
                parts.heading(StatsLabels.pillar(ctx.config().pillars().labels(), pillar) + " (" + evidence.size() + ")");
                table(new String[] {"STT", "Ngày đăng", "Tiêu đề", "Địa chỉ"}, new int[] {14, 25, 70,
                        ReportTemplate.TEXT_MM - 109}, evidence, 1);
            }
        }
        List<Royalties.Line> royalties = Royalties.of(s, ctx.settings().royalties());
        if (!royalties.isEmpty()) {
            title("PHỤ LỤC III", "BẢNG TÍNH NHUẬN BÚT");
            List<String[]> lines = new ArrayList<>();
            for (Royalties.Line l : royalties) {
                lines.add(new String[] {l.author(), l.type(), String.valueOf(l.count()), number(l.coefficient()),
                        number(l.amount())});
            }
            table(new String[] {"Tác giả", "Loại", "Số lượng", "Hệ số", "Cộng"}, new int[] {55, 40, 25, 20,
                    ReportTemplate.TEXT_MM - 140}, lines, 3);
        }
    }

    private void title(String annex, String name) {
        parts.pageBreak();
        parts.centred(annex, true, false, 0);
        parts.centred(name, true, false, 0);
        XWPFParagraph note = parts.centred("(Kèm theo Báo cáo số        /" + ctx.settings().symbol() + " của Ủy ban nhân dân "
                + VietnameseText.inSentence(ctx.config().ward()) + ")", false, true, 0);
        note.setSpacingAfter(240);
    }

    /** A table; the columns from {@code firstNumber} on hold numbers (right-aligned), and so does column 0 when it is STT. */
    private void table(String[] header, int[] widthsMm, List<String[]> rows, int firstNumber) {
        XWPFTable t = parts.table(rows.size() + 1, widthsMm, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < header.length; c++) {
            DocxParts.centred(head.getCell(c).getParagraphs().get(0), header[c], true, false, 13);
        }
        boolean stt = header[0].equals("STT");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < header.length; c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                boolean numeric = (stt && c == 0) || (!stt && c >= firstNumber) || header[c].equals("Ngày đăng");
                p.setAlignment(numeric ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                DocxParts.run(p, rows.get(r)[c], false, false, 13);
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.forLanguageTag("vi"), "%.2f", value);
    }
}
