package vn.cchc.site.importer;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One news item or article of an old column, as a feed or a saved page gives it.
 *
 * @param source  the feed or page, as shown in messages
 * @param line    its line where the item starts
 * @param title   the title, clean text
 * @param date    the original date, Vietnam time
 * @param html    the body, HTML with links as the source wrote them
 * @param url     the item's address on the old portal (absolute), the key that prevents importing it twice
 * @param image   the lead image as the source wrote it, or empty
 * @param baseUri what relative links are resolved against
 * @param folder  the folder of a saved page (its local images are copied), or null
 */
record Article(String source, int line, String title, LocalDateTime date, String html, String url, String image,
               String baseUri, Path folder) {
}
