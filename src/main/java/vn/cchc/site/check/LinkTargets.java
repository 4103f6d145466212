package vn.cchc.site.check;

import java.util.Map;
import java.util.Set;

/**
 * What a link inside the site may point to.
 *
 * @param pages    site-relative paths of every page ({@code tin-tuc/abc/}, {@code rss.xml})
 * @param assets   site-relative paths of every copied asset ({@code tep/30-kh-ubnd.pdf})
 * @param ids      element ids of pages whose ids are known (item bodies), by page path
 * @param hidden   paths of items that exist but are not published (draft or scheduled) → reason
 */
public record LinkTargets(Set<String> pages, Set<String> assets, Map<String, Set<String>> ids,
                          Map<String, String> hidden) {

    /** The page or asset path a target resolves to, or null. */
    public String resolve(String target) {
        if (target.isEmpty() || pages.contains(target) || assets.contains(target)) {
            return target;
        }
        if (target.endsWith("index.html")) {
            String folder = target.substring(0, target.length() - "index.html".length());
            if (pages.contains(folder)) {
                return folder;
            }
        }
        if (!target.endsWith("/") && pages.contains(target + "/")) {
            return target + "/";
        }
        return null;
    }
}
