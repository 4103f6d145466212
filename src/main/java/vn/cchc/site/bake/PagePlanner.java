package vn.cchc.site.bake;

import vn.cchc.site.config.SiteConfig;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.Details;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.Section;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.content.VnDates;
import vn.cchc.site.config.StatsWindowKind;
import vn.cchc.site.stats.Figure;
import vn.cchc.site.stats.MonthlyChart;
import vn.cchc.site.stats.Period;
import vn.cchc.site.stats.Periods;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsCalculator;
import vn.cchc.site.stats.StatsLabels;
import vn.cchc.site.search.SearchIndex;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides every page of the site and its model, from the {@link SiteIndex}: home, section lists,
 * item pages, archives by year and month, pillar and tag pages (all paginated), the feed, 404 and
 * the sitemap. Each list is sliced once; no page looks at the whole collection.
 */
public final class PagePlanner {
    /** Items per section shown on the home page. */
    static final int HOME_LATEST = 5;
    /** Items per section on the embeddable page. */
    static final int EMBED_LATEST = 3;
    /** Path of the embeddable page. */
    public static final String EMBED_PATH = "nhung/";
    /** Items in the RSS feed. */
    static final int FEED_SIZE = 30;

    private final SiteConfig config;
    private final SiteIndex index;
    /** Views for lists: no body, so a list page's model changes only when what it shows changes. */
    private final Function<Item, ItemView> views;
    /** Full views, body included, for item pages. */
    private final Function<Item, ItemView> fullViews;
    private final StructuredData structuredData;
    private final SearchIndex search;
    /** Jobs of the previous plan of a warm Baker, reused when their inputs are the same. */
    private final PlanMemo memo;

    public PagePlanner(SiteConfig config, SiteIndex index, Function<Item, ItemView> views) {
        this(config, index, views, views);
    }

    /**
     * @param summaries views shown in lists (body left out)
     * @param full      views shown on item pages
     */
    public PagePlanner(SiteConfig config, SiteIndex index, Function<Item, ItemView> summaries,
                       Function<Item, ItemView> full) {
        this(config, index, summaries, full, new SearchIndex());
    }

    /** @param search the search index builder (kept between warm bakes, it reuses unchanged entries) */
    public PagePlanner(SiteConfig config, SiteIndex index, Function<Item, ItemView> summaries,
                       Function<Item, ItemView> full, SearchIndex search) {
        this(config, index, summaries, full, search, new PlanMemo());
    }

    PagePlanner(SiteConfig config, SiteIndex index, Function<Item, ItemView> summaries,
                Function<Item, ItemView> full, SearchIndex search, PlanMemo memo) {
        this.memo = memo;
        this.search = search;
        this.config = config;
        this.index = index;
        this.views = summaries;
        this.fullViews = full;
        this.structuredData = new StructuredData(config);
    }

