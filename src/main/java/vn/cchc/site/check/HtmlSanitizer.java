package vn.cchc.site.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SourceLines;

/**
 * Makes editor HTML safe for a government portal by <b>rebuilding</b> it: the fragment is parsed
 * and a new one is made of allowed elements, allowed attributes and plain text only (the model of
 * jsoup's {@code Cleaner} and {@code Safelist}, extended with our figure, table, task-list checkbox
 * and {@code <iframe>} rules). Nothing the safelist does not name can reach a page: comments,
 * CDATA sections, processing instructions, doctypes, script data and any node of an unknown kind
 * are never copied. Markdown may carry raw HTML (tables, a video {@code <iframe>} from a host listed
 * in {@code embed_hosts}); what is not copied is reported per case, by whether it can only be an
 * attack (or would publish something the editor did not see) or is a harmless habit of pasted text:
 * <ul>
 *   <li><b>Fails the build</b> (never published, not even cleaned): {@code <script>}, event-handler
 *   attributes ({@code onclick}...), {@code javascript:}, {@code vbscript:}, {@code data:} or
 *   {@code file:} URLs in {@code href}, {@code src} or {@code cite} (also when hidden with tabs,
 *   line breaks, control characters or entities, which browsers ignore), an {@code <iframe>} from a
 *   host not in {@code embed_hosts} or not over https, {@code <object>}, {@code <embed>},
 *   {@code <applet>}, {@code <form>}, {@code <base>}, {@code <meta>}, {@code <link>},
 *   {@code <frame>}, {@code <frameset>}, {@code <svg>}, {@code <math>}, any of these hidden in a
 *   CDATA section or raw text (a browser reads {@code <![CDATA[ >} as a comment that ends at the
 *   first {@code >} and runs what follows), and HTML nested deeper than {@value #MAX_DEPTH} levels.</li>
 *   <li><b>Stripped with a warning</b> (harmless intent, unsafe form): a {@code style} attribute that
 *   hides content ({@code display:none}, {@code visibility:hidden}, zero size or opacity, text moved
 *   off screen), {@code <style>} blocks, other CDATA sections and tags outside the safelist
 *   ({@code <font>}, {@code <center>}...), whose text is kept.</li>
 *   <li><b>Stripped silently</b> (formatting only): other {@code style} attributes (pasted from
 *   Word), attributes outside the safelist, HTML comments and processing instructions (they would
 *   publish notes the reader never sees) and {@code <input>} other than a task-list checkbox.</li>
 * </ul>
 * External links get {@code rel="noopener noreferrer"} from {@code BodyProcessor}.
 */
