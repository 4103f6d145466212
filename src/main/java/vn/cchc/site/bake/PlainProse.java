package vn.cchc.site.bake;

/**
 * The HTML of a Markdown text that is nothing but paragraphs of plain prose, made without a parse:
 * most news items are written so, and flexmark spends most of its time on them escaping and copying
 * text character by character (figures: docs/benchmarks.md). Anything this class does not recognise with
 * certainty is left to flexmark: {@link #toHtml} returns {@code null}.
 *
 * <p>Plain prose here means: paragraphs separated by empty lines; every other line starts with a
 * letter (so it cannot open a heading, list, quote, code block, table, HTML block or thematic break,
 * nor underline a heading) and holds only letters, digits, single spaces between words and the
 * punctuation {@code . , ; : ( ) % / ? ' " – — -}, none of which starts an inline construct (the
 * caller has ruled out autolinks); no line ends with a space (two would be a hard line break). For
 * such a text CommonMark gives one {@code <p>} per paragraph, its lines kept with their line breaks,
 * and {@code "} escaped. {@code MarkdownRendererTest} checks the result against flexmark on every
 * sample file, a generated corpus and the edge cases.
 */
final class PlainProse {
    private static final String PUNCTUATION = ".,;:()%/?'\"\u2013\u2014-";

    private PlainProse() {
    }

    /** The HTML flexmark would make of {@code markdown}, or {@code null} when it is not plain prose. */
    static String toHtml(String markdown) {
        StringBuilder html = new StringBuilder(markdown.length() + 64);
        boolean open = false;
        int length = markdown.length();
        int start = 0;
        while (start <= length) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            if (end == start) {
                if (open) {
                    html.append("</p>\n");
                    open = false;
                }
            } else {
                if (!plainLine(markdown, start, end)) {
                    return null;
                }
                html.append(open ? "\n" : "<p>");
                open = true;
                for (int i = start; i < end; i++) {
                    char c = markdown.charAt(i);
                    if (c == '"') {
                        html.append("&quot;");
                    } else {
                        html.append(c);
                    }
                }
            }
            start = end + 1;
        }
        if (open) {
            html.append("</p>\n");
        }
        return html.length() == 0 ? null : html.toString();
    }

    private static boolean plainLine(String text, int start, int end) {
        if (!Character.isLetter(text.charAt(start)) || text.charAt(end - 1) == ' ') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (!Character.isLetterOrDigit(c) && PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
