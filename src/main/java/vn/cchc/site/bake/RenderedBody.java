package vn.cchc.site.bake;

import vn.cchc.site.core.Problem;

import java.util.List;
import java.util.Set;

/**
 * An item's body after Markdown rendering and post-processing.
 *
 * @param html     safe HTML with links relative to the item's page
 * @param text     plain text (for summaries and search)
 * @param links    internal links the editor wrote, to be checked against the finished site
 * @param ids      the {@code id} attributes of the HTML, the anchors other pages may link to
 * @param problems what sanitising and checking found
 */
public record RenderedBody(String html, String text, List<InternalLink> links, Set<String> ids,
                           List<Problem> problems) {

    /**
     * A link from an item's body to a path of the site.
     *
     * @param target   site-relative path without leading '/', e.g. {@code tin-tuc/abc/}; empty for the page itself
     * @param fragment the {@code #id} part without '#', or empty
     * @param href     the link as the editor wrote it
     * @param line     line of the content file
     */
    public record InternalLink(String target, String fragment, String href, int line) {
    }
}
