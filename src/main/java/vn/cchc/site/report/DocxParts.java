package vn.cchc.site.report;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;

/**
 * Paragraphs and tables of an administrative document, through POI. Fonts, the body size, the
 * first-line indent and the language come from the template's styles; a paragraph here only says
 * what differs from the body text (centred, no indent, bold, a smaller size the decree asks for).
 */
final class DocxParts {
    /** Twentieths of a point in a millimetre (rounded down). */
    static final int MM = 57;

    private final XWPFDocument doc;

    DocxParts(XWPFDocument doc) {
        this.doc = doc;
    }

    /** A body paragraph: justified, with the template's first-line indent. */
    XWPFParagraph body(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        run(p, text, false, false, 0);
        return p;
    }

    /** A heading of the report's outline ({@code I. CÔNG TÁC CHỈ ĐẠO}): bold, indented like the body. */
    XWPFParagraph heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setKeepNext(true);
        run(p, text, true, false, 0);
        return p;
    }

    /** A centred paragraph without indent. */
    XWPFParagraph centred(String text, boolean bold, boolean italic, int size) {
        return centred(doc.createParagraph(), text, bold, italic, size);
    }

    static XWPFParagraph centred(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        p.setAlignment(ParagraphAlignment.CENTER);
        noIndent(p);
        run(p, text, bold, italic, size);
        return p;
    }

    /** A place for the officer's own text, highlighted so it is not sent unfilled. */
    XWPFParagraph placeholder(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        XWPFRun r = run(p, text, false, true, 0);
        r.getCTR().addNewRPr().addNewHighlight().setVal(STHighlightColor.YELLOW);
        return p;
    }

    /**
     * A short rule after {@code above} (the last paragraph of its cell or of the document): an empty paragraph whose bottom
     * border is {@code widthMm} long, centred in {@code spanMm}.
     */
    static XWPFParagraph rule(XWPFParagraph above, int widthMm, int spanMm) {
        XWPFParagraph p = above.getBody() instanceof XWPFTableCell cell ? cell.addParagraph()
                : above.getDocument().createParagraph();
        int side = Math.max(0, (spanMm - widthMm) / 2) * MM;
        noIndent(p);
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setSpacingLineRule(org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        p.setSpacingBetween(5, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        p.setSpacingAfter(80);
        return p;
    }

    static void noIndent(XWPFParagraph p) {
        p.setIndentationFirstLine(0);
        p.setIndentationLeft(0);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
    }

    /** A run; {@code size} 0 keeps the template's body size. */
    static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        if (bold) {
            r.setBold(true);
        }
        if (italic) {
            r.setItalic(true);
        }
        if (size > 0) {
            r.setFontSize(size);
        }
        r.setText(text);
        return r;
    }

    /** A page break before the next paragraph. */
    void pageBreak() {
        doc.createParagraph().setPageBreak(true);
    }

    /**
     * A table with fixed column widths (millimetres). {@code borders} false gives the layout tables
     * of the header and signature blocks.
     */
    XWPFTable table(int rows, int[] widthsMm, boolean borders) {
        XWPFTable t = doc.createTable(rows, widthsMm.length);
        t.setTableAlignment(TableRowAlign.CENTER);
        CTTblLayoutType layout = t.getCTTbl().getTblPr().isSetTblLayout() ? t.getCTTbl().getTblPr().getTblLayout()
                : t.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int total = 0;
        for (int w : widthsMm) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) w * MM));
            total += w * MM;
        }
        t.setWidth(String.valueOf(total));
        t.getCTTbl().getTblPr().getTblW().setType(STTblWidth.DXA);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widthsMm.length; c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                cell.setWidth(String.valueOf(widthsMm[c] * MM));
                cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
                noIndent(cell.getParagraphs().get(0));
            }
        }
        if (!borders) {
            t.removeBorders();
        }
        return t;
    }
}
