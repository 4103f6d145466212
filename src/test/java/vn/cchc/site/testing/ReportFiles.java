package vn.cchc.site.testing;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code stats} over a test site and reads back what it wrote. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** {@code stats --source=ROOT --year=2025 --window=calendar EXTRA…}, in-process. */
    public static SiteFixture.Run stats2025(Path root, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "stats";
        args[1] = "--source=" + root;
        args[2] = "--year=2025";
        args[3] = "--window=calendar";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return SiteFixture.cli(args);
    }

    /** The text of a Word file, paragraphs and tables. */
    public static String wordText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }
}