    public List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(home());
        jobs.add(embed());
        for (Section section : Section.values()) {
            if (section.listed()) {
                paginate(jobs, section.slug() + "/", section.title(), "list.ftl", section.slug(),
                        index.section(section), List.of());
            }
        }
        // item pages are independent of each other: planned in parallel, kept in order
        jobs.addAll(index.visible().parallelStream().map(this::itemPage).toList());
        archives(jobs);
        pillars(jobs);
        tags(jobs);
        jobs.add(new PageJob("rss.xml", "feed.xml.ftl", Map.of("items", feedItems()), false));
        jobs.addAll(search());
        jobs.add(new PageJob("404.html", "404.ftl", Map.of("page", info("Không tìm thấy trang", "404.html", "error",
                "Trang bạn tìm không tồn tại hoặc đã được chuyển.", List.of())), false));
        return jobs;
    }

    /** The sitemap job, listing the pages of {@code jobs} that belong in it. */
    public PageJob sitemap(List<PageJob> jobs, Map<String, String> lastModified) {
        List<String> paths = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (PageJob job : jobs) {
            if (job.listed()) {
                paths.add(job.path());
                dates.add(lastModified.getOrDefault(job.path(), ""));
            }
        }
        return memo.job("sitemap.xml", new Object[] {paths, dates}, () -> {
            List<Map<String, String>> urls = new ArrayList<>(paths.size());
            for (int i = 0; i < paths.size(); i++) {
                Map<String, String> url = new LinkedHashMap<>();
                url.put("loc", config.absolute(paths.get(i)));
                url.put("lastmod", dates.get(i));
                urls.add(url);
            }
            return new PageJob("sitemap.xml", "sitemap.xml.ftl", Map.of("urls", urls), false);
        });
    }

    /**
     * The statistics pages: {@code thong-ke/} (every year at a glance) and {@code thong-ke/YYYY/}
     * (one window in full: per type, per month as an SVG chart, breakdowns, targets, the annex).
     * Counted with the same {@link StatsCalculator} as every report; O(items × years).
     */
    public List<PageJob> statsPages(LocalDateTime now) {
        StatsCalculator calculator = new StatsCalculator(config, new VietnameseText());
        StatsWindowKind kind = config.statsWindow();
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(Comparator.reverseOrder());
        years.add(now.getYear());
        for (Item item : index.visible()) {
            if (item.type().counted() && item.date() != null && item.visibleAt(now)) {
                int y = item.date().getYear();
                years.add(kind == StatsWindowKind.ND09 && item.date().getMonthValue() == 12
                        && item.date().getDayOfMonth() >= 15 ? y + 1 : y);
            }
        }
        List<PageJob> jobs = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, String> typeLabels = new LinkedHashMap<>();
        for (ContentType t : ContentType.values()) {
            if (t.counted()) {
                typeLabels.put(t.key(), t.label());
            }
        }
        List<Stats> allStats = new ArrayList<>();
        for (int year : years) {
            Period period = Periods.year(year, kind);
            period = Periods.toDate(period, now.toLocalDate());
            List<Object> facts = new ArrayList<>();
            for (Item item : index.visible()) {
                if (StatsCalculator.counts(item, period, now)) {
                    facts.add(StatsCalculator.facts(item));
                }
            }
            Period window = period;
            YearPage page = memo.reuse("thong-ke/" + year + "/", new Object[] {window, facts},
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
        model.put("page", info("Thống kê tin, bài đã đăng", "thong-ke/", "stats-index",
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
        model.put("page", info("Hoạt động tuyên truyền ngoài chuyên mục", "thong-ke/hoat-dong/", "activities",
                "Các hoạt động tuyên truyền cải cách hành chính ngoài chuyên mục: phát thanh, băng rôn, hội nghị…",
                List.of(new Link("Trang chủ", ""), new Link("Thống kê", "thong-ke/"))));
        return new PageJob("thong-ke/hoat-dong/", "activities.ftl", model, true);
    }

    /** One year's statistics and the page that shows them. */
    private record YearPage(Stats stats, PageJob job) {
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
        model.put("page", info("Thống kê tin, bài " + period.label(), path, "stats",
                "Số liệu " + period.label() + ": " + stats.total() + " tin, bài, văn bản, thông báo, thủ tục, quy trình.",
                List.of(new Link("Trang chủ", ""), new Link("Thống kê", "thong-ke/"))));
        return new YearPage(stats, new PageJob(path, "stats.ftl", model, true));
    }

    /** The search page and its index script (visible items only). */
    private List<PageJob> search() {
        List<List<String>> entries = search.entries(index.visible(), item -> views.apply(item).summary());
        Map<String, Object> model = new HashMap<>();
        model.put("page", info("Tìm kiếm", "tim-kiem/", "search", "Tìm thủ tục hành chính, tin, bài, văn bản.",
                List.of(new Link("Trang chủ", ""))));
        return List.of(new PageJob("tim-kiem/", "search.ftl", model, true),
                memo.job("tim-kiem/chi-muc.js", new Object[] {entries}, () -> new PageJob("tim-kiem/chi-muc.js",
                        "search-index.js.ftl", Map.of("script", search.script(entries)), false)));
    }

    private PageJob home() {
        Map<String, Object> model = new HashMap<>();
        model.put("latest", latest(HOME_LATEST));
        model.put("sections", sectionLinks());
        model.put("pillars", pillarLinks());
        model.put("page", info(config.title(), "", "home", config.title() + " – " + config.ward()
                + ": tin tức, văn bản, thủ tục hành chính và quy trình ISO.", List.of()));
        return new PageJob("", "index.ftl", model, true);
    }

    /** The newest {@code n} items of each listed section, by section slug. */
    private Map<String, List<ItemView>> latest(int n) {
        Map<String, List<ItemView>> latest = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            if (s.listed()) {
                List<Item> items = index.section(s);
                if (s == Section.THU_TUC || s == Section.QUY_TRINH) {
                    items = index.visible().stream().filter(i -> i.type().section() == s).limit(n).toList();
                }
                latest.put(s.slug(), items.stream().limit(n).map(views).toList());
            }
        }
        return latest;
    }

    /**
     * {@code nhung/}: the newest items of each section on a page small enough for an {@code <iframe>}
     * in the ward portal's link or banner module. Not in the sitemap; the template marks it noindex.
     */
    private PageJob embed() {
        Map<String, Object> model = new HashMap<>();
        model.put("latest", latest(EMBED_LATEST));
        model.put("sections", sectionLinks());
        model.put("page", info(config.title(), EMBED_PATH, "embed", "Tin, bài mới nhất của chuyên mục " + config.title()
                + ".", List.of()));
        return new PageJob(EMBED_PATH, "embed.ftl", model, false);
    }

    private List<Link> sectionLinks() {
        List<Link> out = new ArrayList<>();
        for (Section s : Section.values()) {
            if (s.listed()) {
                out.add(new Link(s.title(), s.slug() + "/", index.section(s).size()));
            }
        }
        return out;
    }

    private List<Link> pillarLinks() {
        List<Link> out = new ArrayList<>();
        index.byPillar().forEach((key, items) ->
                out.add(new Link(config.pillars().label(key), "chuyen-de/" + key + "/", items.size())));
        return out;
    }

    private PageJob itemPage(Item item) {
        ItemView view = fullViews.apply(item);
        Item older = index.older(item);
        Item newer = index.newer(item);
        return memo.job(item.path(), new Object[] {view, older, newer}, () -> itemPage(item, view, older, newer));
    }

    private PageJob itemPage(Item item, ItemView view, Item older, Item newer) {
        Map<String, Object> model = new HashMap<>();
        model.put("item", view);
        if (item.type() != ContentType.TRANG) {
            if (older != null) {
                model.put("older", new Link(older.title(), older.path()));
            }
            if (newer != null) {
                model.put("newer", new Link(newer.title(), newer.path()));
            }
        }
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(new Link("Trang chủ", ""));
        Section s = item.type().section();
        if (s.listed()) {
            crumbs.add(new Link(s.title(), s.slug() + "/"));
        }
        String image = view.image() != null ? view.image() : DEFAULT_IMAGE;
        model.put("page", new PageInfo(item.title(), item.path(), "item", view.summary(), crumbs, image,
                structuredData.of(view, item.path(), item.title(), crumbs, image)));
        return new PageJob(item.path(), item.type() == ContentType.TRANG ? "page.ftl" : "item.ftl", model, true);
    }

    private void archives(List<PageJob> jobs) {
        List<Map<String, Object>> years = new ArrayList<>();
        for (Map.Entry<Integer, List<Item>> y : index.byYear().entrySet()) {
            int year = y.getKey();
            List<Link> months = new ArrayList<>();
            index.byMonth().forEach((month, items) -> {
                if (month.getYear() == year) {
                    months.add(new Link(VnDates.monthLabel(month), monthPath(month), items.size()));
                }
            });
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", new Link("Năm " + year, "luu-tru/" + year + "/", y.getValue().size()));
            row.put("months", months);
            years.add(row);
            paginate(jobs, "luu-tru/" + year + "/", "Lưu trữ năm " + year, "list.ftl", "archive", y.getValue(),
                    List.of(new Link("Lưu trữ", "luu-tru/")));
        }
        for (Map.Entry<YearMonth, List<Item>> m : index.byMonth().entrySet()) {
            YearMonth month = m.getKey();
            paginate(jobs, monthPath(month), "Lưu trữ " + VietnameseText.inSentence(VnDates.monthLabel(month)), "list.ftl",
                    "archive", m.getValue(), List.of(new Link("Lưu trữ", "luu-tru/"),
                            new Link("Năm " + month.getYear(), "luu-tru/" + month.getYear() + "/")));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("years", years);
        model.put("page", info("Lưu trữ theo thời gian", "luu-tru/", "archive-index",
                "Tin, bài đã đăng theo năm và tháng.", List.of(new Link("Trang chủ", ""))));
        jobs.add(new PageJob("luu-tru/", "archives.ftl", model, true));
    }

    private static String monthPath(YearMonth m) {
        return String.format("luu-tru/%d/%02d/", m.getYear(), m.getMonthValue());
    }

    private void pillars(List<PageJob> jobs) {
        for (Map.Entry<String, List<Item>> p : index.byPillar().entrySet()) {
            paginate(jobs, "chuyen-de/" + p.getKey() + "/", config.pillars().label(p.getKey()), "list.ftl", "pillar",
                    p.getValue(), List.of(new Link("Chuyên đề", "chuyen-de/")));
        }
        jobs.add(terms("chuyen-de/", "Chuyên đề cải cách hành chính", pillarLinks(),
                "Tin, bài theo các nội dung cải cách hành chính."));
    }

    private void tags(List<PageJob> jobs) {
        List<Link> links = new ArrayList<>();
        for (SiteIndex.Tag tag : index.byTag().values()) {
            String path = "the/" + tag.slug() + "/";
            links.add(new Link(tag.label(), path, tag.items().size()));
            paginate(jobs, path, "Thẻ: " + tag.label(), "list.ftl", "tag", tag.items(),
                    List.of(new Link("Thẻ", "the/")));
        }
        jobs.add(terms("the/", "Tất cả các thẻ", links, "Danh sách thẻ (từ khóa) của tin, bài."));
    }

    private PageJob terms(String path, String title, List<Link> terms, String description) {
        Map<String, Object> model = new HashMap<>();
        model.put("terms", terms);
        model.put("page", info(title, path, "terms", description, List.of(new Link("Trang chủ", ""))));
        return new PageJob(path, "terms.ftl", model, true);
    }

    private void paginate(List<PageJob> jobs, String base, String title, String template, String listKind,
                          List<Item> items, List<Link> parents) {
        int size = config.pageSize();
        int total = Math.max(1, (items.size() + size - 1) / size);
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(new Link("Trang chủ", ""));
        crumbs.addAll(parents);
        for (int n = 1; n <= total; n++) {
            List<Item> slice = items.subList(Math.min(items.size(), (n - 1) * size), Math.min(items.size(), n * size));
            List<ItemView> pageItems = slice.stream().map(views).toList();
            int page = n;
            jobs.add(memo.job(Pager.pagePath(base, n), new Object[] {title, template, listKind, items.size(), total,
                    parents, pageItems}, () -> listPage(base, title, template, listKind, items.size(), page, total,
                    crumbs, slice, pageItems)));
        }
    }

    private PageJob listPage(String base, String title, String template, String listKind, int count, int n, int total,
                             List<Link> crumbs, List<Item> slice, List<ItemView> pageItems) {
        Map<String, Object> model = new HashMap<>();
        model.put("items", pageItems);
        model.put("listKind", listKind);
        model.put("total", count);
        model.put("pager", Pager.of(base, n, total));
        if (listKind.equals(Section.THU_TUC.slug())) {
            model.put("groups", groupByField(slice));
        }
        String path = Pager.pagePath(base, n);
        String pageTitle = n == 1 ? title : title + " – trang " + n;
        List<Link> pageCrumbs = n == 1 ? crumbs : append(crumbs, new Link(title, base));
        model.put("page", info(pageTitle, path, "list", title + ": " + count + " mục.", pageCrumbs));
        return new PageJob(path, template, model, true);
    }

    private List<Map<String, Object>> groupByField(List<Item> slice) {
        Map<String, List<ItemView>> groups = new LinkedHashMap<>();
        for (Item item : slice) {
            String field = ((Details.ThuTuc) item.details()).field();
            groups.computeIfAbsent(field, f -> new ArrayList<>()).add(views.apply(item));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        groups.forEach((field, items) -> out.add(Map.of("field", field, "items", items)));
        return out;
    }

    private List<ItemView> feedItems() {
        return index.visible().stream().filter(i -> i.type() != ContentType.TRANG).limit(FEED_SIZE).map(views).toList();
    }

    private static List<Link> append(List<Link> list, Link link) {
        List<Link> out = new ArrayList<>(list);
        out.add(link);
        return out;
    }

    /** The column's sharing image, used where a page has none of its own. */
    static final String DEFAULT_IMAGE = "anh/chia-se-mac-dinh.png";

    private PageInfo info(String title, String path, String kind, String description, List<Link> crumbs) {
        return new PageInfo(title, path, kind, description, crumbs, DEFAULT_IMAGE,
                structuredData.of(null, path, title, crumbs, DEFAULT_IMAGE));
    }
}
