package vn.cchc.site.bake;

import vn.cchc.site.core.SiteConfig;

import java.util.List;

/** Makes the {@link PageInfo} of a page (title, path, breadcrumbs, sharing image, JSON-LD). */
final class PageInfos {
    /** The column's sharing image, used where a page has none of its own. */
    static final String DEFAULT_IMAGE = "anh/chia-se-mac-dinh.png";

    private final StructuredData structuredData;

    PageInfos(SiteConfig config) {
        this.structuredData = new StructuredData(config);
    }

    /** A page that shows no item of its own (lists, indexes, statistics). */
    PageInfo of(String title, String path, String kind, String description, List<Link> crumbs) {
        return new PageInfo(title, path, kind, description, crumbs, DEFAULT_IMAGE,
                structuredData.of(null, path, title, crumbs, DEFAULT_IMAGE));
    }

    /** The page of one item, with its own sharing image when it has one. */
    PageInfo ofItem(ItemView view, String title, String path, List<Link> crumbs) {
        String image = view.image() != null ? view.image() : DEFAULT_IMAGE;
        return new PageInfo(title, path, "item", view.summary(), crumbs, image,
                structuredData.of(view, path, title, crumbs, image));
    }
}
