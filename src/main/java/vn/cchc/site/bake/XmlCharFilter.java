package vn.cchc.site.bake;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Drops the control characters XML 1.0 does not allow (all below U+0020 but tab and line breaks,
 * and U+FFFE, U+FFFF) on their way to a feed or sitemap. Content has them removed with a warning
 * when it is read ({@code XmlChars}); this is the last guard for text from elsewhere.
 */
final class XmlCharFilter extends FilterWriter {
    XmlCharFilter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (allowed((char) c)) {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (!allowed(chars[i])) {
                out.write(chars, start, i - start);
                start = i + 1;
            }
        }
        out.write(chars, start, end - start);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    private static boolean allowed(char c) {
        return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
    }
}
