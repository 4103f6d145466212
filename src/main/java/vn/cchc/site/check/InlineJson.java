package vn.cchc.site.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * JSON that is safe to place inside HTML: in a {@code <script>} element (JSON-LD, the search index),
 * an event stream or an attribute. Jackson writes it, and escapes {@code <}, {@code >} and
 * {@code &} as {@code \u003c}, {@code \u003e}, {@code \u0026} (so no text can close the script,
 * open a comment {@code <!--} or start an entity), and the line separators U+2028 and U+2029, which
 * end a line in older JavaScript. The value read back is unchanged.
 */
public final class InlineJson {
    private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new HtmlSafeEscapes());

    private InlineJson() {
    }

    /** {@code value} as compact JSON with nothing an HTML parser could read as markup. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as JSON: " + value.getClass().getName(), e);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            ascii['<'] = ESCAPE_CUSTOM;
            ascii['>'] = ESCAPE_CUSTOM;
            ascii['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> new SerializedString("\\u003c");
                case '>' -> new SerializedString("\\u003e");
                case '&' -> new SerializedString("\\u0026");
                case 0x2028 -> new SerializedString("\\u2028");
                case 0x2029 -> new SerializedString("\\u2029");
                default -> null;
            };
        }
    }
}
