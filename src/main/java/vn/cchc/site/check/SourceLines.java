package vn.cchc.site.check;

import java.util.Locale;

/**
 * Finds the line of a content file where a piece of text stands, to point editors at the
 * Markdown line behind a problem found in the rendered HTML.
 */
public final class SourceLines {
    private final String body;
    private final int bodyLine;
    private String lowerBody;

    /**
     * @param body     the Markdown body
     * @param bodyLine line of the file where the body starts
     */
    public SourceLines(String body, int bodyLine) {
        this.body = body;
        this.bodyLine = bodyLine;
    }

    /**
     * Line of the first occurrence of the first of {@code needles} that occurs (compared exactly,
     * then ignoring case, as HTML tag and attribute names are), or the body's first line when none does.
     */
    public int lineOf(String... needles) {
        for (String needle : needles) {
            int at = indexOf(needle);
            if (at >= 0) {
                return lineAt(at);
            }
        }
        return bodyLine;
    }

    private int indexOf(String needle) {
        if (needle == null || needle.isEmpty()) {
            return -1;
        }
        int at = body.indexOf(needle);
        if (at < 0) {
            if (lowerBody == null) {
                lowerBody = body.toLowerCase(Locale.ROOT);
            }
            String lower = needle.toLowerCase(Locale.ROOT);
            // lower-casing keeps the length of all but a few characters (İ), so positions still match
            at = lowerBody.length() == body.length() ? lowerBody.indexOf(lower) : -1;
        }
        return at;
    }

    private int lineAt(int at) {
        int line = bodyLine;
        for (int i = 0; i < at; i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
