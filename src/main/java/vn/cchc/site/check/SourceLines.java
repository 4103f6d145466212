package vn.cchc.site.check;

/**
 * Finds the line of a content file where a piece of text stands, to point editors at the
 * Markdown line behind a problem found in the rendered HTML.
 */
public final class SourceLines {
    private final String body;
    private final int bodyLine;

    /**
     * @param body     the Markdown body
     * @param bodyLine line of the file where the body starts
     */
    public SourceLines(String body, int bodyLine) {
        this.body = body;
        this.bodyLine = bodyLine;
    }

    /** Line of the first occurrence of {@code needle}, or the body's first line when not found. */
    public int lineOf(String needle) {
        if (needle == null || needle.isEmpty()) {
            return bodyLine;
        }
        int at = body.indexOf(needle);
        if (at < 0) {
            return bodyLine;
        }
        int line = bodyLine;
        for (int i = 0; i < at; i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
