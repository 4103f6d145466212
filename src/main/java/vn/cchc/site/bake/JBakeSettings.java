package vn.cchc.site.bake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import vn.cchc.site.core.SiteConfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JBake's configuration of a site, built in memory from {@code site.yml}'s values: no file is read
 * (no {@code jbake.properties}, no {@code custom.properties}) and no value is interpolated, so a
 * {@code ${url:…}}, {@code ${file:…}} or {@code ${env:…}} in {@code site.yml} stays text.
 */
final class JBakeSettings {
    private JBakeSettings() {
    }

    /** JBake's configuration of {@code config}; its {@code asHashMap()} is the templates' {@code config}. */
    static DefaultJBakeConfiguration of(SiteConfig config) {
        Map<String, Object> values = new LinkedHashMap<>();
        String base = config.baseUrl();
        values.put("site.host", base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        values.put("site.title", config.title());
        values.put("site.ward", config.ward());
        values.put("render.index", true);
        values.put("render.archive", true);
        values.put("render.feed", true);
        values.put("render.sitemap", true);
        values.put("render.tags", true);
        values.put("render.encoding", "UTF-8");
        values.put("template.encoding", "UTF-8");
        values.put("feed.file", "rss.xml");
        values.put("sitemap.file", "sitemap.xml");
        values.put("tag.path", "the");
        values.put("index.paginate", true);
        values.put("index.posts_per_page", config.pageSize());
        values.put("date.format", "dd/MM/yyyy");
        values.put("uri.noExtension", true);
        MapConfiguration site = new MapConfiguration(values);
        CompositeConfiguration all = new CompositeConfiguration(List.of(site));
        // after adding: the composite sets itself as its children's parent interpolator
        site.setInterpolator(null);
        all.setInterpolator(null);
        return new DefaultJBakeConfiguration(all);
    }
}
