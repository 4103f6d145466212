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
        int labelWidth = 22;
        int colWidth = 0;
        for (Stats s : columns) {
            colWidth = Math.max(colWidth, header(s).length() + 2);
        }
        colWidth = Math.max(colWidth, 10);
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
        for (Stats s : columns) {
            for (Stats.Target t : s.targets()) {
                out.append(String.format("Chỉ tiêu %s (%s): %d/%d, đạt %d%%%n", t.label().toLowerCase(),
                        s.period().label(), t.actual(), t.target(), t.percent()));
            }
        }
        return out.toString();
    }

    private static String header(Stats s) {
        return s.period().label();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? " " + s : " ".repeat(width - s.length()) + s;
    }
}
