package vn.cchc.site.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Stats;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Statistics as CSV (Apache Commons CSV) that Excel opens correctly with Vietnamese text: UTF-8
 * with a BOM, CRLF line ends, {@code ;} as separator (what Excel expects where the decimal mark is
 * a comma, as in Vietnam), fields quoted when needed, dates as {@code yyyy-MM-dd} (read the same
 * in every locale), and no cell a spreadsheet would run as a formula ({@link #guard}).
 */
public final class StatsCsv {
    static final char SEPARATOR = ';';
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(SEPARATOR)
            .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").build();

    public byte[] render(Stats s, SiteConfig config) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter out = new CSVPrinter(text, FORMAT)) {
            row(out, "Thống kê tin, bài", config.title() + " – " + config.ward());
            row(out, "Kỳ báo cáo", s.period().label());
            row(out, "Từ ngày", s.period().from().toString());
            row(out, "Đến ngày", s.period().to().toString());
            section(out, Breakdowns.figures(s));
            for (Breakdowns.Section sec : Breakdowns.breakdowns(s, config)) {
                section(out, sec);
            }
            out.println();
            row(out, "Hoạt động tuyên truyền ngoài chuyên mục (không cộng vào số liệu trên)", "Số hoạt động", "Số lượt",
                    "Số người tham dự");
            for (Breakdowns.ActivityRow a : Breakdowns.activities(s, config)) {
                row(out, a.label(), String.valueOf(a.records()), String.valueOf(a.quantity()),
                        String.valueOf(a.participants()));
            }
            row(out, "Tổng số hoạt động", String.valueOf(s.activities().total()));
            out.println();
            row(out, "STT", "Ngày đăng", "Loại", "Tiêu đề", "Địa chỉ", "Tệp nguồn");
            int n = 1;
            for (CountedItem i : s.items()) {
                row(out, String.valueOf(n++), i.isoDate(), i.typeLabel(), i.title(), i.url(), i.path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void section(CSVPrinter out, Breakdowns.Section section) throws IOException {
        out.println();
        row(out, section.title(), "Số lượng");
        for (Breakdowns.Row r : section.rows()) {
            row(out, r.label(), String.valueOf(r.value()));
        }
    }

    private static void row(CSVPrinter out, String... fields) throws IOException {
        for (String f : fields) {
            out.print(guard(f));
        }
        out.println();
    }

    /**
     * A cell a spreadsheet would read as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab
     * or carriage return first) gets a leading apostrophe, so it stays text (OWASP "CSV injection").
     * Numbers we write ourselves are never negative, so they pass unchanged.
     */
    static String guard(String field) {
        if (field.isEmpty()) {
            return field;
        }
        char c = field.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky ? "'" + field : field;
    }
}
