package vn.cchc.site.bake;

import vn.cchc.site.check.HtmlSanitizer;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.LoadedContent;
import vn.cchc.site.content.Section;
import vn.cchc.site.content.Slugs;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.search.SearchIndex;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The plan of a site: content + configuration + the build's now → the pages, each a template and the
 * model it shows. A function of its inputs: the same inputs give equal pages whatever was planned before.
 * What it remembers between plans (rendered bodies, views, page jobs, search entries) only saves work,
 * and is keyed by content, not by object identity: a file read again into an equal {@link Item} reuses
 * its body and views; a changed one is processed again. One instance per {@link Baker}.
 */
final class SitePlanner {
    private final VietnameseText text = new VietnameseText();
    /** Last plan's rendered bodies and views, by content file; reused while the file's item is equal. */
    private Map<String, Known> known = new HashMap<>();
    /** Page jobs of the last plan, reused when what they show is the same. */
    private final PlanMemo memo = new PlanMemo();
    /** Slugs of the tags seen so far (a handful of distinct tags, used by thousands of items). */
    private final Map<String, String> tagSlugs = new ConcurrentHashMap<>();
    /** The search index keeps the entries of unchanged items between plans. */
    private final SearchIndex search = new SearchIndex();

    /** What is known of one content file: its item, rendered body, and views (null until planned). */
    private record Known(Item item, RenderedBody body, Views views) {
        boolean of(Item other) {
            return item == other || item.equals(other);
        }
    }

    /** An item's views in one plan, and the linked items its full view shows (procedures and processes). */
    private record Views(ItemView full, ItemView summary, boolean scheduled, Object links) {
    }

    /** The site indexed and its visible bodies rendered (Markdown → sanitised HTML), in plan order. */
    record Indexed(SiteIndex index, Map<Item, RenderedBody> bodies) {
    }

    /** Forgets everything remembered (the configuration changed). */
    void clear() {
        known = new HashMap<>();
        memo.clear();
    }

    /** Indexes {@code content} once and renders the bodies of the visible items (phases "lập chỉ mục", "phân tích"). */
    Indexed index(SiteConfig config, LoadedContent content, Path source, BakeOptions options, Timings timings) {
        SiteIndex index = timings.time("lập chỉ mục", () -> new SiteIndex(content.items(), options.time().local(),
                options.preview(), config.pillars().keys(), text, tag -> tagSlugs.computeIfAbsent(tag, Slugs::slugify)));
        BodyProcessor processor = new BodyProcessor(new MarkdownRenderer(), new HtmlSanitizer(config.embedHosts()),
                new ImageSizes(source.resolve("assets")));
        Map<String, Known> before = known;
        Map<Item, RenderedBody> bodies = timings.time("phân tích", () -> {
            List<Item> visible = index.visible();
            RenderedBody[] out = new RenderedBody[visible.size()];
            IntStream.range(0, out.length).parallel().forEach(n -> {
                Item item = visible.get(n);
                Known last = before.get(item.file());
                out[n] = last != null && last.of(item) ? last.body() : processor.process(item);
            });
            // within one plan items are distinct objects: identity is exact, and cheaper than hashing records
            Map<Item, RenderedBody> map = new IdentityHashMap<>(out.length * 2);
            for (int n = 0; n < out.length; n++) {
                map.put(visible.get(n), out[n]);
            }
            return map;
        });
        return new Indexed(index, bodies);
    }

    /** The pages of the site, sitemap last (phases "lập kế hoạch: …"). */
    List<PageJob> pages(SiteConfig config, Indexed indexed, BakeOptions options, Timings timings) {
        LocalDateTime now = options.time().local();
        SiteIndex index = indexed.index();
        Map<Item, ItemView> views = new IdentityHashMap<>();
        Map<Item, ItemView> summaries = new IdentityHashMap<>();
        timings.run("lập kế hoạch: bài", () -> makeViews(config, indexed, now, views, summaries));
        PagePlanner planner = new PagePlanner(config, index, summaries::get, views::get, search, memo);
        List<PageJob> jobs = new ArrayList<>(timings.time("lập kế hoạch: trang", planner::plan));
        if (config.statsPage()) {
            jobs.addAll(timings.time("lập kế hoạch: thống kê", () -> planner.statsPages(now)));
        }
        jobs.add(planner.sitemap(jobs, lastModified(index)));
        memo.finish();
        return jobs;
    }

    /** Makes the full and list views of every visible item, reusing last plan's for equal items. */
    private void makeViews(SiteConfig config, Indexed indexed, LocalDateTime now, Map<Item, ItemView> views,
                           Map<Item, ItemView> summaries) {
        ViewFactory factory = new ViewFactory(config, indexed.index(), now);
        Map<String, Known> before = known;
        List<Item> visible = indexed.index().visible();
        // views are made in parallel, in order (the factory and the maps read here are not written meanwhile)
        List<Views> made = visible.parallelStream().map(item -> {
            Known last = before.get(item.file());
            Views pair = last != null && last.of(item) ? last.views() : null;
            // an equal item reuses its views, so page models are made from, and compare by, the same instances
            boolean scheduled = item.scheduledAfter(now);
            Object links = factory.links(item);
            if (pair == null || pair.scheduled() != scheduled || !PlanMemo.same(pair.links(), links)) {
                ItemView view = factory.view(item, indexed.bodies().get(item));
                pair = pair != null && pair.full().equals(view)
                        ? new Views(pair.full(), pair.summary(), scheduled, links)
                        : new Views(view, view.withoutBody(), scheduled, links);
            }
            return pair;
        }).toList();
        Map<String, Known> current = new HashMap<>(made.size() * 2);
        for (int n = 0; n < made.size(); n++) {
            Item item = visible.get(n);
            current.put(item.file(), new Known(item, indexed.bodies().get(item), made.get(n)));
            views.put(item, made.get(n).full());
            summaries.put(item, made.get(n).summary());
        }
        known = current;
    }

    private static Map<String, String> lastModified(SiteIndex index) {
        Map<String, String> out = new HashMap<>();
        for (Item item : index.visible()) {
            if (item.date() != null) {
                out.put(item.path(), item.date().toLocalDate().toString());
            }
        }
        return out;
    }

    /** The model every page shares: the site (ward, navigation, year) and the list of static pages. */
    static Map<String, Object> sharedModel(SiteConfig config, SiteIndex index, BakeOptions options) {
        List<Link> nav = new ArrayList<>();
        nav.add(new Link("Trang chủ", ""));
        for (Section s : Section.values()) {
            if (s.listed()) {
                nav.add(new Link(s.title(), s.slug() + "/"));
            }
        }
        if (config.statsPage()) {
            nav.add(new Link("Thống kê", "thong-ke/"));
        }
        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("site", new SiteView(config.title(), config.ward(), config.parent(), config.baseUrl(),
                config.address(), config.hotline(), config.email(), List.copyOf(nav), config.statsPage(),
                options.time().local().getYear(), options.preview(), config.logo()));
        shared.put("trangList", index.section(Section.TRANG).stream()
                .map(i -> new Link(i.title(), i.path())).toList());
        return shared;
    }
}