public final class HtmlSanitizer {
    static final Set<String> ALLOWED_TAGS = Set.of("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code",
            "col", "colgroup", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2",
            "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q",
            "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "u", "ul", "input");
    static final Set<String> FORBIDDEN_TAGS = Set.of("script", "object", "embed", "form", "base", "meta", "link",
            "frame", "frameset", "applet", "svg", "math");
    /** Deepest nesting of elements copied; deeper HTML is an error (and would exhaust a browser's patience). */
    public static final int MAX_DEPTH = 100;
    private static final Pattern UNSAFE_MARKDOWN_LINK = Pattern.compile(
            "(?i)\\]\\(\\s*<?((?:javascript|vbscript|data|file):[^)\\s>]*)"
                    + "|^[ ]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?((?:javascript|vbscript|data|file):[^\\s>]*)",
            Pattern.MULTILINE);

    private final Set<String> embedHosts;
    private final List<String> embedHostList;

    public HtmlSanitizer(List<String> embedHosts) {
        this.embedHosts = Set.copyOf(embedHosts);
        this.embedHostList = List.copyOf(embedHosts);
    }

    /**
     * A body rebuilt from allowed nodes only.
     *
     * @param body     the clean fragment, in a document of its own (pretty printing off)
     * @param problems what was not copied and why
     */
    public record Cleaned(Element body, List<Problem> problems) {
    }

    /**
     * Rebuilds {@code html} from the safelist.
     *
     * @param file  content file, for messages
     * @param lines locates offending text in the Markdown
     */
    public Cleaned clean(String html, String file, SourceLines lines) {
        Document clean = Document.createShell("");
        clean.outputSettings().prettyPrint(false);
        List<Problem> problems = new ArrayList<>();
        rebuild(html, clean.body(), file, lines, problems);
        if (html.toLowerCase(Locale.ROOT).contains("<noscript")) {
            List<Problem> asBrowsersRead = new ArrayList<>();
            rebuild(withoutNoscriptText(html), new Element("div"), file, lines, asBrowsersRead);
            asBrowsersRead.stream().filter(p -> p.isError() && !problems.contains(p)).forEach(problems::add);
        }
        return new Cleaned(clean.body(), problems);
    }

    /**
     * {@code html} as a browser running scripts reads it: from {@code <noscript>} to the first
     * {@code </noscript} is raw text, even where that end stands inside an attribute value (the
     * parser, which runs no script, reads markup there). Checked too, so script placed after such an
     * end fails the build.
     */
    static String withoutNoscriptText(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(html.length());
        int at = 0;
        int open;
        while ((open = lower.indexOf("<noscript", at)) >= 0) {
            out.append(html, at, open);
            int close = lower.indexOf("</noscript", open);
            if (close < 0) {
                return out.toString();
            }
            at = close + "</noscript".length();
            int gt = html.indexOf('>', at);
            at = gt < 0 ? html.length() : gt + 1;
        }
        return out.append(html, at, html.length()).toString();
    }

    /**
     * Whether {@code html}, rendered from {@code markdown}, is already what {@link #clean} would make
     * of it, byte for byte, so the parse can be skipped: see {@link PlainMarkup}.
     */
    public boolean alreadyClean(String markdown, String html) {
        return markdown.indexOf('<') < 0 && PlainMarkup.accepts(html);
    }

    /** Copies the allowed nodes of {@code html} into {@code into}; also checks text hidden from the parse. */
    void rebuild(String html, Element into, String file, SourceLines lines, List<Problem> problems) {
        Element dirty = Jsoup.parseBodyFragment(html).body();
        NodeTraversor.filter(new Rebuild(this, into, file, lines, problems), dirty);
    }

    /**
     * Markdown links and images with an unsafe scheme ({@code [x](javascript:...)}, also as a
     * reference {@code [1]: javascript:...}). flexmark renders them as plain text, but the editor
     * meant a link, so they fail the build like the same link written in HTML.
     *
     * @param bodyLine line of the file where {@code markdown} starts
     */
    public List<Problem> checkMarkdownLinks(String markdown, String file, int bodyLine) {
        if (!mentionsUnsafeScheme(markdown)) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        SourceLines lines = new SourceLines(markdown, bodyLine);
        Matcher m = UNSAFE_MARKDOWN_LINK.matcher(markdown);
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : m.group(2);
            problems.add(Problem.error(file, lines.lineOf(m.group()), "Liên kết \"" + SafeAttributes.abbreviate(url) + "\" dùng giao "
                    + "thức không an toàn (javascript:, data:...). Chỉ dùng liên kết http(s):// hoặc đường dẫn trong trang."));
        }
        return problems;
    }

    /** Whether some ':' follows "script", "data" or "file" (any case): cheap, before the regular expression. */
    private static boolean mentionsUnsafeScheme(String text) {
        int at = 0;
        while ((at = text.indexOf(':', at)) >= 0) {
            if (endsWithIgnoreCase(text, at, "script") || endsWithIgnoreCase(text, at, "data")
                    || endsWithIgnoreCase(text, at, "file")) {
                return true;
            }
            at++;
        }
        return false;
    }

    private static boolean endsWithIgnoreCase(String text, int end, String word) {
        return end >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length());
    }

    /** Whether {@code src} may be embedded: https from a host in {@code embed_hosts}. */
    boolean embeddable(String src) {
        try {
            URI uri = new URI(src.strip());
            String host = "https".equalsIgnoreCase(uri.getScheme()) ? uri.getHost() : null;
            return host != null && embedHosts.contains(host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    String embedHostList() {
        return String.join(", ", embedHostList);
    }
}
