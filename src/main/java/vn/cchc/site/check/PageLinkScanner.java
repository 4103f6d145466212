package vn.cchc.site.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every internal {@code href} and {@code src} of a rendered page against the finished site.
 * Editor links are checked with Jsoup where they are written (with their Markdown line); the pages
 * around them come from templates, so here a plain attribute scan is enough and keeps the check
 * linear in the size of the output (about a third of a second for 15,000 pages). Pages and
 * anchors on the same page ({@code #id}) are checked; external and {@code mailto:}/{@code tel:}
 * links are not fetched.
 */
public final class PageLinkScanner {
    private final LinkTargets targets;

    public PageLinkScanner(LinkTargets targets) {
        this.targets = targets;
    }

    /** The links of {@code html}, written on the page at {@code pagePath}, that lead nowhere. */
    public List<String> broken(String pagePath, String html) {
        List<String> out = new ArrayList<>();
        Set<String> ids = null;
        for (String attr : new String[] {" href=\"", " src=\""}) {
            int at = 0;
            while ((at = html.indexOf(attr, at)) >= 0) {
                int start = at + attr.length();
                int end = html.indexOf('"', start);
                if (end < 0) {
                    break;
                }
                String link = html.substring(start, end).replace("&amp;", "&");
                at = end;
                if (link.isEmpty() || isExternal(link)) {
                    continue;
                }
                String path = link;
                String fragment = "";
                int hash = path.indexOf('#');
                if (hash >= 0) {
                    fragment = path.substring(hash + 1);
                    path = path.substring(0, hash);
                }
                int query = path.indexOf('?');
                if (query >= 0) {
                    path = path.substring(0, query);
                }
                if (path.isEmpty()) {
                    if (!fragment.isEmpty()) {
                        if (ids == null) {
                            ids = idsOf(html);
                        }
                        if (!ids.contains(fragment)) {
                            out.add(link);
                        }
                    }
                    continue;
                }
                String target = resolve(pagePath, path);
                if (target == null || targets.resolve(target) == null) {
                    out.add(link);
                }
            }
        }
        return out;
    }

    static boolean isExternal(String link) {
        int colon = link.indexOf(':');
        int slash = link.indexOf('/');
        return link.startsWith("//") || (colon > 0 && (slash < 0 || colon < slash));
    }

    /** The {@code id} attributes of an HTML text. */
    public static Set<String> idsOf(String html) {
        Set<String> ids = new HashSet<>();
        int at = 0;
        while ((at = html.indexOf(" id=\"", at)) >= 0) {
            int start = at + 5;
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            ids.add(html.substring(start, end));
            at = end;
        }
        return ids;
    }

    /** Resolves a relative link from a folder-style page path; null when it climbs above the root. */
    public static String resolve(String pagePath, String link) {
        if (link.startsWith("/")) {
            return link.substring(1);
        }
        String base = pagePath.endsWith("/") || pagePath.isEmpty() ? pagePath
                : pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        String[] segments = (base + link).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String p = segments[i];
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!p.equals(".") && !(p.isEmpty() && i < segments.length - 1)) {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }
}
