package vn.cchc.site.content;

/**
 * A content file that gave no item because of errors. Its body is still checked (unsafe HTML,
 * malformed and broken links), so every problem of a file is reported in one run; its slug keeps
 * links to it from being reported as broken while it fails.
 *
 * @param file     path relative to the site root, as shown in messages
 * @param slug     the slug its file name gives
 * @param body     the Markdown body, or null when the front matter could not even be split from it
 * @param bodyLine line of the file where the body starts
 */
public record UnparsedBody(String file, String slug, String body, int bodyLine) {
}
