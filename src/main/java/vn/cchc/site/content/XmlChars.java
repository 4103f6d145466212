package vn.cchc.site.content;

import vn.cchc.site.core.Problem;

import java.util.List;

/**
 * Characters that XML 1.0 does not allow (control characters other than tab and line breaks, such
 * as U+0007 pasted from Word or a YAML {@code "\v"}; U+FFFE, U+FFFF; lone surrogates) make
 * {@code rss.xml} and {@code sitemap.xml} unreadable to feed readers and search engines, and are
 * invisible in an editor. They are removed where content is read, with a warning at their line, so
 * no output (page, feed, sitemap, search index) ever holds one.
 */
public final class XmlChars {
    private XmlChars() {
    }

    /** Whether {@code text} holds a character not allowed in XML 1.0. */
    public static boolean hasInvalid(String text) {
        return firstInvalid(text) >= 0;
    }

    /**
     * {@code text} without the characters XML 1.0 does not allow; one warning per line that held some.
     *
     * @param firstLine the line of {@code file} where {@code text} starts
     */
    public static String strip(String file, String text, int firstLine, List<Problem> problems) {
        int at = firstInvalid(text);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int line = firstLine;
        int warnedLine = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (i >= at && !allowed(text, i)) {
                if (line != warnedLine) {
                    warnedLine = line;
                    problems.add(Problem.warning(file, line, String.format("Đã bỏ ký tự điều khiển không hiển thị "
                            + "(U+%04X, thường do dán từ Word); ký tự này làm hỏng rss.xml và sitemap.xml.", (int) c)));
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static int firstInvalid(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c >= 0xD800) && !allowed(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the character at {@code i} may stand in XML 1.0 (a surrogate only as part of a pair). */
    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && c < 0xD800) {
            return true;
        }
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
