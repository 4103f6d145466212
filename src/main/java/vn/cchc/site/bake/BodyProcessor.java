package vn.cchc.site.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import vn.cchc.site.check.HtmlSanitizer;
import vn.cchc.site.check.LinkParts;
import vn.cchc.site.check.PageLinkScanner;
import vn.cchc.site.check.Problem;
import vn.cchc.site.check.SourceLines;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.UnparsedBody;
import vn.cchc.site.content.Slugs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an item's Markdown into the HTML shown on its page, once per build: renders with flexmark,
 * sanitises with Jsoup, gives headings ASCII ids, makes site links relative to the page (so the
 * site works under any base path), marks external links {@code noopener}, lazy-loads images,
 * labels table cells for the stacked phone layout, and collects internal links for the link check.
 */
public final class BodyProcessor {
    private static final List<String> RICH_TAGS = List.of("<a ", "<img", "<table", "<h1", "<h2", "<h3", "<h4", "<h5",
            "<h6", "<iframe");

    private final MarkdownRenderer markdown;
    private final HtmlSanitizer sanitizer;

    private final ImageSizes images;

    public BodyProcessor(MarkdownRenderer markdown, HtmlSanitizer sanitizer) {
        this(markdown, sanitizer, null);
    }

    BodyProcessor(MarkdownRenderer markdown, HtmlSanitizer sanitizer, ImageSizes images) {
        this.markdown = markdown;
        this.sanitizer = sanitizer;
        this.images = images;
    }

    public RenderedBody process(Item item) {
        return process(item.file(), item.path(), item.body(), item.bodyLine());
    }

    /**
     * Checks the body of a file that gave no item, as if it were a page at {@code <slug>/}, so its
     * unsafe HTML and bad links are reported in the same run as its front-matter errors.
     */
    public RenderedBody process(UnparsedBody unparsed) {
        return process(unparsed.file(), unparsed.slug() + "/", unparsed.body(), unparsed.bodyLine());
    }

    private RenderedBody process(String file, String path, String markdownBody, int bodyLine) {
        String html = markdown.toHtml(markdownBody);
        List<Problem> unsafeLinks = sanitizer.checkMarkdownLinks(markdownBody, file, bodyLine);
        if (isPlain(markdownBody, html)) {
            // No raw HTML, link, image, table or heading: nothing to sanitise or rewrite.
            return new RenderedBody(html, Parser.unescapeEntities(textOf(html), false), List.of(),
                    html.contains("id=") ? Set.copyOf(PageLinkScanner.idsOf(html)) : Set.of(), unsafeLinks);
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        SourceLines lines = new SourceLines(markdownBody, bodyLine);
        List<Problem> problems = new ArrayList<>(unsafeLinks);
        problems.addAll(sanitizer.sanitize(body, file, lines));
        Map<String, String> ids = asciiIds(body);
        String root = Paths.rootOf(path);
        List<RenderedBody.InternalLink> links = new ArrayList<>();
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href").strip();
            String rewritten = link(href, file, path, root, ids, lines, links, problems);
            if (rewritten != null) {
                a.attr("href", rewritten);
            }
            if (isExternal(href)) {
                a.attr("rel", "noopener noreferrer");
                a.removeAttr("target");
            }
        }
        for (Element img : body.select("img")) {
            String src = img.attr("src").strip();
            String rewritten = link(src, file, path, root, ids, lines, links, problems);
            if (rewritten != null) {
                img.attr("src", rewritten);
            }
            if (!img.hasAttr("alt") || img.attr("alt").isBlank()) {
                problems.add(Problem.warning(file, lines.lineOf(src), "Ảnh \"" + src + "\" chưa có mô tả "
                        + "(alt). Viết mô tả trong ngoặc vuông: ![Mô tả ảnh](" + src + ") để người khiếm thị nghe được."));
                img.attr("alt", "");
            }
            img.attr("loading", "lazy");
            img.attr("decoding", "async");
            if (images != null && !img.hasAttr("width") && src.startsWith("/") && !src.startsWith("//")) {
                images.of(src.substring(1)).ifPresent(size -> {
                    img.attr("width", String.valueOf(size.width()));
                    img.attr("height", String.valueOf(size.height()));
                });
            }
        }
        labelTables(body);
        String out = body.html();
        return new RenderedBody(out, body.text(), List.copyOf(links), Set.copyOf(PageLinkScanner.idsOf(out)),
                List.copyOf(problems));
    }

