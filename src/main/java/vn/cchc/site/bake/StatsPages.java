package vn.cchc.site.bake;

import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.core.StatsWindowKind;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.content.VnDates;
import vn.cchc.site.stats.Figure;
import vn.cchc.site.stats.MonthlyChart;
import vn.cchc.site.stats.Period;
import vn.cchc.site.stats.Periods;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsCalculator;
import vn.cchc.site.stats.StatsLabels;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The statistics pages: {@code thong-ke/} (every year at a glance) and {@code thong-ke/YYYY/} (one
 * window in full: per type, per month as an SVG chart, breakdowns, targets, the annex). Counted with
 * the same {@link StatsCalculator} as every report; O(items × years). A year's page is reused from the
 * last plan while the facts it counts are the same.
 */
final class StatsPages {
    private final SiteConfig config;
    private final SiteIndex index;
    private final PlanMemo memo;
    private final PageInfos infos;

    StatsPages(SiteConfig config, SiteIndex index, PlanMemo memo, PageInfos infos) {
        this.config = config;
        this.index = index;
        this.memo = memo;
        this.infos = infos;
    }

    /** One year's statistics and the page that shows them. */
    private record YearPage(Stats stats, PageJob job) {
    }

    /** The pages, newest year first, then the overview. */
    List<PageJob> plan(LocalDateTime now) {
        StatsCalculator calculator = new StatsCalculator(config, new VietnameseText());
        StatsWindowKind kind = config.statsWindow();
        Map<String, String> typeLabels = new LinkedHashMap<>();
        for (ContentType t : ContentType.values()) {
            if (t.counted()) {
                typeLabels.put(t.key(), t.label());
            }
        }
        List<PageJob> jobs = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Stats> allStats = new ArrayList<>();
        for (int year : years(now, kind)) {
            Period window = window(year, kind, now);
            YearPage page = memo.reuse("thong-ke/" + year + "/", new Object[] {window, facts(window, now)},
                    () -> yearPage(calculator, year, window, now, typeLabels));
            allStats.add(page.stats());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", year);
            row.put("path", page.job().path());
            row.put("stats", page.stats());
            rows.add(row);
            jobs.add(page.job());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("typeLabels", typeLabels);
        model.put("windowKind", kind.key());
        model.put("page", infos.of("Thống kê tin, bài đã đăng", "thong-ke/", "stats-index",
                "Số tin, bài của chuyên mục theo từng năm.", List.of(new Link("Trang chủ", ""))));
        jobs.add(memo.job("thong-ke/", new Object[] {allStats, kind}, () -> new PageJob("thong-ke/",
                "stats-index.ftl", model, true)));
        if (config.activitiesPage()) {
            jobs.add(activitiesPage());
        }
        return jobs;
    }

    /** {@code thong-ke/hoat-dong/}: the register of propaganda outside the column, newest first. */
    private PageJob activitiesPage() {
        return memo.job("thong-ke/hoat-dong/", new Object[] {index.records()}, this::activitiesJob);
    }

    private PageJob activitiesJob() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Item item : index.records()) {
            if (item.details() instanceof vn.cchc.site.content.Details.HoatDong hd) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("date", VnDates.shortDate(item.date().toLocalDate()));
                row.put("title", item.title());
                row.put("form", config.activityForms().label(hd.form()));
                row.put("quantity", hd.quantity());
                row.put("participants", hd.participants());
                row.put("url", hd.url() == null ? "" : hd.url());
                rows.add(row);
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("page", infos.of("Hoạt động tuyên truyền ngoài chuyên mục", "thong-ke/hoat-dong/", "activities",
                "Các hoạt động tuyên truyền cải cách hành chính ngoài chuyên mục: phát thanh, băng rôn, hội nghị…",
                List.of(new Link("Trang chủ", ""), new Link("Thống kê", "thong-ke/"))));
        return new PageJob("thong-ke/hoat-dong/", "activities.ftl", model, true);
    }

    /** The reporting years with counted items, and the current one, newest first. */
    private TreeSet<Integer> years(LocalDateTime now, StatsWindowKind kind) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(now.getYear());
        for (Item item : index.visible()) {
            if (item.type().counted() && item.date() != null && item.visibleAt(now)) {
                int y = item.date().getYear();
                years.add(kind == StatsWindowKind.ND09 && item.date().getMonthValue() == 12
                        && item.date().getDayOfMonth() >= 15 ? y + 1 : y);
            }
        }
        return years;
    }

    /** The year's reporting window; the current one ends today. */
    private static Period window(int year, StatsWindowKind kind, LocalDateTime now) {
        return Periods.toDate(Periods.year(year, kind), now.toLocalDate());
    }

    /** What the year's page counts, item by item: its page is made again only when these change. */
    private List<Object> facts(Period window, LocalDateTime now) {
        List<Object> facts = new ArrayList<>();
        for (Item item : index.visible()) {
            if (StatsCalculator.counts(item, window, now)) {
                facts.add(StatsCalculator.facts(item));
            }
        }
        return facts;
    }

    private YearPage yearPage(StatsCalculator calculator, int year, Period period, LocalDateTime now,
                              Map<String, String> typeLabels) {
        Stats stats = calculator.compute(index.visible(), period, now);
        String path = "thong-ke/" + year + "/";
        Map<String, Object> model = new HashMap<>();
        model.put("stats", stats);
        model.put("year", year);
        model.put("chart", MonthlyChart.of(stats.byMonth()));
        model.put("typeLabels", typeLabels);
        Map<String, String> pillarLabels = new LinkedHashMap<>(config.pillars().labels());
        pillarLabels.put(StatsLabels.NO_PILLAR, StatsLabels.NO_PILLAR_LABEL);
        Map<String, String> channelLabels = new LinkedHashMap<>();
        stats.byChannel().keySet().forEach(k -> channelLabels.put(k, StatsLabels.channel(config.channels().labels(), k)));
        model.put("pillarLabels", pillarLabels);
        model.put("channelLabels", channelLabels);
        model.put("figures", Figure.TABLE);
        model.put("tinBai", Figure.TIN_BAI.of(stats));
        model.put("changeLabels", StatsLabels.CHANGE);
        model.put("onlineLabels", StatsLabels.ONLINE);
        model.put("processLabels", StatsLabels.PROCESSES);
        model.put("page", infos.of("Thống kê tin, bài " + period.label(), path, "stats",
                "Số liệu " + period.label() + ": " + stats.total() + " tin, bài, văn bản, thông báo, thủ tục, quy trình.",
                List.of(new Link("Trang chủ", ""), new Link("Thống kê", "thong-ke/"))));
        return new YearPage(stats, new PageJob(path, "stats.ftl", model, true));
    }
}
