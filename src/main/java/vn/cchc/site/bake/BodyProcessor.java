package vn.cchc.site.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.cchc.site.check.HtmlSanitizer;
import vn.cchc.site.check.LinkParts;
import vn.cchc.site.check.LinkRules;
import vn.cchc.site.check.PageLinkScanner;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SourceLines;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.UnparsedBody;
import vn.cchc.site.content.Slugs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an item's Markdown into the HTML shown on its page, once per build: renders with flexmark,
 * sanitises with Jsoup, gives headings ASCII ids, makes site links relative to the page (so the
 * site works under any base path), marks external links {@code noopener}, lazy-loads images,
 * labels table cells for the stacked phone layout, and collects internal links for the link check.
 */
public final class BodyProcessor {
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

    /**
     * The page HTML of {@code item}'s body and what is wrong with it. A body nested too deeply or with
     * a block too long to render in bounded time is not rendered: it gives an error at its line.
     */
    public RenderedBody process(Item item) {
        return process(new Source(item.file(), item.path(), item.body(), item.bodyLine()));
    }

    /**
     * Checks the body of a file that gave no item, as if it were a page at {@code <slug>/}, so its
     * unsafe HTML and bad links are reported in the same run as its front-matter errors.
     */
    public RenderedBody process(UnparsedBody unparsed) {
        return process(new Source(unparsed.file(), unparsed.slug() + "/", unparsed.body(), unparsed.bodyLine()));
    }

    /** A body to render: its file, the path of its page, its Markdown and the line it starts at. */
    private record Source(String file, String path, String body, int bodyLine) {
    }

    private RenderedBody process(Source item) {
        List<Problem> limits = BodyLimits.check(item.body(), item.file(), item.bodyLine());
        if (!limits.isEmpty()) {
            return new RenderedBody("", "", List.of(), Set.of(), limits);
        }
        try {
            return render(item);
        } catch (StackOverflowError e) {
            return new RenderedBody("", "", List.of(), Set.of(), List.of(Problem.error(item.file(), item.bodyLine(),
                    "Nội dung lồng nhau quá sâu, không thể hiển thị. Bỏ bớt các danh sách, trích dẫn hoặc thẻ HTML lồng nhau.")));
        }
    }

    private RenderedBody render(Source item) {
        String html = markdown.toHtml(item.body());
        List<Problem> unsafeLinks = sanitizer.checkMarkdownLinks(item.body(), item.file(), item.bodyLine());
        if (sanitizer.alreadyClean(item.body(), html)) {
            // Only attribute-free safelisted tags and text: nothing to sanitise or rewrite.
            return new RenderedBody(html, Jsoup.parseBodyFragment(html).body().text(), List.of(), Set.of(),
                    unsafeLinks);
        }
        SourceLines lines = new SourceLines(item.body(), item.bodyLine());
        HtmlSanitizer.Cleaned cleaned = sanitizer.clean(html, item.file(), lines);
        Element body = cleaned.body();
        List<Problem> problems = new ArrayList<>(unsafeLinks);
        problems.addAll(cleaned.problems());
        Map<String, String> ids = asciiIds(body);
        String root = Paths.rootOf(item.path());
        List<RenderedBody.InternalLink> links = new ArrayList<>();
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href").strip();
            String rewritten = link(href, item, root, ids, lines, links, problems);
            if (rewritten != null) {
                a.attr("href", rewritten);
            }
            if (LinkRules.isWeb(href)) {
                a.attr("rel", "noopener noreferrer");
                a.removeAttr("target");
            }
        }
        for (Element img : body.select("img")) {
            String src = img.attr("src").strip();
            String rewritten = link(src, item, root, ids, lines, links, problems);
            if (rewritten != null) {
                img.attr("src", rewritten);
            }
            if (!img.hasAttr("alt") || img.attr("alt").isBlank()) {
                problems.add(Problem.warning(item.file(), lines.lineOf(src), "Ảnh \"" + src + "\" chưa có mô tả "
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

    private String link(String href, Source item, String root, Map<String, String> ids, SourceLines lines,
                        List<RenderedBody.InternalLink> links, List<Problem> problems) {
        if (href.isEmpty()) {
            return null;
        }
        int line = lines.lineOf(href);
        if (href.startsWith("#")) {
            String fragment = href.substring(1);
            String id = ids.getOrDefault(fragment, ids.getOrDefault(LinkRules.decode(fragment), fragment));
            links.add(new RenderedBody.InternalLink("", id, href, line));
            return "#" + id;
        }
        if (LinkRules.leavesSite(href)) {
            if (LinkRules.isWeb(href) && !LinkRules.wellFormedWeb(href)) {
                problems.add(Problem.error(item.file(), line, "Liên kết ngoài \"" + href + "\" sai định dạng "
                        + "(thiếu tên miền hoặc có ký tự lạ như dấu cách). Sửa lại địa chỉ đầy đủ, ví dụ https://dichvucong.gov.vn/."));
            }
            return null;
        }
        LinkParts parts = LinkParts.of(href);
        String pathPart = parts.path();
        String fragment = parts.fragment();
        String target = pathPart.startsWith("/") ? pathPart.substring(1) : PageLinkScanner.resolve(item.path(), pathPart);
        if (target == null) {
            problems.add(Problem.error(item.file(), line, "Liên kết \"" + href + "\" đi ra ngoài trang web."));
            return null;
        }
        target = LinkRules.decode(target);
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
}
