package vn.cchc.site.report;

import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Stats;

/** The full plain-text statistics of one window: the figures, every breakdown, activities and the annex. */
public final class StatsTable {

    public String render(Stats s, SiteConfig config) {
        StringBuilder out = new StringBuilder();
        out.append("THỐNG KÊ TIN, BÀI – ").append(config.title()).append(" – ").append(config.ward()).append('\n');
        out.append("Kỳ báo cáo: ").append(s.period().withDates()).append("\n");
        section(out, Breakdowns.figures(s));
        for (var t : s.targets()) {
            out.append(String.format("  Chỉ tiêu %s: %d/%d, đạt %d%%%n", t.inSentence(), t.actual(), t.target(),
                    t.percent()));
        }
        Breakdowns.breakdowns(s, config).forEach(sec -> section(out, sec));
        out.append("\nHoạt động tuyên truyền ngoài chuyên mục (không cộng vào số liệu trên): ")
                .append(s.activities().total()).append(" hoạt động\n");
        for (Breakdowns.ActivityRow a : Breakdowns.activities(s, config)) {
            out.append(String.format("  %-44s %6d hoạt động, %6d lượt, %6d người%n", a.label(), a.records(),
                    a.quantity(), a.participants()));
        }
        out.append("\nDanh sách tin, bài được đếm (").append(s.items().size()).append("):\n");
        int n = 1;
        for (CountedItem i : s.items()) {
            out.append(String.format("%4d. %s  [%s]  %s%n      %s%n", n++, i.isoDate(), i.typeLabel(), i.title(),
                    i.url()));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, Breakdowns.Section section) {
        out.append('\n').append(section.title()).append(":\n");
        section.rows().forEach(r -> out.append(String.format("  %-44s %6d%n", r.label(), r.value())));
    }
}
