package vn.cchc.site.bake;

import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.Section;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.content.VnDates;
import vn.cchc.site.search.SearchIndex;

import java.time.LocalDateTime;
import java.time.YearMonth;
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
    private final PageInfos infos;
    private final ListPages lists;
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
        this.infos = new PageInfos(config);
        this.lists = new ListPages(config, summaries, memo, infos);
    }

    public List<PageJob> plan() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(home());
        jobs.add(embed());
        for (Section section : Section.values()) {
            if (section.listed()) {
                lists.paginate(jobs, section.slug() + "/", section.title(), "list.ftl", section.slug(),
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
        jobs.add(new PageJob("404.html", "404.ftl", Map.of("page", infos.of("Không tìm thấy trang", "404.html", "error",
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

    /** The statistics pages ({@link StatsPages}). */
    public List<PageJob> statsPages(LocalDateTime now) {
        return new StatsPages(config, index, memo, infos).plan(now);
    }

    /** The search page and its index script (visible items only). */
    private List<PageJob> search() {
        List<List<String>> entries = search.entries(index.visible(), item -> views.apply(item).summary());
        Map<String, Object> model = new HashMap<>();
        model.put("page", infos.of("Tìm kiếm", "tim-kiem/", "search", "Tìm thủ tục hành chính, tin, bài, văn bản.",
                List.of(new Link("Trang chủ", ""))));
        return List.of(new PageJob("tim-kiem/", "search.ftl", model, true),
                memo.job("tim-kiem/chi-muc.js", new Object[] {entries}, () -> new PageJob("tim-kiem/chi-muc.js",
                        "search-index.js.ftl", Map.of("script", search.script(entries)), false)));
    }

    /**
     * The home page: a featured news item (the newest of the latest few that has an image, else the
     * newest), then the latest items of each section, the featured one left out of the news list.
     */
    private PageJob home() {
        Map<String, Object> model = new HashMap<>();
        List<Item> news = index.section(Section.TIN_TUC);
        Item featured = news.stream().limit(HOME_LATEST).filter(i -> !i.image().isEmpty()).findFirst()
                .orElse(news.isEmpty() ? null : news.get(0));
        if (featured != null) {
            model.put("featured", views.apply(featured));
        }
        model.put("latest", latest(HOME_LATEST, featured));
        model.put("sections", sectionLinks());
        model.put("pillars", pillarLinks());
        model.put("page", infos.of(config.title(), "", "home", config.title() + " – " + config.ward()
                + ": tin tức, văn bản, thủ tục hành chính và quy trình ISO.", List.of()));
        return new PageJob("", "index.ftl", model, true);
    }

    /** The newest {@code n} items of each listed section, by section slug. */
    /** The newest {@code n} items of each listed section, {@code leftOut} (or null) left out. */
    private Map<String, List<ItemView>> latest(int n, Item leftOut) {
        Map<String, List<ItemView>> latest = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            if (s.listed()) {
                List<Item> items = index.section(s);
                if (s == Section.THU_TUC || s == Section.QUY_TRINH) {
                    items = index.visible().stream().filter(i -> i.type().section() == s).limit(n).toList();
                }
                latest.put(s.slug(), items.stream().filter(i -> i != leftOut).limit(n).map(views).toList());
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
        model.put("latest", latest(EMBED_LATEST, null));
        model.put("sections", sectionLinks());
        model.put("page", infos.of(config.title(), EMBED_PATH, "embed", "Tin, bài mới nhất của chuyên mục " + config.title()
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
        model.put("page", infos.ofItem(view, item.title(), item.path(), crumbs));
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
            lists.paginate(jobs, "luu-tru/" + year + "/", "Lưu trữ năm " + year, "list.ftl", "archive", y.getValue(),
                    List.of(new Link("Lưu trữ", "luu-tru/")));
        }
        for (Map.Entry<YearMonth, List<Item>> m : index.byMonth().entrySet()) {
            YearMonth month = m.getKey();
            lists.paginate(jobs, monthPath(month), "Lưu trữ " + VietnameseText.inSentence(VnDates.monthLabel(month)), "list.ftl",
                    "archive", m.getValue(), List.of(new Link("Lưu trữ", "luu-tru/"),
                            new Link("Năm " + month.getYear(), "luu-tru/" + month.getYear() + "/")));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("years", years);
        model.put("page", infos.of("Lưu trữ theo thời gian", "luu-tru/", "archive-index",
                "Tin, bài đã đăng theo năm và tháng.", List.of(new Link("Trang chủ", ""))));
        jobs.add(new PageJob("luu-tru/", "archives.ftl", model, true));
    }

    private static String monthPath(YearMonth m) {
        return String.format("luu-tru/%d/%02d/", m.getYear(), m.getMonthValue());
    }

    private void pillars(List<PageJob> jobs) {
        for (Map.Entry<String, List<Item>> p : index.byPillar().entrySet()) {
            lists.paginate(jobs, "chuyen-de/" + p.getKey() + "/", config.pillars().label(p.getKey()), "list.ftl", "pillar",
                    p.getValue(), List.of(new Link("Chuyên đề", "chuyen-de/")));
        }
        jobs.add(lists.terms("chuyen-de/", "Chuyên đề cải cách hành chính", pillarLinks(),
                "Tin, bài theo các nội dung cải cách hành chính."));
    }

    private void tags(List<PageJob> jobs) {
        List<Link> links = new ArrayList<>();
        for (SiteIndex.Tag tag : index.byTag().values()) {
            String path = "the/" + tag.slug() + "/";
            links.add(new Link(tag.label(), path, tag.items().size()));
            lists.paginate(jobs, path, "Thẻ: " + tag.label(), "list.ftl", "tag", tag.items(),
                    List.of(new Link("Thẻ", "the/")));
        }
        jobs.add(lists.terms("the/", "Tất cả các thẻ", links, "Danh sách thẻ (từ khóa) của tin, bài."));
    }

    private List<ItemView> feedItems() {
        return index.visible().stream().filter(i -> i.type() != ContentType.TRANG).limit(FEED_SIZE).map(views).toList();
    }
}
