package vn.cchc.site.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cchc.site.config.SiteConfig;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Word file the officer pastes from into the annual report: a short section in the wording of
 * the wards' reports, a table of counts and the annex list, laid out per Nghị định 30/2020/NĐ-CP
 * (A4, Times New Roman 14 pt, margins top and bottom 20 mm, left 30 mm, right 15 mm).
 */
public final class StatsDocx {
    static final String FONT = "Times New Roman";
    static final int SIZE = 14;
    /** A4 in twentieths of a point. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MM = 57;

    public byte[] render(Stats s, SiteConfig config) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            paragraph(doc, "THỐNG KÊ TIN, BÀI TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH", true, ParagraphAlignment.CENTER);
            paragraph(doc, "Chuyên mục “" + config.title() + "” – " + config.ward(), false, ParagraphAlignment.CENTER);
            paragraph(doc, "Kỳ báo cáo: " + s.period().label() + " (từ ngày " + s.period().fromText() + " đến ngày "
                    + s.period().toText() + ")", false, ParagraphAlignment.CENTER);
            paragraph(doc, summary(s, config), false, ParagraphAlignment.BOTH);
            String channels = channels(s, config);
            if (!channels.isEmpty()) {
                paragraph(doc, channels, false, ParagraphAlignment.BOTH);
            }
            for (Stats.Target t : s.targets()) {
                paragraph(doc, "So với chỉ tiêu kế hoạch (" + t.target() + " " + t.inSentence() + "), đã thực "
                        + "hiện " + t.actual() + ", đạt " + t.percent() + "%.", false, ParagraphAlignment.BOTH);
            }
            paragraph(doc, "Bảng 1. Số tin, bài theo loại", true, ParagraphAlignment.LEFT);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"Loại", "Số lượng"});
            for (ContentType t : ContentType.values()) {
                if (t.counted()) {
                    rows.add(new String[] {t.label(), String.valueOf(s.count(t.key()))});
                }
            }
            rows.add(new String[] {"Tổng cộng", String.valueOf(s.total())});
            table(doc, rows);
            paragraph(doc, "PHỤ LỤC: DANH SÁCH TIN, BÀI ĐÃ ĐĂNG TẢI", true, ParagraphAlignment.CENTER);
            List<String[]> annex = new ArrayList<>();
            annex.add(new String[] {"STT", "Ngày đăng", "Loại", "Tiêu đề"});
            int n = 1;
            for (CountedItem i : s.items()) {
                String type = ContentType.byKey(i.type()).map(ContentType::label).orElse(i.type());
                annex.add(new String[] {String.valueOf(n++), i.shortDate(), type, i.title()});
            }
            table(doc, annex);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report sentence, in the wording of the seed reports. */
    static String summary(Stats s, SiteConfig config) {
        int news = s.count("tin") + s.count("bai");
        StringBuilder out = new StringBuilder();
        out.append("Trong ").append(s.period().label()).append(", chuyên mục “").append(config.title())
                .append("” trên Cổng thông tin điện tử ").append(config.ward()).append(" đã đăng tải ")
                .append(news).append(" tin, bài tuyên truyền về cải cách hành chính");
        if (s.count("thong-bao") > 0) {
            out.append("; ").append(s.count("thong-bao")).append(" thông báo");
        }
        if (s.count("van-ban") > 0) {
            out.append("; công khai ").append(s.count("van-ban")).append(" văn bản chỉ đạo, điều hành");
        }
        if (s.count("thu-tuc") > 0) {
            Map<String, Integer> c = s.byChange();
            out.append("; cập nhật ").append(s.count("thu-tuc")).append(" thủ tục hành chính (mới ban hành ")
                    .append(c.getOrDefault("moi", 0)).append(", sửa đổi, bổ sung ").append(c.getOrDefault("sua-doi", 0))
                    .append(", bãi bỏ ").append(c.getOrDefault("bai-bo", 0)).append(")");
        }
        if (s.count("quy-trinh") > 0) {
            out.append("; ").append(s.count("quy-trinh")).append(" quy trình ISO 9001:2015");
        }
        out.append(". Tổng cộng ").append(s.total()).append(" tin, bài.");
        return out.toString();
    }

    private static String channels(Stats s, SiteConfig config) {
        List<String> parts = new ArrayList<>();
        s.byChannel().forEach((key, n) -> {
            if (n > 0 && !key.equals("cong-ttdt")) {
                parts.add(config.channels().label(key) + " " + n + " lượt");
            }
        });
        return parts.isEmpty() ? "" : "Các tin, bài đồng thời được đăng tải trên: " + String.join(", ", parts) + ".";
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20L * MM));
        margins.setBottom(BigInteger.valueOf(20L * MM));
        margins.setLeft(BigInteger.valueOf(30L * MM));
        margins.setRight(BigInteger.valueOf(15L * MM));
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        run(p, text, bold);
    }

    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(SIZE);
        r.setBold(bold);
        r.setText(text);
    }

    private static void table(XWPFDocument doc, List<String[]> rows) {
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).length);
        table.setWidth("100%");
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = table.getRow(i);
            for (int j = 0; j < rows.get(i).length; j++) {
                XWPFTableCell cell = row.getCell(j);
                XWPFParagraph p = cell.getParagraphs().get(0);
                run(p, rows.get(i)[j], i == 0);
            }
        }
    }
}
