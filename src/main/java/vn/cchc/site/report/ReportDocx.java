package vn.cchc.site.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Directives;
import vn.cchc.site.stats.Stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report ready to sign (Nghị định 30/2020/NĐ-CP, Phụ lục I): header block, "BÁO CÁO" and
 * subject, Kính gửi, the opening citing the request, I. Công tác chỉ đạo (the window's directive
 * documents), II. Kết quả (the column's figures, channels, activities outside the column,
 * procedures and processes), III and IV as marked places for the officer's text, Nơi nhận, the
 * signature block, then the annexes on new pages ({@link ReportAnnex}). Written into the
 * template of the theme ({@link ReportTemplate}).
 */
final class ReportDocx {
    private static final String FILL = "[Cán bộ phụ trách viết nội dung mục này trước khi trình ký.]";

    byte[] render(Stats s, ReportContext ctx) {
        try (XWPFDocument doc = ReportTemplate.open(ctx.siteRoot()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxParts parts = new DocxParts(doc);
            ReportSettings set = ctx.settings();
            SiteConfig config = ctx.config();
            header(parts, set, ctx);
            parts.centred("BÁO CÁO", true, false, 0).setSpacingBefore(240);
            XWPFParagraph subject = parts.centred(subject(s, ctx), true, false, 0);
            DocxParts.rule(subject, 40, ReportTemplate.TEXT_MM);
            parts.centred("Kính gửi: " + orDots(set.recipient()) + ".", false, false, 0).setSpacingBefore(240);
            parts.body(opening(s, ctx)).setSpacingBefore(240);
            parts.heading("I. CÔNG TÁC CHỈ ĐẠO");
            directives(parts, s, set);
            parts.heading("II. KẾT QUẢ ĐẠT ĐƯỢC");
            parts.heading("1. Tuyên truyền trên Cổng thông tin điện tử");
            parts.body(ReportText.column(s, config));
            ReportText.targets(s).forEach(parts::body);
            parts.heading("2. Các kênh đăng tải");
            ReportText.channels(s, config).forEach(parts::body);
            parts.heading("3. Các hình thức tuyên truyền khác");
            List<String> activities = ReportText.activities(s, config);
            if (activities.isEmpty()) {
                parts.body("Trong kỳ chưa ghi nhận hoạt động tuyên truyền nào ngoài chuyên mục.");
            }
            activities.forEach(parts::body);
            List<String> procedures = ReportText.procedures(s);
            if (!procedures.isEmpty()) {
                parts.heading("4. Cập nhật thủ tục hành chính, quy trình ISO");
                procedures.forEach(parts::body);
            }
            parts.heading("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN");
            parts.placeholder(FILL);
            parts.heading("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
            parts.placeholder(FILL);
            parts.body("Trên đây là báo cáo " + VietnameseText.inSentence(subject(s, ctx)) + " của Ủy ban nhân dân "
                    + VietnameseText.inSentence(config.ward()) + "./.");
            signature(parts, set);
            new ReportAnnex(parts, ctx).write(s);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String subject(Stats s, ReportContext ctx) {
        return ctx.settings().subject().isEmpty()
                ? "Kết quả công tác tuyên truyền cải cách hành chính " + s.period().label()
                : ctx.settings().subject();
    }

    static String opening(Stats s, ReportContext ctx) {
        String ward = VietnameseText.inSentence(ctx.config().ward());
        String request = ctx.settings().request();
        return (request.isEmpty() ? "" : "Thực hiện " + request + ", ") + "Ủy ban nhân dân " + ward + " báo cáo kết quả công tác tuyên truyền cải cách hành chính "
                + s.period().withDates() + " như sau:";
    }

    private static void header(DocxParts parts, ReportSettings set, ReportContext ctx) {
        int left = 62;
        int right = ReportTemplate.TEXT_MM + 10 - left;
        XWPFTable t = parts.table(2, new int[] {left, right}, false);
        XWPFTableCell issuer = t.getRow(0).getCell(0);
        XWPFParagraph p = issuer.getParagraphs().get(0);
        if (!set.parentBody().isEmpty()) {
            DocxParts.centred(p, set.parentBody().toUpperCase(java.util.Locale.forLanguageTag("vi")), false, false, 13);
            p = issuer.addParagraph();
        }
        DocxParts.rule(DocxParts.centred(p, set.issuer(), true, false, 13), 22, left);
        DocxParts.centred(t.getRow(1).getCell(0).getParagraphs().get(0), "Số:        /" + set.symbol(), false, false, 13);
        XWPFTableCell nation = t.getRow(0).getCell(1);
        DocxParts.centred(nation.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12);
        XWPFParagraph motto = DocxParts.centred(nation.addParagraph(), "Độc lập - Tự do - Hạnh phúc", true, false, 13);
        DocxParts.rule(motto, 62, right);
        DocxParts.centred(t.getRow(1).getCell(1).getParagraphs().get(0), set.place() + ", "
                + Directives.dateLine(ctx.today()), false, true, 14);
    }

    /**
     * The window's directive documents: the ward's own (issuer naming the place) as issued, the
     * others as carried out.
     */
    private static void directives(DocxParts parts, Stats s, ReportSettings set) {
        String place = VietnameseText.fold(set.place());
        List<CountedItem> docs = s.items().stream().filter(i -> !i.citation().isEmpty()).toList();
        List<CountedItem> own = docs.stream().filter(i -> !place.isEmpty()
                && VietnameseText.fold(i.issuer()).contains(place)).toList();
        List<CountedItem> others = docs.stream().filter(i -> !own.contains(i)).toList();
        if (docs.isEmpty()) {
            parts.placeholder("[Trong kỳ chưa có văn bản chỉ đạo nào đăng trên chuyên mục; cán bộ phụ trách ghi các "
                    + "văn bản chỉ đạo tại đây.]");
            return;
        }
        if (!own.isEmpty()) {
            parts.body("Trong " + s.period().label() + ", Ủy ban nhân dân phường đã ban hành các văn bản chỉ đạo, cụ thể:");
            own.forEach(i -> parts.body("+ " + i.citation() + "."));
        }
        if (!others.isEmpty()) {
            parts.body("Ủy ban nhân dân phường đã triển khai thực hiện các văn bản của cấp trên:");
            others.forEach(i -> parts.body("+ " + i.citation() + " (" + i.issuer() + ")."));
        }
    }

    private static void signature(DocxParts parts, ReportSettings set) {
        XWPFTable t = parts.table(1, new int[] {80, ReportTemplate.TEXT_MM - 80}, false);
        t.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFParagraph p = left.getParagraphs().get(0);
        p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
        DocxParts.run(p, "Nơi nhận:", true, true, 12);
        for (String r : set.recipients()) {
            XWPFParagraph line = left.addParagraph();
            DocxParts.noIndent(line);
            DocxParts.run(line, "- " + r, false, false, 11);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        DocxParts.centred(right.getParagraphs().get(0), "TM. ỦY BAN NHÂN DÂN", true, false, 14);
        if (!set.signerFor().isEmpty()) {
            DocxParts.centred(right.addParagraph(), set.signerFor(), true, false, 14);
        }
        DocxParts.centred(right.addParagraph(), set.signerTitle(), true, false, 14);
        for (int i = 0; i < 4; i++) {
            DocxParts.centred(right.addParagraph(), "", false, false, 14);
        }
        DocxParts.centred(right.addParagraph(), orDots(set.signer()), true, false, 14);
    }

    static String orDots(String text) {
        return text.isEmpty() ? "……………………" : text;
    }
}
