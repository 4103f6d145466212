package vn.cchc.site.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.cchc.site.core.Problem;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads an RSS 2.0 or Atom feed (Jsoup's XML parser, positions tracked for messages). An item's
 * address is its {@code link} (RSS, else {@code guid}; Atom: {@code link rel="alternate"}, else
 * {@code id}); its body is {@code content:encoded}, else {@code description} (RSS), or
 * {@code content}, else {@code summary} (Atom). Entities and CDATA are decoded; relative links are
 * later resolved against the item's address.
 */
final class FeedReader {
    private FeedReader() {
    }

    /** Whether {@code bytes} look like a feed rather than an HTML page. */
    static boolean isFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2000), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }

    /** @param base the feed's own address (for relative item links), or empty */
    static void read(String source, byte[] xml, String base, List<Article> out, List<Problem> problems)
            throws java.io.IOException {
        Parser parser = Parser.xmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(xml), null, base, parser);
        boolean atom = !doc.select("feed > entry").isEmpty() || doc.selectFirst("feed") != null;
        List<Element> items = atom ? doc.select("feed > entry") : doc.select("item");
        String site = base.isEmpty() ? siteLink(doc, atom) : base;
        if (items.isEmpty()) {
            problems.add(Problem.error(source, 1, "Không thấy tin nào trong nguồn tin (không có <item> của RSS hay "
                    + "<entry> của Atom). Kiểm tra địa chỉ RSS của chuyên mục cũ."));
        }
        for (Element item : items) {
            int line = item.sourceRange().start().lineNumber();
            String title = CleanText.line(Jsoup.parseBodyFragment(text(item, "title")).text());
            String link = atom ? atomLink(item) : first(item, "link", "guid");
            link = resolve(site, CleanText.line(link));
            String body = atom ? first(item, "content", "summary") : first(item, "content|encoded", "description");
            String dateText = atom ? first(item, "published", "updated") : first(item, "pubDate", "dc|date");
            Optional<LocalDateTime> date = Dates.parse(dateText);
            if (title.isEmpty() || !link.matches("https?://\\S+") || date.isEmpty()) {
                problems.add(Problem.warning(source, line, "Tin thiếu " + (title.isEmpty() ? "tiêu đề"
                        : !link.matches("https?://\\S+") ? "đường dẫn đầy đủ (link \"" + link + "\")"
                        : "ngày đăng đọc được (\"" + dateText + "\")") + "; bỏ qua tin này."));
                continue;
            }
            Element enclosure = item.selectFirst("enclosure[type^=image], media|content[medium=image]");
            String image = enclosure == null ? "" : enclosure.attr(enclosure.hasAttr("url") ? "url" : "href");
            out.add(new Article(source, line, title, date.get(), body, link, image, link, null));
        }
    }

    /** The address of the site a feed file belongs to, for items whose links are relative. */
    private static String siteLink(Document doc, boolean atom) {
        Element link = atom ? doc.selectFirst("feed > link[rel=alternate], feed > link:not([rel])")
                : doc.selectFirst("channel > link");
        return link == null ? "" : CleanText.line(atom ? link.attr("href") : link.text());
    }

    private static String atomLink(Element entry) {
        Element alternate = entry.selectFirst("link[rel=alternate]");
        if (alternate == null) {
            alternate = entry.selectFirst("link:not([rel])");
        }
        return alternate == null ? text(entry, "id") : alternate.attr("href");
    }

    private static String first(Element item, String... tags) {
        for (String tag : tags) {
            String v = text(item, tag);
            if (!v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    /** The text of a child element: for {@code type="xhtml"} Atom content, its markup. */
    private static String text(Element item, String tag) {
        Element e = item.selectFirst("> " + tag);
        if (e == null) {
            return "";
        }
        if (e.attr("type").equals("xhtml")) {
            return e.html();
        }
        return e.wholeText();
    }

    static String resolve(String base, String href) {
        if (href.isEmpty() || base.isEmpty()) {
            return href;
        }
        try {
            return java.net.URI.create(base).resolve(href.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return href;
        }
    }
}
