package vn.cchc.site.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Selector;
import vn.cchc.site.core.Problem;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads saved HTML pages of an old column with a {@link PageMapping}. A page where the title or
 * body selector finds nothing (a list page, a contact page) is skipped without a problem; an
 * article page whose date cannot be read is reported.
 */
final class SavedPages {
    private SavedPages() {
    }

    /** @return whether the page was an article page */
    static boolean read(Path file, byte[] html, PageMapping mapping, List<Article> out, List<Problem> problems)
            throws java.io.IOException {
        String source = file.toString();
        Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(html), null, "",
                Parser.htmlParser().setTrackPosition(true));
        Element title;
        Element body;
        Element date;
        try {
            title = doc.selectFirst(mapping.title());
            body = doc.selectFirst(mapping.body());
            date = doc.selectFirst(mapping.date());
        } catch (Selector.SelectorParseException e) {
            problems.add(Problem.error(source, 0, "Bộ chọn CSS trong tệp ánh xạ sai cú pháp (" + e.getMessage() + ")."));
            return false;
        }
        if (title == null || body == null || CleanText.line(title.text()).isEmpty()) {
            return false;
        }
        int line = title.sourceRange().start().lineNumber();
        Optional<LocalDateTime> when = date == null ? Optional.empty()
                : Dates.parse(date.hasAttr("datetime") ? date.attr("datetime") : date.text());
        if (when.isEmpty()) {
            problems.add(Problem.warning(source, date == null ? line : date.sourceRange().start().lineNumber(),
                    "Không đọc được ngày đăng (bộ chọn \"" + mapping.date() + "\"" + (date == null ? " không thấy gì"
                    : " cho \"" + CleanText.line(date.text()) + "\"") + "); bỏ qua trang này."));
            return true;
        }
        String url = ownUrl(doc);
        if (url.isEmpty() && !mapping.baseUrl().isEmpty()) {
            url = FeedReader.resolve(mapping.baseUrl().endsWith("/") ? mapping.baseUrl() : mapping.baseUrl() + "/",
                    file.getFileName().toString());
        }
        if (url.isEmpty()) {
            problems.add(Problem.warning(source, line, "Trang không ghi địa chỉ cũ của nó (<link rel=\"canonical\"> "
                    + "hoặc og:url); thêm base_url vào tệp ánh xạ để lập bảng chuyển hướng. Bỏ qua trang này."));
            return true;
        }
        String image = "";
        if (!mapping.image().isEmpty()) {
            Element img = doc.selectFirst(mapping.image());
            image = img == null ? "" : img.attr("src");
        }
        out.add(new Article(source, line, CleanText.line(title.text()), when.get(), body.html(), url, image, url,
                file.toAbsolutePath().getParent()));
        return true;
    }

    private static String ownUrl(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            return canonical.attr("href").strip();
        }
        Element og = doc.selectFirst("meta[property=og:url][content]");
        return og == null ? "" : og.attr("content").strip();
    }
}
