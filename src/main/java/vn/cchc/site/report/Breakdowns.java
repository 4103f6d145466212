package vn.cchc.site.report;

import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.stats.Activities;
import vn.cchc.site.stats.Figure;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The sections of counts every tabular format shows (console, CSV, XLSX), with the labels of the
 * glossary ({@link Figure}, {@link StatsLabels}) instead of codes, in one order.
 */
public final class Breakdowns {
    private Breakdowns() {
    }

    /** One section: a title and labelled counts. */
    public record Section(String title, List<Row> rows) {
    }

    /** One labelled count. */
    public record Row(String label, int value) {
    }

    /** One form of activity with its three figures. */
    public record ActivityRow(String label, int records, int quantity, int participants) {
    }

    /** The figures of the column, in {@link Figure#TABLE} order. */
    public static Section figures(Stats s) {
        List<Row> rows = new ArrayList<>();
        for (Figure f : Figure.TABLE) {
            rows.add(new Row(f.tableLabel(), f.of(s)));
        }
        return new Section("Số liệu của chuyên mục", rows);
    }

    /**
     * Every breakdown after the figures: month, pillar, channel, origin (when {@code site.yml} names
     * old wards), author, procedures, processes.
     */
    public static List<Section> breakdowns(Stats s, SiteConfig config) {
        List<Section> out = new ArrayList<>();
        out.add(section("Theo tháng", s.byMonth(), StatsLabels::month));
        out.add(section("Theo chuyên đề", s.byPillar(), k -> StatsLabels.pillar(config.pillars().labels(), k)));
        out.add(section("Theo kênh đăng tải (mọi tin, bài đều đăng trên Cổng TTĐT)", s.byChannel(),
                k -> StatsLabels.channel(config.channels().labels(), k)));
        if (!config.origins().keys().isEmpty()) {
            out.add(section("Theo nguồn (phường cũ, phường hiện nay)", s.byOrigin(),
                    k -> k.equals(Stats.OWN) ? config.ward() + " (hiện nay)" : config.origins().label(k)));
        }
        out.add(section("Theo tác giả", s.byAuthor(), UnaryOperator.identity()));
        out.add(section("Thủ tục hành chính theo tình trạng", s.byChange(), k -> StatsLabels.CHANGE.getOrDefault(k, k)));
        out.add(section("Thủ tục hành chính theo mức độ trực tuyến", s.byOnline(),
                k -> StatsLabels.ONLINE.getOrDefault(k, k)));
        out.add(section("Quy trình ISO", s.processes(), k -> StatsLabels.PROCESSES.getOrDefault(k, k)));
        return out;
    }

    /** The activities outside the column, one row per form that has a record. */
    public static List<ActivityRow> activities(Stats s, SiteConfig config) {
        List<ActivityRow> out = new ArrayList<>();
        for (Map.Entry<String, Activities.Form> e : s.activities().byForm().entrySet()) {
            Activities.Form f = e.getValue();
            out.add(new ActivityRow(ActivityLabels.form(config, e.getKey()), f.records(), f.quantity(), f.participants()));
        }
        return out;
    }

    private static Section section(String title, Map<String, Integer> values, UnaryOperator<String> label) {
        List<Row> rows = new ArrayList<>();
        values.forEach((k, v) -> rows.add(new Row(label.apply(k), v)));
        return new Section(title, rows);
    }
}
