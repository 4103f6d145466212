package vn.cchc.site.report;

import vn.cchc.site.content.ContentType;
import vn.cchc.site.stats.Stats;

import java.util.List;

/**
 * The short table printed at the end of every build, like Hugo's page counts: totals per type for
 * each window given (this year to date, last year), with targets where the site sets them.
 */
public final class ConsoleTable {

    public String render(List<Stats> columns) {
        StringBuilder out = new StringBuilder();
        int labelWidth = 20;
        int colWidth = 0;
        for (Stats s : columns) {
            colWidth = Math.max(colWidth, header(s).length() + 2);
        }
        colWidth = Math.max(colWidth, 12);
        out.append(pad("", labelWidth));
        for (Stats s : columns) {
            out.append(padLeft(header(s), colWidth));
        }
        out.append('\n');
        out.append("-".repeat(labelWidth + colWidth * columns.size())).append('\n');
        for (ContentType t : ContentType.values()) {
            if (!t.counted()) {
                continue;
            }
            out.append(pad(t.label(), labelWidth));
            for (Stats s : columns) {
                out.append(padLeft(String.valueOf(s.count(t.key())), colWidth));
            }
            out.append('\n');
        }
        out.append("-".repeat(labelWidth + colWidth * columns.size())).append('\n');
        out.append(pad("Tổng cộng", labelWidth));
        for (Stats s : columns) {
            out.append(padLeft(String.valueOf(s.total()), colWidth));
        }
        out.append('\n');
        if (columns.stream().anyMatch(s -> s.onPortal() > 0)) {
            out.append(pad("Đã có trên Cổng TTĐT", labelWidth));
            for (Stats s : columns) {
                out.append(padLeft(String.valueOf(s.onPortal()), colWidth));
            }
            out.append('\n');
        }
        for (Stats s : columns) {
            if (!s.targets().isEmpty()) {
                List<String> parts = s.targets().stream().map(t -> String.format("%s %d/%d (đạt %d%%)",
                        t.inSentence(), t.actual(), t.target(), t.percent())).toList();
                out.append("Chỉ tiêu ").append(s.period().label()).append(": ").append(String.join("; ", parts))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String header(Stats s) {
        String label = s.period().label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? " " + s : " ".repeat(width - s.length()) + s;
    }
}
