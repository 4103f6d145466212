package vn.cchc.site.bake;

import java.util.Map;

/**
 * One file of the site to render: its path, the template, and the template's model.
 *
 * @param path     site-relative path ({@code tin-tuc/abc/} or {@code rss.xml})
 * @param template template file name ({@code item.ftl})
 * @param model    values given to the template besides the shared ones
 * @param listed   whether the page belongs in the sitemap
 */
public record PageJob(String path, String template, Map<String, Object> model, boolean listed) {
}
