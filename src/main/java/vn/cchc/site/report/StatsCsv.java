package vn.cchc.site.report;

import vn.cchc.site.config.SiteConfig;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsLabels;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Statistics as CSV that Excel opens correctly with Vietnamese text: UTF-8 with a BOM, CRLF line
 * ends, {@code ;} as separator (what Excel expects where the decimal mark is a comma, as in
 * Vietnam) and every field quoted when it holds the separator, a quote or a line break.
 */
public final class StatsCsv {
    static final char SEPARATOR = ';';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public byte[] render(Stats s, SiteConfig config) {
        StringBuilder out = new StringBuilder();
        row(out, "Thống kê tin, bài", config.title() + " – " + config.ward());
        row(out, "Kỳ", s.period().label());
        row(out, "Từ ngày", s.period().fromText());
        row(out, "Đến ngày", s.period().toText());
        out.append("\r\n");
        row(out, "Loại", "Số lượng");
        for (ContentType t : ContentType.values()) {
            if (t.counted()) {
                row(out, t.label(), String.valueOf(s.count(t.key())));
            }
        }
        row(out, "Tổng cộng", String.valueOf(s.total()));
        section(out, "Tháng", s.byMonth(), null);
        section(out, "Chuyên đề", s.byPillar(), config.pillars().labels());
        section(out, "Kênh đăng tải", s.byChannel(), config.channels().labels());
        section(out, "Tác giả", s.byAuthor(), null);
        section(out, "Thủ tục hành chính theo tình trạng", s.byChange(), StatsLabels.CHANGE);
        section(out, "Thủ tục hành chính theo mức độ trực tuyến", s.byOnline(), StatsLabels.ONLINE);
        section(out, "Quy trình ISO", s.processes(), StatsLabels.PROCESSES);
        out.append("\r\n");
        row(out, "STT", "Ngày đăng", "Loại", "Tiêu đề", "Địa chỉ", "Tệp nguồn");
        int n = 1;
        for (CountedItem i : s.items()) {
            row(out, String.valueOf(n++), i.shortDate(), i.type(), i.title(), i.url(), i.path());
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void section(StringBuilder out, String title, Map<String, Integer> values,
                                Map<String, String> labels) {
        out.append("\r\n");
        row(out, title, "Số lượng");
        values.forEach((k, v) -> row(out, labels == null ? k : labels.getOrDefault(k, k), String.valueOf(v)));
    }

    static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(quote(fields[i]));
        }
        out.append("\r\n");
    }

    static String quote(String field) {
        boolean needs = field.indexOf(SEPARATOR) >= 0 || field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