    private Map<String, String> asciiIds(Element body) {
        Map<String, String> renamed = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Element el : body.select("[id]")) {
            String old = el.id();
            String base = Slugs.slugify(old);
            if (base.isEmpty()) {
                base = "muc";
            }
            String id = base;
            for (int n = 1; !used.add(id); n++) {
                id = base + "-" + n;
            }
            el.id(id);
            renamed.put(old, id);
        }
        return renamed;
    }

    private String link(String href, String file, String path, String root, Map<String, String> ids, SourceLines lines,
                        List<RenderedBody.InternalLink> links, List<Problem> problems) {
        if (href.isEmpty()) {
            return null;
        }
        int line = lines.lineOf(href);
        if (href.startsWith("#")) {
            String fragment = href.substring(1);
            String id = ids.getOrDefault(fragment, ids.getOrDefault(decode(fragment), fragment));
            links.add(new RenderedBody.InternalLink("", id, href, line));
            return "#" + id;
        }
        String lower = href.toLowerCase(Locale.ROOT);
        if (isExternal(href) || lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:")
                || lower.startsWith("tel:")) {
            if (lower.startsWith("http") && !wellFormed(href)) {
                problems.add(Problem.error(file, line, "Liên kết ngoài \"" + href + "\" sai định dạng "
                        + "(thiếu tên miền hoặc có ký tự lạ như dấu cách). Sửa lại địa chỉ đầy đủ, ví dụ https://dichvucong.gov.vn/."));
            }
            return null;
        }
        if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        LinkParts parts = LinkParts.of(href);
        String pathPart = parts.path();
        String fragment = parts.fragment();
        String target = pathPart.startsWith("/") ? pathPart.substring(1) : PageLinkScanner.resolve(path, pathPart);
        if (target == null) {
            problems.add(Problem.error(file, line, "Liên kết \"" + href + "\" đi ra ngoài trang web."));
            return null;
        }
        target = decode(target);
        links.add(new RenderedBody.InternalLink(target, fragment, href, line));
        return root + target + (fragment.isEmpty() ? "" : "#" + fragment);
    }

    private static void labelTables(Element body) {
        for (Element table : body.select("table")) {
            Elements headers = table.select("thead th");
            if (!headers.isEmpty()) {
                for (Element row : table.select("tbody tr")) {
                    Elements cells = row.children();
                    for (int i = 0; i < cells.size() && i < headers.size(); i++) {
                        cells.get(i).attr("data-label", headers.get(i).text());
                    }
                }
                headers.forEach(th -> th.attr("scope", "col"));
            }
            table.addClass("bang");
            table.wrap("<div class=\"bang-cuon\"></div>");
        }
    }

    /** The text of simple HTML: tags dropped, white space folded (entities left for the caller). */
    static String textOf(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean inTag = false;
        boolean space = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (inTag) {
                inTag = c != '>';
                if (!inTag) {
                    space = true;
                }
            } else if (c == '<') {
                inTag = true;
            } else if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the rendered body is only paragraphs, lists and emphasis, with no editor HTML. */
    static boolean isPlain(String markdown, String html) {
        if (markdown.indexOf('<') >= 0) {
            return false;
        }
        for (String tag : RICH_TAGS) {
            if (html.contains(tag)) {
                return false;
            }
        }
        return true;
    }

    static boolean isExternal(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://") || h.startsWith("//");
    }

    static boolean wellFormed(String href) {
        try {
            URI uri = new URI(href);
            return uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
