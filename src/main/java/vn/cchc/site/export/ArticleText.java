package vn.cchc.site.export;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What is pasted of an item's page: its article without the heading block (the title, date and author
 * go into the portal's own fields) and without the footer of pillar and tag links: the facts table of
 * a document, procedure or process, the procedure's online-service link, then the body. A theme
 * without {@code <article>} gives its {@code <main>}.
 *
 * @param html     the article's inner HTML, links relative to the page
 * @param bodyText the text of the body alone ({@code .noi-dung-bai}), for the summary
 */
record ArticleText(String html, String bodyText) {

    static ArticleText of(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        Element article = doc.selectFirst("article");
        if (article == null) {
            article = doc.selectFirst("main") == null ? doc.body() : doc.selectFirst("main");
        }
        article.select("> header, > footer, nav, .duong-dan").remove();
        Element body = article.selectFirst(".noi-dung-bai");
        return new ArticleText(article.html(), (body == null ? article : body).text());
    }
}
