package vn.cchc.site.core;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceTextTest {

    @Test
    void bomAndCrlfAreAccepted() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\r\ntitle: Tin\r\n---\r\nNội dung\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        assertEquals("---\ntitle: Tin\n---\nNội dung\n", SourceText.decode(all));
    }

    @Test
    void decomposedTextIsNormalisedToNfc() throws Exception {
        String nfd = Normalizer.normalize("Phường Lê Chân", Normalizer.Form.NFD);
        String decoded = SourceText.decode(nfd.getBytes(StandardCharsets.UTF_8));
        assertEquals("Phường Lê Chân", decoded);
        assertTrue(Normalizer.isNormalized(decoded, Normalizer.Form.NFC));
    }

    @Test
    void latin1IsRefusedWithTheLineOfTheFirstBadByte() {
        byte[] bytes = "---\ntitle: ok\nauthor: Hélène\n---\n".getBytes(Charset.forName("ISO-8859-1"));
        SourceText.NotUtf8Exception e = assertThrows(SourceText.NotUtf8Exception.class, () -> SourceText.decode(bytes));
        assertEquals(3, e.line());
    }
}
