package vn.cchc.site.core;

import java.util.Locale;

/**
 * Finds the line of a content file where a piece of text stands, to point editors at the
 * Markdown line behind a problem found in the rendered HTML. Problems are mostly looked up in the
 * order of the text, so a search starts where the last one was found; the characters searched
 * per body are bounded (a few times the body's length), after which the body's first line is
 * given, so a body with thousands of links costs linear, not quadratic, time.
 */
public final class SourceLines {
    private final String body;
    private final int bodyLine;
    private String lowerBody;
    private int[] lineStarts;
    private int cursor;
    private long budget;

    /**
     * @param body     the Markdown body
     * @param bodyLine line of the file where the body starts
     */
    public SourceLines(String body, int bodyLine) {
        this.body = body;
        this.bodyLine = bodyLine;
        this.budget = 8L * body.length() + 100_000;
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
        if (needle == null || needle.isEmpty() || budget <= 0) {
            return -1;
        }
        int at = search(body, needle);
        if (at < 0) {
            if (lowerBody == null) {
                lowerBody = body.toLowerCase(Locale.ROOT);
            }
            // lower-casing keeps the length of all but a few characters (İ), so positions still match
            at = lowerBody.length() == body.length() ? search(lowerBody, needle.toLowerCase(Locale.ROOT)) : -1;
        }
        if (at >= 0) {
            cursor = at;
        }
        return at;
    }

    /** The first occurrence at or after the cursor, else the first before it; counts what it reads. */
    private int search(String text, String needle) {
        int at = text.indexOf(needle, cursor);
        budget -= (at < 0 ? text.length() : at) - cursor;
        if (at < 0 && cursor > 0) {
            at = text.indexOf(needle);
            at = at >= 0 && at < cursor ? at : -1;
            budget -= at < 0 ? cursor : at;
        }
        return at;
    }

    private int lineAt(int at) {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int count = 1;
            for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
            lineStarts = java.util.Arrays.copyOf(starts, count);
        }
        int index = java.util.Arrays.binarySearch(lineStarts, at);
        return bodyLine + (index >= 0 ? index : -index - 2);
    }
}
