package vn.cchc.site.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import vn.cchc.site.core.Problem;

/**
 * The link check of template output: every rendered page is scanned while it is rendered
 * ({@link #page}, safe to call from many threads), links to anchors of other pages are checked
 * once all pages are written ({@link #problems}), and each broken link becomes one error naming
 * the template and a page that shows it, once per template and link (a broken menu link would
 * otherwise be listed once for every page). See {@link PageLinkScanner} for what is checked and
 * why it is a scan rather than a Jsoup parse.
 */
public final class TemplateLinkCheck {
    private final PageLinkScanner scanner;
    private final ConcurrentLinkedQueue<Found> broken = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Found> anchors = new ConcurrentLinkedQueue<>();
    private final Map<String, Set<String>> idsOfPage = new ConcurrentHashMap<>();

    public TemplateLinkCheck(LinkTargets targets) {
        this.scanner = new PageLinkScanner(targets);
    }

    /** A link found on a page rendered from a template; {@code anchor} is set for another page's {@code #id}. */
    private record Found(String template, String page, String link, PageLinkScanner.Anchor anchor) {
    }

    /**
     * Checks the links of a rendered HTML page.
     *
     * @param template the template file name, relative to {@code templates/}
     * @param page     the page's site path ({@code tin-tuc/abc/})
     * @param html     what the template rendered
     */
    public void page(String template, String page, String html) {
        PageLinkScanner.Scan scan = scanner.scan(page, html);
        idsOfPage.put(page, scan.ids());
        for (String link : scan.broken()) {
            broken.add(new Found(template, page, link, null));
        }
        for (PageLinkScanner.Anchor anchor : scan.anchors()) {
            anchors.add(new Found(template, page, anchor.link(), anchor));
        }
    }

    /**
     * Checks the anchors of other pages, then lists every broken link.
     *
     * @param htmlOfOtherPage the HTML of a page that was not given to {@link #page} in this build (a
     *                        warm rebuild renders only what changed), by site path, or null if unknown
     */
    public List<Problem> problems(Function<String, String> htmlOfOtherPage) {
        List<Found> all = new ArrayList<>(broken);
        Map<String, Set<String>> known = new HashMap<>(idsOfPage);
        for (Found f : anchors) {
            Set<String> ids = known.computeIfAbsent(f.anchor().page(), p -> {
                String html = htmlOfOtherPage.apply(p);
                return html == null ? UNKNOWN : PageLinkScanner.idsOf(html);
            });
            if (ids != UNKNOWN && !ids.contains(f.anchor().fragment())) {
                all.add(f);
            }
        }
        return summarise(all);
    }

    /** The ids of a page that could not be read: its anchors are not checked. */
    private static final Set<String> UNKNOWN = Set.of("\u0000");

    private static List<Problem> summarise(List<Found> found) {
        Map<String, List<Found>> byKey = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparing(Found::template).thenComparing(Found::page)
                        .thenComparing(Found::link))
                .forEach(f -> byKey.computeIfAbsent(f.template() + "\u0000" + key(f), k -> new ArrayList<>()).add(f));
        List<Problem> out = new ArrayList<>();
        for (List<Found> group : byKey.values()) {
            Found first = group.get(0);
            String others = group.size() > 1 ? " (và " + (group.size() - 1) + " trang khác)" : "";
            String what = first.anchor() != null
                    ? "trỏ tới mục #" + first.anchor().fragment() + " không có trong trang /" + first.anchor().page()
                    : LinkRules.leavesSite(first.link())
                    ? "là địa chỉ ngoài sai định dạng (thiếu tên miền hoặc có dấu cách)"
                    : "không trỏ tới trang hoặc tệp nào của trang web";
            out.add(Problem.error("templates/" + first.template(), 0, "Trang /" + first.page() + others
                    + " có liên kết \"" + first.link() + "\" " + what + ". Sửa mẫu trang."));
        }
        return out;
    }

    /** Groups the same link seen from pages at different depths ({@code ../../x/} and {@code ../x/}). */
    private static String key(Found f) {
        if (f.anchor() != null) {
            return f.anchor().page() + "#" + f.anchor().fragment();
        }
        String link = f.link();
        while (link.startsWith("../")) {
            link = link.substring(3);
        }
        return link;
    }
}
