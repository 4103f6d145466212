package vn.cchc.site.check;

import org.jsoup.parser.Parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every internal link of a rendered page ({@code href}, {@code src} and {@code action}
 * attributes, in double, single or no quotes) against the finished site: pages, assets,
 * attachments, and {@code #id} anchors on the same page. Links to an anchor of another page are
 * returned as {@link Anchor}s, to be checked once that page is written ({@link TemplateLinkCheck}).
 * External links are not fetched; {@code http(s)} ones that are malformed (no host, spaces) are
 * reported; {@code mailto:}, {@code tel:} and other schemes are left alone.
 *
 * <p><b>Why a tag scan and not Jsoup.</b> Editor HTML is parsed with Jsoup where it is written (so
 * its problems carry their Markdown line); the pages around it come from our own templates, whose
 * markup is regular. One pass from tag to tag reads each tag's attributes as a browser does (quoted
 * values, comments, the text of scripts and styles skipped), so {@code href=} in prose or inside
 * another attribute's value is not a link, and finds the same links as
 * {@code Jsoup.parse(html).select("[href],[src],[action]")} (a test compares both on every page of a
 * generated site) at a fraction of the cost. What the scan does not
 * understand (a link built by a script, a {@code srcset}) is not checked.
 */
public final class PageLinkScanner {
    private final LinkTargets targets;

    public PageLinkScanner(LinkTargets targets) {
        this.targets = targets;
    }

    /**
     * A link to an anchor of another page.
     *
     * @param page     the site path of the target page, as {@link LinkTargets#resolve} gives it
     * @param fragment the anchor, without '#'
     * @param link     the link as written
     */
    public record Anchor(String page, String fragment, String link) {
    }

    /**
     * What a page's links lead to.
     *
     * @param broken    links that lead nowhere (missing page, asset or same-page anchor; malformed external)
     * @param anchors   links to anchors of other pages, not yet checked
     * @param ids       the page's own {@code id}s, which links from other pages may point to
     */
    public record Scan(List<String> broken, List<Anchor> anchors, Set<String> ids) {
    }

    /** The links of {@code html}, written on the page at {@code pagePath}, that lead nowhere. */
    public List<String> broken(String pagePath, String html) {
        return scan(pagePath, html).broken();
    }

    /** Checks the links of {@code html}, written on the page at {@code pagePath}. */
    public Scan scan(String pagePath, String html) {
        List<String> links = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        attributes(html, links, ids);
        List<String> broken = new ArrayList<>(0);
        List<Anchor> anchors = new ArrayList<>(0);
        for (String raw : links) {
            String link = raw.indexOf('&') >= 0 ? unescape(raw) : raw;
            if (link.isEmpty()) {
                continue;
            }
            if (LinkRules.leavesSite(link)) {
                if (!LinkRules.wellFormedWeb(link)) {
                    broken.add(link);
                }
                continue;
            }
            LinkParts parts = LinkParts.of(link);
            String path = parts.path();
            String fragment = parts.fragment();
            if (path.isEmpty()) {
                if (!fragment.isEmpty() && !ids.contains(LinkRules.decode(fragment))) {
                    broken.add(link);
                }
                continue;
            }
            String target = resolve(pagePath, LinkRules.decode(path));
            String page = target == null ? null : targets.resolve(target);
            if (page == null) {
                broken.add(link);
            } else if (!fragment.isEmpty()) {
                if (page.equals(pagePath)) {
                    if (!ids.contains(LinkRules.decode(fragment))) {
                        broken.add(link);
                    }
                } else {
                    anchors.add(new Anchor(page, LinkRules.decode(fragment), link));
                }
            }
        }
        return new Scan(broken, anchors, ids);
    }

