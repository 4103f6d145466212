package vn.cchc.site.bake;

import java.util.List;

/**
 * Where a list page stands among the pages of its list.
 *
 * @param current  1-based number of this page
 * @param total    number of pages
 * @param previous path of the previous page, or null
 * @param next     path of the next page, or null
 * @param pages    a link per page ({@link Link#label()} is the number)
 */
public record Pager(int current, int total, String previous, String next, List<Link> pages) {

    /** Path of page {@code n} of the list at {@code base}: {@code base} itself, then {@code base/trang/n/}. */
    public static String pagePath(String base, int n) {
        return n == 1 ? base : base + "trang/" + n + "/";
    }

    public static Pager of(String base, int current, int total) {
        List<Link> pages = new java.util.ArrayList<>();
        for (int n = 1; n <= total; n++) {
            pages.add(new Link(String.valueOf(n), pagePath(base, n)));
        }
        return new Pager(current, total, current > 1 ? pagePath(base, current - 1) : null,
                current < total ? pagePath(base, current + 1) : null, List.copyOf(pages));
    }
}
