package vn.cchc.site.bake;

import vn.cchc.site.check.InlineJson;
import vn.cchc.site.core.SiteConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD for search engines and sharing: {@code NewsArticle} for tin and bài,
 * {@code GovernmentService} for thủ tục, {@code BreadcrumbList} wherever a page has a trail.
 * Written by {@link InlineJson}, so titles with quotes, {@code </script>} or {@code <!--} cannot break the page.
 */
final class StructuredData {
    private final SiteConfig config;

    StructuredData(SiteConfig config) {
        this.config = config;
    }

    /** The JSON-LD of a page, or empty when there is nothing to say. */
    String of(ItemView item, String pagePath, String pageTitle, List<Link> breadcrumbs, String image) {
        List<Object> graph = new ArrayList<>();
        if (item != null && (item.type().equals("tin") || item.type().equals("bai"))) {
            Map<String, Object> article = node("NewsArticle");
            article.put("headline", item.title());
            article.put("datePublished", item.dateIso());
            article.put("description", item.summary());
            article.put("image", config.absolute(image));
            article.put("mainEntityOfPage", item.url());
            article.put("inLanguage", "vi");
            if (!item.author().isBlank()) {
                article.put("author", ordered("@type", "Person", "name", item.author()));
            }
            article.put("publisher", ordered("@type", "GovernmentOrganization", "name", config.ward()));
            graph.add(article);
        }
        if (item != null && item.thuTuc() != null) {
            Map<String, Object> service = node("GovernmentService");
            service.put("name", item.title());
            service.put("identifier", item.thuTuc().code());
            service.put("serviceType", item.thuTuc().field());
            service.put("url", item.url());
            service.put("provider", ordered("@type", "GovernmentOrganization", "name", config.ward()));
            service.put("areaServed", config.ward());
            if (item.thuTuc().dvcUrl() != null) {
                service.put("availableChannel", ordered("@type", "ServiceChannel", "serviceUrl", item.thuTuc().dvcUrl()));
            }
            graph.add(service);
        }
        if (!breadcrumbs.isEmpty()) {
            Map<String, Object> list = node("BreadcrumbList");
            List<Object> elements = new ArrayList<>();
            int position = 1;
            for (Link crumb : breadcrumbs) {
                elements.add(ordered("@type", "ListItem", "position", position++, "name", crumb.label(),
                        "item", config.absolute(crumb.path())));
            }
            elements.add(ordered("@type", "ListItem", "position", position, "name", pageTitle,
                    "item", config.absolute(pagePath)));
            list.put("itemListElement", elements);
            graph.add(list);
        }
        if (graph.isEmpty()) {
            return "";
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        return InlineJson.write(root);
    }

    /** An ordered map: Map.of iterates in an order that changes between runs, which would break reproducible output. */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("@type", type);
        return n;
    }
}
