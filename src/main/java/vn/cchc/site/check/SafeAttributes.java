package vn.cchc.site.check;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SourceLines;

/**
 * The attribute half of the body safelist: which attributes are copied onto the rebuilt element,
 * and which fail the build ({@code on...} handlers, unsafe URL schemes) or are dropped with a
 * warning (a {@code style} that hides content). Everything not listed is dropped silently.
 */
final class SafeAttributes {
    static final Set<String> ALLOWED = Set.of("href", "src", "alt", "title", "id", "class", "width",
            "height", "colspan", "rowspan", "scope", "align", "lang", "start", "type", "checked", "disabled",
            "allowfullscreen", "loading", "rel", "target", "name", "open", "abbr", "headers", "reversed", "datetime",
            "cite", "frameborder", "allow", "referrerpolicy");
    /** Attributes holding a URL that a browser may open or load. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
    private static final Pattern HIDING_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden|opacity\\s*:\\s*0(?![.\\d])|font-size\\s*:\\s*0(?![.\\d])"
                    + "|(?:left|top|text-indent)\\s*:\\s*-\\d{3,}|height\\s*:\\s*0(?![.\\d])");
    private static final Pattern BAD_SCHEME = Pattern.compile("^(javascript|vbscript|data|file):",
            Pattern.CASE_INSENSITIVE);

    private SafeAttributes() {
    }

    /**
     * Copies the allowed attributes of {@code from} onto {@code to}, adding what is wrong with the
     * others to {@code problems}.
     */
    static void copy(Element from, Element to, String file, SourceLines lines, List<Problem> problems) {
        for (Attribute a : from.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue();
            if (name.startsWith("on")) {
                problems.add(Problem.error(file, lines.lineOf(a.getKey() + "=", a.getKey()), "Thuộc tính " + a.getKey()
                        + " (chạy mã JavaScript) không được phép trong bài. Xóa thuộc tính này."));
            } else if (URL_ATTRIBUTES.contains(name) && unsafeUrl(value)) {
                int line = lines.lineOf(value.length() > 40 ? value.substring(0, 40) : value, a.getKey() + "=");
                boolean image = asBrowserReads(value).regionMatches(true, 0, "data:image", 0, 10);
                problems.add(Problem.error(file, line, image
                        ? "Ảnh được dán thẳng vào bài dưới dạng dữ liệu (data:image...), không được phép. Lưu ảnh vào "
                                + "thư mục assets/anh/ rồi chèn bằng ![Mô tả ảnh](/anh/ten-anh.jpg)."
                        : "Liên kết \"" + abbreviate(value) + "\" dùng giao thức không an toàn (javascript:, data:...). "
                                + "Chỉ dùng liên kết http(s):// hoặc đường dẫn trong trang."));
            } else if (name.equals("style")) {
                if (HIDING_STYLE.matcher(value.toLowerCase(Locale.ROOT)).find()) {
                    problems.add(Problem.warning(file, lines.lineOf(value), "Đã bỏ style \"" + abbreviate(value)
                            + "\" làm ẩn nội dung; mọi nội dung đăng phải hiển thị công khai."));
                }
            } else if (ALLOWED.contains(name) && a.hasDeclaredValue()) {
                to.attributes().put(name, value);
            } else if (ALLOWED.contains(name)) {
                to.attributes().put(name, true);
            }
        }
    }

    /** Whether a browser would run or load {@code url} as script or inline data. */
    static boolean unsafeUrl(String url) {
        return BAD_SCHEME.matcher(asBrowserReads(url)).find();
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

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
