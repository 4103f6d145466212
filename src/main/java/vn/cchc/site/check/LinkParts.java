package vn.cchc.site.check;

/**
 * A site-internal link split into its path and its anchor; the query string is dropped (a static
 * site serves the same file whatever it says).
 *
 * @param path     the part before {@code ?} and {@code #}, as written
 * @param fragment the part after {@code #}, without it, or empty
 */
public record LinkParts(String path, String fragment) {

    public static LinkParts of(String link) {
        String path = link;
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return new LinkParts(path, fragment);
    }
}
