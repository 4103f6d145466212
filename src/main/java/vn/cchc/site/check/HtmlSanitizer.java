package vn.cchc.site.check;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes editor HTML safe for a government portal. Markdown may carry raw HTML (tables, a video
 * {@code <iframe>} from a host listed in {@code embed_hosts}); the rule for everything else is
 * decided per case, by whether it can only be an attack (or would publish something the editor did
 * not see) or is a harmless habit of pasted text:
 * <ul>
 *   <li><b>Fails the build</b> (never published, not even cleaned): {@code <script>}, event-handler
 *   attributes ({@code onclick}...), {@code javascript:}, {@code vbscript:}, {@code data:} or
 *   {@code file:} URLs in {@code href}, {@code src} or {@code cite} (also when hidden with tabs,
 *   line breaks, control characters or entities, which browsers ignore), an {@code <iframe>} from a
 *   host not in {@code embed_hosts} or not over https, and {@code <object>}, {@code <embed>},
 *   {@code <applet>}, {@code <form>}, {@code <base>}, {@code <meta>}, {@code <link>},
 *   {@code <frame>}, {@code <frameset>}, {@code <svg>}, {@code <math>}.</li>
 *   <li><b>Stripped with a warning</b> (harmless intent, unsafe form): a {@code style} attribute that
 *   hides content ({@code display:none}, {@code visibility:hidden}, zero size or opacity, text moved
 *   off screen), {@code <style>} blocks, and tags outside the safelist ({@code <font>},
 *   {@code <center>}...), whose text is kept.</li>
 *   <li><b>Stripped silently</b> (formatting only): other {@code style} attributes (pasted from
 *   Word), attributes outside the safelist, HTML comments (they would publish notes the reader
 *   never sees) and {@code <input>} other than a task-list checkbox.</li>
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
    static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "src", "alt", "title", "id", "class", "width",
            "height", "colspan", "rowspan", "scope", "align", "lang", "start", "type", "checked", "disabled",
            "allowfullscreen", "loading", "rel", "target", "name", "open", "abbr", "headers", "reversed", "datetime",
            "cite", "frameborder", "allow", "referrerpolicy");
    private static final Pattern HIDING_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden|opacity\\s*:\\s*0(?![.\\d])|font-size\\s*:\\s*0(?![.\\d])"
                    + "|(?:left|top|text-indent)\\s*:\\s*-\\d{3,}|height\\s*:\\s*0(?![.\\d])");
    private static final Pattern BAD_SCHEME = Pattern.compile("^(javascript|vbscript|data|file):",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE_MARKDOWN_LINK = Pattern.compile(
            "(?i)\\]\\(\\s*<?((?:javascript|vbscript|data|file):[^)\\s>]*)"
                    + "|^[ ]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?((?:javascript|vbscript|data|file):[^\\s>]*)",
            Pattern.MULTILINE);
    /** Attributes holding a URL that a browser may open or load. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

    private final Set<String> embedHosts;

    public HtmlSanitizer(List<String> embedHosts) {
        this.embedHosts = Set.copyOf(embedHosts);
    }

    /**
     * Cleans {@code body} in place.
     *
     * @param file  content file, for messages
     * @param lines locates offending text in the Markdown
     */
    public List<Problem> sanitize(Element body, String file, SourceLines lines) {
        List<Problem> problems = new ArrayList<>();
        removeComments(body);
        Elements all = body.getAllElements();
        for (Element el : all) {
            if (el == body || el.parent() == null) {
                continue;
            }
            String tag = el.normalName();
            if (FORBIDDEN_TAGS.contains(tag)) {
                problems.add(Problem.error(file, lines.lineOf("<" + tag), "Thẻ <" + tag + "> không được phép trong bài "
                        + "(nguy cơ mã độc trên cổng thông tin). Xóa thẻ này; nếu cần nhúng video, dùng <iframe> từ "
                        + "các trang được phép: " + String.join(", ", embedHosts) + "."));
                el.remove();
                continue;
            }
            if (tag.equals("style")) {
                problems.add(Problem.warning(file, lines.lineOf("<style"), "Đã bỏ khối <style> trong bài; giao diện do "
                        + "mẫu trang (templates) quyết định."));
                el.remove();
                continue;
            }
            if (!ALLOWED_TAGS.contains(tag)) {
                problems.add(Problem.warning(file, lines.lineOf("<" + tag), "Đã bỏ thẻ <" + tag + "> không được hỗ trợ "
                        + "(giữ lại chữ bên trong)."));
                el.unwrap();
                continue;
            }
            checkAttributes(el, file, lines, problems);
            if (tag.equals("iframe")) {
                checkIframe(el, file, lines, problems);
            }
            if (tag.equals("input") && !"checkbox".equalsIgnoreCase(el.attr("type"))) {
                el.remove();
            }
        }
        return problems;
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
            problems.add(Problem.error(file, lines.lineOf(m.group()), "Liên kết \"" + abbreviate(url) + "\" dùng giao "
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

    private static void removeComments(Node node) {
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
            Node child = node.childNode(i);
            if (child instanceof Comment) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }

    private void checkAttributes(Element el, String file, SourceLines lines, List<Problem> problems) {
        List<Attribute> attributes = new ArrayList<>(el.attributes().asList());
        for (Attribute a : attributes) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue();
            if (name.startsWith("on")) {
                problems.add(Problem.error(file, lines.lineOf(a.getKey() + "=", a.getKey()), "Thuộc tính " + a.getKey() + " (chạy mã "
                        + "JavaScript) không được phép trong bài. Xóa thuộc tính này."));
                el.removeAttr(a.getKey());
            } else if (URL_ATTRIBUTES.contains(name) && BAD_SCHEME.matcher(asBrowserReads(value)).find()) {
                int line = lines.lineOf(value.length() > 40 ? value.substring(0, 40) : value, a.getKey() + "=");
                boolean image = asBrowserReads(value).regionMatches(true, 0, "data:image", 0, 10);
                problems.add(Problem.error(file, line, image
                        ? "Ảnh được dán thẳng vào bài dưới dạng dữ liệu (data:image...), không được phép. Lưu ảnh vào "
                                + "thư mục assets/anh/ rồi chèn bằng ![Mô tả ảnh](/anh/ten-anh.jpg)."
                        : "Liên kết \"" + abbreviate(value) + "\" dùng giao thức không an toàn (javascript:, data:...). "
                                + "Chỉ dùng liên kết http(s):// hoặc đường dẫn trong trang."));
                el.removeAttr(a.getKey());
            } else if (name.equals("style")) {
                if (HIDING_STYLE.matcher(value.toLowerCase(Locale.ROOT)).find()) {
                    problems.add(Problem.warning(file, lines.lineOf(value), "Đã bỏ style \"" + abbreviate(value)
                            + "\" làm ẩn nội dung; mọi nội dung đăng phải hiển thị công khai."));
                }
                el.removeAttr(a.getKey());
            } else if (!ALLOWED_ATTRIBUTES.contains(name)) {
                el.removeAttr(a.getKey());
            }
        }
    }

    private void checkIframe(Element el, String file, SourceLines lines, List<Problem> problems) {
        String src = el.attr("src");
        String host = null;
        try {
            URI uri = new URI(src.strip());
            host = "https".equalsIgnoreCase(uri.getScheme()) ? uri.getHost() : null;
        } catch (URISyntaxException ignored) {
            // host stays null
        }
        if (host == null || !embedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.error(file, lines.lineOf(src, "<iframe"), "Khung nhúng <iframe> từ \"" + abbreviate(src)
                    + "\" không nằm trong danh sách được phép (embed_hosts trong site.yml: "
                    + String.join(", ", embedHosts) + "); chỉ nhúng qua https."));
            el.remove();
            return;
        }
        if (!el.hasAttr("title")) {
            el.attr("title", "Nội dung nhúng");
        }
        el.attr("loading", "lazy");
        el.attr("referrerpolicy", "strict-origin-when-cross-origin");
    }

    /**
     * The start of a URL as a browser reads it (WHATWG URL parsing): leading and trailing spaces and
     * control characters are ignored, and tabs and line breaks inside are removed, so
     * {@code " java&#9;script:"} is {@code javascript:}.
     */
    static String asBrowserReads(String url) {
        StringBuilder out = new StringBuilder(Math.min(url.length(), 64));
        int i = 0;
        while (i < url.length() && url.charAt(i) <= ' ') {
            i++;
        }
        for (; i < url.length() && out.length() < 64; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
