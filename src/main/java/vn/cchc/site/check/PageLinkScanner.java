package vn.cchc.site.check;

import org.jsoup.parser.Parser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
 * <p><b>Why an attribute scan and not Jsoup.</b> Editor HTML is parsed with Jsoup where it is
 * written (so its problems carry their Markdown line); the pages around it come from our own
 * templates, whose markup is regular. One pass over the text that stops at each {@code =} inside a
 * tag and looks at the attribute name before it finds the same links as
 * {@code Jsoup.parse(html).select("[href],[src],[action]")} (a test compares both on every page of a
 * generated site) at a fraction of the cost (figures: docs/benchmarks.md). What the scan does not
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
            if (isExternal(link)) {
                if (!wellFormedWeb(link)) {
                    broken.add(link);
                }
                continue;
            }
            LinkParts parts = LinkParts.of(link);
            String path = parts.path();
            String fragment = parts.fragment();
            if (path.isEmpty()) {
                if (!fragment.isEmpty() && !ids.contains(decode(fragment))) {
                    broken.add(link);
                }
                continue;
            }
            String target = resolve(pagePath, decode(path));
            String page = target == null ? null : targets.resolve(target);
            if (page == null) {
                broken.add(link);
            } else if (!fragment.isEmpty()) {
                if (page.equals(pagePath)) {
                    if (!ids.contains(decode(fragment))) {
                        broken.add(link);
                    }
                } else {
                    anchors.add(new Anchor(page, decode(fragment), link));
                }
            }
        }
        return new Scan(broken, anchors, ids);
    }

    /**
     * Collects the values of {@code href}, {@code src} and {@code action} attributes into
     * {@code links} and of {@code id} attributes into {@code ids}, in one pass.
     */
    private static void attributes(String html, List<String> links, Set<String> ids) {
        int n = html.length();
        int at = 0;
        while ((at = html.indexOf('=', at)) > 0) {
            int kind = attributeBefore(html, at);
            at++;
            if (kind == NONE || at >= n || !insideTag(html, at - 1)) {
                continue;
            }
            char quote = html.charAt(at);
            int start;
            int end;
            if (quote == '"' || quote == '\'') {
                start = at + 1;
                end = html.indexOf(quote, start);
                if (end < 0) {
                    return;
                }
            } else if (!unquotedStart(quote)) {
                continue;
            } else {
                start = at;
                end = start;
                while (end < n && !Character.isWhitespace(html.charAt(end)) && html.charAt(end) != '>') {
                    end++;
                }
            }
            String value = html.substring(start, end).strip();
            if (kind == ID) {
                ids.add(value.indexOf('&') >= 0 ? unescape(value) : value);
            } else {
                links.add(value);
            }
            at = end;
        }
    }

    private static final int NONE = 0;
    private static final int LINK = 1;
    private static final int ID = 2;

    /** Whether {@code at} is inside a tag ({@code <a href=...}), not in text that mentions {@code href=}. */
    private static boolean insideTag(String html, int at) {
        return html.lastIndexOf('<', at) > html.lastIndexOf('>', at);
    }

    private static boolean unquotedStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '/'
                || c == '#' || c == '_' || c == '~' || c == '-';
    }

    /** Which attribute ends just before {@code eq}: a link, an id, or none we check. */
    private static int attributeBefore(String html, int eq) {
        if (endsWithName(html, eq, "href") || endsWithName(html, eq, "src") || endsWithName(html, eq, "action")) {
            return LINK;
        }
        return endsWithName(html, eq, "id") ? ID : NONE;
    }

    /** Whether the attribute name {@code name} (any case) stands right before {@code eq}, after white space. */
    private static boolean endsWithName(String html, int eq, String name) {
        int start = eq - name.length();
        if (start < 1) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if ((html.charAt(start + i) | 0x20) != name.charAt(i)) {
                return false;
            }
        }
        char before = html.charAt(start - 1);
        return before == ' ' || before == '\n' || before == '\t' || before == '\r';
    }

    /** An attribute value as the browser reads it: every HTML character reference decoded (jsoup). */
    private static String unescape(String s) {
        return Parser.unescapeEntities(s, true);
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** Whether a link leaves the site: {@code //host}, or any scheme ({@code https:}, {@code mailto:}...). */
    static boolean isExternal(String link) {
        int colon = link.indexOf(':');
        int slash = link.indexOf('/');
        return link.startsWith("//") || (colon > 0 && (slash < 0 || colon < slash));
    }

    /** False for an {@code http(s)} link without a host or with white space; true for other links. */
    static boolean wellFormedWeb(String link) {
        int rest;
        if (link.regionMatches(true, 0, "https:", 0, 6)) {
            rest = 6;
        } else if (link.regionMatches(true, 0, "http:", 0, 5)) {
            rest = 5;
        } else if (link.startsWith("//")) {
            rest = 0;
        } else {
            return true;
        }
        if (!link.startsWith("//", rest)) {
            return false;
        }
        int host = rest + 2;
        int i = host;
        while (i < link.length() && isHostChar(link.charAt(i))) {
            i++;
        }
        if (i == host || (i < link.length() && "/?#:".indexOf(link.charAt(i)) < 0)) {
            return false;
        }
        for (int j = i; j < link.length(); j++) {
            if (Character.isWhitespace(link.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c > 0x7f;
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
