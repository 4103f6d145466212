package vn.cchc.site.report;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Word template of the report ({@code templates/bao-cao.docx} of the theme): page, fonts,
 * first-line indent, language and page numbers per Nghị định 30/2020/NĐ-CP, Phụ lục I (A4;
 * margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 14; indent 1.27 cm;
 * Arabic page numbers at the top centre, not on the first page; vi-VN). A ward replaces the file
 * in its own {@code templates/} to change any of these; the report keeps the template's section
 * properties, styles and headers and writes only the body.
 *
 * <p>{@code main(PATH)} writes the default template (how the shipped file was made).
 */
public final class ReportTemplate {
    static final String FILE = "bao-cao.docx";
    static final String FONT = "Times New Roman";
    static final int SIZE = 14;
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    /** Text width between the default margins, in millimetres. */
    static final int TEXT_MM = 210 - 30 - 15;

    private ReportTemplate() {
    }

    public static void main(String[] args) throws IOException {
        try (XWPFDocument doc = blank(); OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            doc.write(out);
        }
    }

    /** Opens the site's template, or the default theme's. */
    static XWPFDocument open(Path siteRoot) {
        Path own = siteRoot.resolve("templates").resolve(FILE);
        try (InputStream in = Files.isRegularFile(own) ? Files.newInputStream(own)
                : ReportTemplate.class.getResourceAsStream("/cchc-default/templates/" + FILE)) {
            if (in == null) {
                return blank();
            }
            XWPFDocument doc = new XWPFDocument(in);
            while (!doc.getBodyElements().isEmpty()) {
                doc.removeBodyElement(0);
            }
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default template, made with POI. */
    static XWPFDocument blank() {
        XWPFDocument doc = new XWPFDocument();
        styles(doc.createStyles());
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar m = sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(20L * DocxParts.MM));
        m.setBottom(BigInteger.valueOf(20L * DocxParts.MM));
        m.setLeft(BigInteger.valueOf(30L * DocxParts.MM));
        m.setRight(BigInteger.valueOf(15L * DocxParts.MM));
        m.setHeader(BigInteger.valueOf(10L * DocxParts.MM));
        m.setFooter(BigInteger.valueOf(10L * DocxParts.MM));
        sect.addNewTitlePg();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setIndentationFirstLine(0);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        p.getCTP().getFldSimpleArray(0).addNewR().addNewT().setStringValue("2");
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        return doc;
    }

    private static void styles(XWPFStyles styles) {
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr r = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = r.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        r.addNewSz().setVal(BigInteger.valueOf(SIZE * 2L));
        r.addNewSzCs().setVal(BigInteger.valueOf(SIZE * 2L));
        r.addNewLang().setVal("vi-VN");
        CTPPrGeneral p = ct.getDocDefaults().addNewPPrDefault().addNewPPr();
        p.addNewInd().setFirstLine(BigInteger.valueOf(720));
        p.addNewSpacing().setAfter(BigInteger.valueOf(120));
        p.getSpacing().setLine(BigInteger.valueOf(288));
        p.addNewJc().setVal(STJc.BOTH);
        styles.setStyles(ct);
    }
}
