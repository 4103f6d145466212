package vn.cchc.site.bake;

import java.util.List;

/**
 * What every page tells its layout.
 *
 * @param title       page title (without the site name)
 * @param path        site-relative path of the page
 * @param kind        page kind: home, list, item, terms, archive, stats, search, page, error
 * @param description one-sentence summary for search engines and sharing
 * @param breadcrumbs trail from the home page to this page's parent
 * @param image       site-relative path of the sharing image
 * @param structuredData JSON-LD for the page, or empty
 */
public record PageInfo(String title, String path, String kind, String description, List<Link> breadcrumbs,
                       String image, String structuredData) {
}
