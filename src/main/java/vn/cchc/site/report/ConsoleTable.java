package vn.cchc.site.report;

import vn.cchc.site.stats.Figure;
import vn.cchc.site.stats.Stats;

import java.util.List;

/**
 * The short table printed at the end of every build, like Hugo's page counts: the figures of the
 * glossary ({@link Figure#TABLE}) for each window given (this year to date, last year), with
 * targets where the site sets them, each naming the figure it counts.
 */
public final class ConsoleTable {

    public String render(List<Stats> columns) {
        StringBuilder out = new StringBuilder();
        int labelWidth = Figure.TABLE.stream().mapToInt(f -> f.tableLabel().length()).max().orElse(20) + 1;
        int colWidth = 12;
        for (Stats s : columns) {
            colWidth = Math.max(colWidth, s.title().length() + 2);
        }
        out.append(pad("", labelWidth));
        for (Stats s : columns) {
            out.append(padLeft(s.title(), colWidth));
        }
        out.append('\n');
        String rule = "-".repeat(labelWidth + colWidth * columns.size()) + "\n";
        out.append(rule);
        for (Figure f : Figure.TABLE) {
            if (f == Figure.TONG) {
                out.append(rule);
            }
            out.append(pad(f.tableLabel(), labelWidth));
            for (Stats s : columns) {
                out.append(padLeft(String.valueOf(f.of(s)), colWidth));
            }
            out.append('\n');
        }
        for (Stats s : columns) {
            if (s.activities().total() > 0) {
                out.append("Hoạt động tuyên truyền ngoài chuyên mục ").append(s.period().label()).append(": ")
                        .append(s.activities().total()).append(" (không cộng vào số liệu trên)\n");
            }
            if (!s.targets().isEmpty()) {
                List<String> parts = s.targets().stream().map(t -> String.format("%s %d/%d (đạt %d%%)",
                        t.inSentence(), t.actual(), t.target(), t.percent())).toList();
                out.append("Chỉ tiêu ").append(s.period().label()).append(": ").append(String.join("; ", parts))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? " " + s : " ".repeat(width - s.length()) + s;
    }
}
