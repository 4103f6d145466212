package vn.cchc.site.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.cchc.site.check.InlineJson;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON placed in a page holds nothing an HTML parser reads as markup, and reads back unchanged. */
@Tag("security")
class InlineJsonTest {
    private static final List<String> HOSTILE = List.of("<!--<script>", "</script><script>alert(1)</script>",
            "a & b &amp; c", "]]><!--", "-->", "<![CDATA[", "x\u2028y\u2029z", "\"quoted\" \\ back\nslash\t",
            "Đăng ký khai sinh – “Tin”", "\u0007bell");

    @Test
    void markupCharactersAreEscapedAndTheValueIsKept() throws Exception {
        for (String text : HOSTILE) {
            String json = InlineJson.write(Map.of("headline", text));
            assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
            assertFalse(json.contains("\u2028") || json.contains("\u2029"), json);
            assertEquals(text, new ObjectMapper().readTree(json).get("headline").asText(), json);
        }
        assertEquals("\"\\u003c!--\\u003cscript\\u003e \\u0026\"", InlineJson.write("<!--<script> &"));
    }

    @Test
    void vietnameseTextIsWrittenAsIs() {
        assertTrue(InlineJson.write(List.of("Cải cách hành chính")).contains("Cải cách hành chính"));
    }
}
