package vn.cchc.site.check;

import java.util.Set;

/**
 * Recognises HTML that is already a fixed point of {@link HtmlSanitizer#clean}: only tags of the
 * safelist that carry no attribute (or, exactly as flexmark writes them, {@code <ol start="3">} and
 * {@code <code class="language-x">}), written lower case, and text in which {@code <} and {@code >}
 * never occur and every {@code &} starts a character reference. Such HTML has no comment, CDATA,
 * script, link, id or URL: rebuilding it would give the same nodes, so most news items (plain
 * paragraphs and lists) skip the parse. This is itself an allow-list check, token by token;
 * anything it does not recognise goes through the full rebuild. {@code HtmlSanitizerTest} checks
 * that what it accepts parses to the same tree as the rebuild makes.
 */
final class PlainMarkup {
    /** Safelisted tags that can stand without attributes and hold no URL. */
    private static final Set<String> TAGS = Set.of("p", "em", "strong", "del", "s", "code", "pre", "ul", "ol",
            "li", "blockquote", "hr", "br", "b", "i", "u", "sub", "sup", "mark", "small", "kbd", "q", "dl", "dt",
            "dd", "ins", "abbr", "cite", "span", "div");

    private PlainMarkup() {
    }

    static boolean accepts(String html) {
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                i = tag(html, i);
            } else if (c == '&') {
                i = reference(html, i);
            } else if (c == '>' || c == '\0') {
                return false;
            } else {
                i++;
            }
            if (i < 0) {
                return false;
            }
        }
        return true;
    }

    /** The index after the tag at {@code at}, or -1 when it is not a tag this class accepts. */
    private static int tag(String html, int at) {
        int i = at + 1;
        boolean end = i < html.length() && html.charAt(i) == '/';
        if (end) {
            i++;
        }
        int nameStart = i;
        while (i < html.length() && (isLower(html.charAt(i)) || (i > nameStart && isDigit(html.charAt(i))))) {
            i++;
        }
        String name = html.substring(nameStart, i);
        if (!TAGS.contains(name)) {
            return -1;
        }
        if (html.startsWith(">", i)) {
            return i + 1;
        }
        if (!end && html.startsWith(" />", i) && (name.equals("br") || name.equals("hr"))) {
            return i + 3;
        }
        if (!end && name.equals("ol") && html.startsWith(" start=\"", i)) {
            return quoted(html, i + 8, true);
        }
        if (!end && name.equals("code") && html.startsWith(" class=\"language-", i)) {
            return quoted(html, i + 17, false);
        }
        return -1;
    }

    /** The index after {@code digits">} or {@code word">} at {@code from}, or -1. */
    private static int quoted(String html, int from, boolean digits) {
        int i = from;
        while (i < html.length() && (isDigit(html.charAt(i))
                || (!digits && (isLower(html.charAt(i)) || "-_+#.".indexOf(html.charAt(i)) >= 0
                || (html.charAt(i) >= 'A' && html.charAt(i) <= 'Z'))))) {
            i++;
        }
        return i > from && html.startsWith("\">", i) ? i + 2 : -1;
    }

    /** The index after a character reference ({@code &amp;}, {@code &#39;}, {@code &#x1F;}) at {@code at}, or -1. */
    private static int reference(String html, int at) {
        int i = at + 1;
        int limit = Math.min(html.length(), at + 34);
        while (i < limit && (Character.isLetterOrDigit(html.charAt(i)) || (i == at + 1 && html.charAt(i) == '#'))) {
            i++;
        }
        return i > at + 1 && i < html.length() && html.charAt(i) == ';' ? i + 1 : -1;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
