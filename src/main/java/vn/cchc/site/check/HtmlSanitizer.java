package vn.cchc.site.check;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes editor HTML safe for a government portal. Markdown may carry raw HTML; what it may do:
 * <ul>
 *   <li><b>Fails the build</b> (an attack or a serious mistake, never silently published):
 *   {@code <script>}, event-handler attributes ({@code onclick}...), {@code javascript:},
 *   {@code vbscript:} or {@code data:} URLs, {@code <iframe>} from a host not in
 *   {@code embed_hosts}, and {@code <object>}, {@code <embed>}, {@code <form>}, {@code <base>},
 *   {@code <meta>}, {@code <link>}.</li>
 *   <li><b>Stripped with a warning</b> (harmless intent, unsafe form): {@code style} attributes
 *   (a warning names those that hide content), {@code <style>} blocks, and other tags outside the
 *   safelist, whose text is kept.</li>
 * </ul>
 * External links get {@code rel="noopener noreferrer"}.
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
    private static final Pattern BAD_SCHEME = Pattern.compile("^\\s*(javascript|vbscript|data|file)\\s*:",
            Pattern.CASE_INSENSITIVE);

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

    private void checkAttributes(Element el, String file, SourceLines lines, List<Problem> problems) {
        List<Attribute> attributes = new ArrayList<>(el.attributes().asList());
        for (Attribute a : attributes) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue();
            if (name.startsWith("on")) {
                problems.add(Problem.error(file, lines.lineOf(a.getKey()), "Thuộc tính " + a.getKey() + " (chạy mã "
                        + "JavaScript) không được phép trong bài. Xóa thuộc tính này."));
                el.removeAttr(a.getKey());
            } else if ((name.equals("href") || name.equals("src")) && BAD_SCHEME.matcher(value).find()) {
                problems.add(Problem.error(file, lines.lineOf(value.length() > 40 ? value.substring(0, 40) : value),
                        "Liên kết \"" + abbreviate(value) + "\" dùng giao thức không an toàn (javascript:, data:...). "
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
            problems.add(Problem.error(file, lines.lineOf("<iframe"), "Khung nhúng <iframe> từ \"" + abbreviate(src)
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

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
