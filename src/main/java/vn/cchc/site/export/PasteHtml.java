package vn.cchc.site.export;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Rebuilds an item's rendered body as HTML that survives a paste into a portal's editor: only the
 * elements and attributes of an allow-list (no script, event handler, class, id or data attribute),
 * headings from {@code h2} down, tables and figures with a few inline styles (the portal's style
 * sheet knows nothing of ours), embedded videos turned into links. Links and images are then given
 * to an {@link AssetRefs} to make them absolute or point at the files of the pack.
 */
final class PasteHtml {
    static final String TABLE_STYLE = "border-collapse:collapse;width:100%";
    static final String CELL_STYLE = "border:1px solid #999;padding:4px 8px;vertical-align:top";
    static final String FIGURE_STYLE = "margin:1em 0;text-align:center";

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote", "ul", "ol", "li",
                    "h2", "h3", "h4", "h5", "h6", "a", "img", "table", "caption", "thead", "tbody", "tfoot", "tr",
                    "th", "td", "figure", "figcaption", "hr", "code", "pre", "dl", "dt", "dd")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("ol", "start")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .preserveRelativeLinks(true);

    private PasteHtml() {
    }

    /**
     * The paste-ready fragment of {@code renderedBody}.
     *
     * @param renderedBody the body as the site shows it (links relative to the item's page)
     * @param pageUrl      absolute public address of the item's page, against which relative links resolve
     * @param refs         decides what each link and image becomes
     */
    static String of(String renderedBody, String pageUrl, AssetRefs refs) {
        Document dirty = Jsoup.parseBodyFragment(renderedBody, pageUrl);
        Element body = dirty.body();
        body.select("iframe[src]").forEach(f -> f.replaceWith(videoLink(f.absUrl("src"), f.attr("title"))));
        body.select("a[href]").forEach(a -> a.attr("href", refs.link(a.attr("href").startsWith("#")
                ? pageUrl + a.attr("href") : a.absUrl("href"))));
        body.select("img[src]").forEach(img -> img.attr("src", refs.image(img.absUrl("src"))));
        demoteHeadings(body);
        boxesToParagraphs(body);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(true).indentAmount(1);
        Element out = clean.body();
        out.select("a[href]").forEach(a -> {
            String href = a.attr("href").toLowerCase(Locale.ROOT);
            if (!href.startsWith("http://") && !href.startsWith("https://") && !href.startsWith("mailto:")
                    && !href.startsWith("tel:")) {
                a.unwrap();
            }
        });
        out.select("table").attr("style", TABLE_STYLE);
        out.select("th, td").attr("style", CELL_STYLE);
        out.select("figure").attr("style", FIGURE_STYLE);
        out.select("img").forEach(img -> img.attr("style", "max-width:100%;height:auto"));
        return out.html();
    }

    /** A whole document around {@code fragment}, so the file also reads well opened in a browser. */
    static String document(String title, String fragment) {
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + org.jsoup.nodes.Entities.escape(title) + "</title>\n</head>\n<body>\n" + fragment + "\n</body>\n</html>\n";
    }

    private static Element videoLink(String src, String title) {
        Element p = new Element("p");
        p.appendText("Xem video: ");
        p.appendElement("a").attr("href", src).text(title.isBlank() ? src : title);
        return p;
    }

    /** A layout box ({@code div}, {@code section}...) of inline content becomes a paragraph; others are unwrapped. */
    private static void boxesToParagraphs(Element body) {
        List<Element> boxes = new ArrayList<>(body.select("div, section, article, aside, header, footer, main, nav"));
        Collections.reverse(boxes); // innermost first
        for (Element box : boxes) {
            boolean blocks = box.children().stream().anyMatch(c -> c.isBlock());
            if (blocks) {
                box.unwrap();
            } else {
                box.tagName("p");
            }
        }
    }

    /** Shifts every heading down one level when the body uses {@code h1}, so the top level is {@code h2}. */
    private static void demoteHeadings(Element body) {
        if (body.selectFirst("h1") == null) {
            return;
        }
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            int level = Math.min(6, h.tagName().charAt(1) - '0' + 1);
            h.tagName("h" + level);
        }
    }
}
