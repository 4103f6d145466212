package vn.cchc.site.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One set of link rules for body links and page links, and a page scan that reads tags as browsers do. */
class LinkRulesTest {
    @Test
    void aLinkLeavesTheSiteOnlyWithASchemeOrTwoSlashes() {
        for (String out : List.of("https://x.vn/", "HTTP://x.vn", "//x.vn/a", "mailto:a@b.vn", "tel:0225", "sms:1",
                "javascript:x")) {
            assertTrue(LinkRules.leavesSite(out), out);
        }
        for (String in : List.of("/tin-tuc/a/", "../a/", "a/b:c", "#muc", "1:2", "ý:kiến", "")) {
            assertFalse(LinkRules.leavesSite(in), in);
        }
        assertTrue(LinkRules.isWeb("https://x.vn") && LinkRules.isWeb("//x.vn") && !LinkRules.isWeb("mailto:a@b.vn"));
    }

    @Test
    void decodingKeepsPlusAndMalformedEscapes() {
        assertEquals("tin tức/a+b", LinkRules.decode("tin%20t%E1%BB%A9c/a+b"));
        assertEquals("a%zz", LinkRules.decode("a%zz"));
    }

    @Test
    void onlyAttributesOfTagsAreLinks() {
        String html = "<meta name=\"description\" content=\"Xem href=trang-khac và src=anh.png\">"
                + "<p>Viết href=khac id=x trong chữ</p><!-- <a href=\"/ghi-chu/\"> -->"
                + "<script>var s = '<a href=\"/trong-script/\">';</script>"
                + "<a title='src=/sai/' HREF = '/dung/' data-x=\"a>b\" id=muc>x</a><img src=/anh/a.jpg alt=\"\">";
        assertEquals(List.of("/dung/", "/anh/a.jpg"), PageLinkScanner.links(html));
        assertEquals(java.util.Set.of("muc"), PageLinkScanner.idsOf(html));
    }
}
