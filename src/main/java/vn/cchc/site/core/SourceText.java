package vn.cchc.site.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Decodes a content file the way editors' machines write them: strict UTF-8 (a Windows-1258 or
 * Latin-1 file is refused with the line of its first bad byte), an optional BOM, CRLF or CR line
 * endings, and decomposed (NFD) text from macOS, which is normalised to NFC.
 */
public final class SourceText {
    private SourceText() {
    }

    /** Thrown when the bytes are not UTF-8; {@link #line()} is where the first bad byte is. */
    public static final class NotUtf8Exception extends Exception {
        private final int line;

        NotUtf8Exception(int line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static String decode(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            text = chars.toString();
        } catch (MalformedInputException e) {
            throw new NotUtf8Exception(lineOfBadByte(bytes));
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(lineOfBadByte(bytes));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static int lineOfBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int bad = in.position();
        int line = 1;
        for (int i = 0; i < bad && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
