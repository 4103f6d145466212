package vn.cchc.site.bake;

import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.Details;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Paginated lists of items (sections, archives, pillars, tags) and the index pages of terms: each list
 * is sliced into pages of {@code page_size} items, each page a job reused from the last plan when what it
 * shows is the same.
 */
final class ListPages {
    private final SiteConfig config;
    private final Function<Item, ItemView> views;
    private final PlanMemo memo;
    private final PageInfos infos;

    /** @param views list views of items (body left out) */
    ListPages(SiteConfig config, Function<Item, ItemView> views, PlanMemo memo, PageInfos infos) {
        this.config = config;
        this.views = views;
        this.memo = memo;
        this.infos = infos;
    }

    /** Adds to {@code jobs} the pages of the list of {@code items} at {@code base} ({@code base}, then {@code base/trang/N/}). */
    void paginate(List<PageJob> jobs, String base, String title, String template, String listKind,
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

    /** The index page of a set of terms (pillars, tags), each a link with its count. */
    PageJob terms(String path, String title, List<Link> terms, String description) {
        Map<String, Object> model = new HashMap<>();
        model.put("terms", terms);
        model.put("page", infos.of(title, path, "terms", description, List.of(new Link("Trang chủ", ""))));
        return new PageJob(path, "terms.ftl", model, true);
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
        model.put("page", infos.of(pageTitle, path, "list", title + ": " + count + " mục.", pageCrumbs));
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

    private static List<Link> append(List<Link> list, Link link) {
        List<Link> out = new ArrayList<>(list);
        out.add(link);
        return out;
    }
}
