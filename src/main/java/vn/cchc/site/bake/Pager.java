package vn.cchc.site.bake;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a list page stands among the pages of its list. Only a window of page links is kept
 * (first, last, and two on each side of the current one, with gaps between), so a list of
 * hundreds of pages costs the same per page as a short one.
 *
 * @param current  1-based number of this page
 * @param total    number of pages
 * @param previous path of the previous page, or null
 * @param next     path of the next page, or null
 * @param pages    the page links to show, in order, gaps included
 */
public record Pager(int current, int total, String previous, String next, List<Entry> pages) {
    /** Pages shown on each side of the current one. */
    static final int SPREAD = 2;

    /**
     * One position of the page bar.
     *
     * @param number  page number (0 for a gap)
     * @param path    site-relative path of the page, or null for a gap
     * @param current whether it is the page being shown
     */
    public record Entry(int number, String path, boolean current) {
        public boolean gap() {
            return path == null;
        }
    }

    /** Path of page {@code n} of the list at {@code base}: {@code base} itself, then {@code base/trang/n/}. */
    public static String pagePath(String base, int n) {
        return n == 1 ? base : base + "trang/" + n + "/";
    }

    public static Pager of(String base, int current, int total) {
        List<Entry> pages = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= total; n++) {
            boolean shown = n == 1 || n == total || Math.abs(n - current) <= SPREAD;
            if (!shown) {
                continue;
            }
            if (n > last + 1) {
                pages.add(new Entry(0, null, false));
            }
            pages.add(new Entry(n, pagePath(base, n), n == current));
            last = n;
        }
        return new Pager(current, total, current > 1 ? pagePath(base, current - 1) : null,
                current < total ? pagePath(base, current + 1) : null, List.copyOf(pages));
    }
}