    /**
     * Collects the values of {@code href}, {@code src} and {@code action} attributes into
     * {@code links} and of {@code id} attributes into {@code ids}, in one pass over the tags (quoted
     * values, comments and the text of scripts and styles are read as a browser reads them, so
     * {@code href=x} in text or inside another attribute's value is not a link).
     */
    private static void attributes(String html, List<String> links, Set<String> ids) {
        int n = html.length();
        int i = 0;
        while ((i = html.indexOf('<', i)) >= 0) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                if (end < 0) {
                    return;
                }
                i = end + 3;
                continue;
            }
            int name = i + 1;
            if (name >= n || !isAsciiLetter(html.charAt(name))) {
                i++;
                continue;
            }
            int j = name;
            while (j < n && !isSpace(html.charAt(j)) && html.charAt(j) != '>' && html.charAt(j) != '/') {
                j++;
            }
            String tag = html.substring(name, j);
            i = tagAttributes(html, j, links, ids);
            if (i >= 0 && (tag.equalsIgnoreCase("script") || tag.equalsIgnoreCase("style"))) {
                i = indexOfIgnoreCase(html, "</" + tag, i);
            }
            if (i < 0) {
                return;
            }
        }
    }

    /** Reads the attributes of the tag whose name ends at {@code at}; the index after its '>', or -1. */
    private static int tagAttributes(String html, int at, List<String> links, Set<String> ids) {
        int n = html.length();
        int j = at;
        while (true) {
            while (j < n && (isSpace(html.charAt(j)) || html.charAt(j) == '/')) {
                j++;
            }
            if (j >= n) {
                return -1;
            }
            if (html.charAt(j) == '>') {
                return j + 1;
            }
            int nameStart = j;
            while (j < n && !isSpace(html.charAt(j)) && "=>/".indexOf(html.charAt(j)) < 0) {
                j++;
            }
            String attribute = html.substring(nameStart, j);
            while (j < n && isSpace(html.charAt(j))) {
                j++;
            }
            if (j >= n || html.charAt(j) != '=') {
                continue;
            }
            j++;
            while (j < n && isSpace(html.charAt(j))) {
                j++;
            }
            int start;
            int end;
            if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                start = j + 1;
                end = html.indexOf(html.charAt(j), start);
                if (end < 0) {
                    return -1;
                }
                j = end + 1;
            } else {
                start = j;
                while (j < n && !isSpace(html.charAt(j)) && html.charAt(j) != '>') {
                    j++;
                }
                end = j;
            }
            record(attribute, html.substring(start, end).strip(), links, ids);
        }
    }

    private static void record(String attribute, String value, List<String> links, Set<String> ids) {
        if (attribute.equalsIgnoreCase("href") || attribute.equalsIgnoreCase("src")
                || attribute.equalsIgnoreCase("action")) {
            links.add(value);
        } else if (attribute.equalsIgnoreCase("id")) {
            ids.add(value.indexOf('&') >= 0 ? unescape(value) : value);
        }
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String unescape(String s) {
        return Parser.unescapeEntities(s, true);
    }

    /** The values of the link attributes of an HTML text, as written (for tests). */
    static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        attributes(html, links, new HashSet<>());
        return links;
    }

    /** The {@code id} attributes of an HTML text. */
    public static Set<String> idsOf(String html) {
        Set<String> ids = new HashSet<>();
        attributes(html, new ArrayList<>(), ids);
        return ids;
    }

    /** Resolves a relative link from a folder-style page path; null when it climbs above the root. */
    public static String resolve(String pagePath, String link) {
        if (link.startsWith("/")) {
            return link.substring(1);
        }
        String base = pagePath.endsWith("/") || pagePath.isEmpty() ? pagePath
                : pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
        // fast path for what templates write: leading "../" steps, then a plain path
        int from = 0;
        int end = base.length();
        while (link.startsWith("../", from)) {
            if (end == 0) {
                return null;
            }
            end = base.lastIndexOf('/', end - 2) + 1;
            from += 3;
        }
        String rest = link.substring(from);
        if (!rest.contains("./") && !rest.contains("//") && !rest.equals(".") && !rest.equals("..")
                && !rest.endsWith("/.") && !rest.endsWith("/..")) {
            return end == 0 ? rest : base.substring(0, end) + rest;
        }
        ArrayDeque<String> parts = new ArrayDeque<>();
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
