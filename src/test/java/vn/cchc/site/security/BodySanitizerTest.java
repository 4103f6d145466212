package vn.cchc.site.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.site.bake.RenderedBody;
import vn.cchc.site.core.Problem;
import vn.cchc.site.testing.Bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The body sanitiser as a specification: whatever a body holds, the published HTML is made only of
 * safelisted elements, safelisted attributes without script or unsafe URLs, and text; script
 * hidden where a browser and a parser disagree (CDATA, bogus comments, processing instructions,
 * raw-text elements, foreign namespaces) fails the build at its line. Each case goes through the
 * real Markdown renderer and body processor.
 */
@Tag("security")
class BodySanitizerTest {
    private static final int BODY_LINE = 6;
    private static final String CDATA = "<![CDATA[ ><script>document.title=\"XSS\"</script> ]]>";
    private static final Set<String> SAFE_TAGS = Set.of("a", "abbr", "b", "blockquote", "br", "caption", "cite",
            "code", "col", "colgroup", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1",
            "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
            "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "u", "ul", "input", "body");

    private final Bodies bodies = new Bodies(BODY_LINE);

    private RenderedBody process(String body) {
        return bodies.process(body);
    }

    /** name, Markdown whose third line hides script. */
    static Stream<Arguments> hiddenScript() {
        return Stream.of(
                Arguments.of("CDATA as a block", CDATA),
                Arguments.of("CDATA inline", "Chữ trước " + CDATA + " chữ sau."),
                Arguments.of("CDATA in a list item", "- Mục một\n- " + CDATA),
                Arguments.of("CDATA in a table cell", "| Cột |\n|---|\n| " + CDATA + " |"),
                Arguments.of("CDATA opening details with ontoggle",
                        "<![CDATA[ ><details open ontoggle=\"document.title='XSS'\"> ]]>"),
                Arguments.of("CDATA with an image error handler", "Ảnh <![CDATA[ ><img src=x onerror=alert(1)> ]]>"),
                Arguments.of("CDATA in capitals", "<![cdata[ ><SCRIPT>alert(1)</SCRIPT> ]]>"),
                Arguments.of("empty comment then script", "<!--><script>alert(1)</script>-->"),
                Arguments.of("comment closed by --!>", "<!-- x --!><script>alert(1)</script>"),
                Arguments.of("processing instruction", "<?xml version=\"1.0\" ><script>alert(1)</script> ?>"),
                Arguments.of("php-style instruction", "<?php ><img src=x onerror=alert(1)> ?>"),
                Arguments.of("doctype then script", "<!DOCTYPE html><script>alert(1)</script>"),
                Arguments.of("bogus declaration", "<!x ><script>alert(1)</script>"),
                Arguments.of("svg holding CDATA", "<svg><![CDATA[><image href=x onerror=alert(1)>]]></svg>"),
                Arguments.of("math namespace confusion",
                        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
                Arguments.of("noscript attribute breaking out",
                        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>"),
                Arguments.of("noscript closed inside an attribute, in a paragraph",
                        "Chữ <noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>"),
                Arguments.of("handler on an unknown tag", "<blink onmouseover=\"alert(1)\">Chữ</blink>"),
                Arguments.of("details with ontoggle", "<details open ontoggle=alert(1)><summary>x</summary></details>"),
                Arguments.of("template content", "<template><img src=x onerror=alert(1)></template>"),
                Arguments.of("javascript URL with entity-split scheme", "<a href=\"jav&#x09;ascript&colon;alert(1)\">x</a>"),
                Arguments.of("iframe srcdoc from a foreign host", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenScript")
    void hiddenScriptFailsTheBuildAndNeverReachesThePage(String name, String unsafe) {
        RenderedBody body = process("Đoạn đầu.\n\n" + unsafe + "\n");
        List<Problem> errors = body.problems().stream().filter(Problem::isError).toList();
        assertFalse(errors.isEmpty(), name + " must be an error: " + body.problems());
        assertTrue(errors.stream().anyMatch(p -> p.line() >= BODY_LINE + 2), errors.toString());
        assertOnlySafelisted(body.html());
    }

    /** name, body, what the warning says. */
    static Stream<Arguments> visibleTextRemoved() {
        return Stream.of(
                Arguments.of("CDATA with plain text", "<![CDATA[ Ghi chú ]]>", "CDATA"),
                Arguments.of("unknown tag", "<font color=red>Chữ đỏ</font>", "<font>"),
                Arguments.of("textarea", "<textarea>Nội dung</textarea>", "<textarea>"),
                Arguments.of("xmp, whose script is text to browsers too", "<xmp><script>alert(1)</script></xmp>", "<xmp>"),
                Arguments.of("noembed, raw text too", "<noembed><img src=x onerror=alert(1)></noembed>", "<noembed>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visibleTextRemoved")
    void somethingVisibleRemovedIsAWarning(String name, String input, String message) {
        RenderedBody body = process("Đoạn đầu.\n\n" + input + "\n");
        assertTrue(body.problems().stream().noneMatch(Problem::isError), body.problems().toString());
        assertTrue(body.problems().stream().anyMatch(p -> p.line() == BODY_LINE + 2 && p.message().contains(message)),
                body.problems().toString());
        assertOnlySafelisted(body.html());
    }

    @Test
    void commentsProcessingInstructionsAndDoctypesVanishSilently() {
        RenderedBody body = process("Trước <!-- ghi chú nội bộ --> sau.\n\n<?xml version=\"1.0\"?>\n\n<!DOCTYPE html>\n\nCuối.\n");
        assertEquals(List.of(), body.problems());
        assertFalse(body.html().contains("ghi chú") || body.html().contains("xml") || body.html().contains("DOCTYPE"),
                body.html());
        assertTrue(body.html().contains("Cuối."), body.html());
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        RenderedBody body = process("<p>&lt;script&gt;alert(1)&lt;/script&gt; và <code>&lt;b&gt;</code></p>\n");
        assertEquals(List.of(), body.problems());
        assertTrue(body.html().contains("&lt;script&gt;"), body.html());
        assertOnlySafelisted(body.html());
    }

    @Test
    void htmlNestedBeyondTheLimitIsAnErrorNotACrash() {
        String deep = "<span>".repeat(10_000) + "x" + "</span>".repeat(10_000);
        RenderedBody body = process("Đoạn đầu.\n\n" + deep.replace("<span>", "<span>\n\n").substring(0, 5_000) + "\n");
        assertTrue(body.problems().stream().anyMatch(p -> p.isError() && p.message().contains("lồng")),
                body.problems().toString());
        RenderedBody quotes = process("> ".repeat(1_000) + "x\n");
        assertTrue(quotes.problems().stream().anyMatch(p -> p.isError() && p.line() == BODY_LINE), quotes.problems().toString());
        RenderedBody lists = process("- ".repeat(500) + "x\n");
        assertTrue(lists.problems().stream().anyMatch(p -> p.isError() && p.line() == BODY_LINE), lists.problems().toString());
    }

    @Test
    void ordinaryRichBodiesAreKept() {
        RenderedBody body = process("## Mục một\n\n<figure><img src=\"/anh/a.jpg\" alt=\"Ảnh\"><figcaption>Chú thích"
                + "</figcaption></figure>\n\n| Bước | Việc |\n|---|---|\n| 1 | Nhận hồ sơ |\n\n"
                + "<details open><summary>Xem thêm</summary>Nội dung</details>\n\n"
                + "<input type=\"checkbox\" checked disabled> Xong\n\n"
                + "<iframe src=\"https://www.youtube.com/embed/abc\" allowfullscreen></iframe>\n");
        assertEquals(List.of(), body.problems());
        for (String kept : List.of("<h2 id=\"muc-mot\">", "<figure>", "<figcaption>", "<table", "<details open>",
                "type=\"checkbox\" checked disabled", "<iframe src=\"https://www.youtube.com/embed/abc\" allowfullscreen")) {
            assertTrue(body.html().contains(kept), kept + " in " + body.html());
        }
        assertOnlySafelisted(body.html());
    }

    /** Every node of {@code html} is a safelisted element with harmless attributes, or text. */
    static void assertOnlySafelisted(String html) {
        Element parsed = Jsoup.parseBodyFragment(html).body();
        List<String> wrong = new ArrayList<>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Element el) {
                if (!SAFE_TAGS.contains(el.normalName())) {
                    wrong.add("<" + el.normalName() + ">");
                }
                el.attributes().forEach(a -> {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                    if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc")
                            || value.startsWith("javascript:") || value.startsWith("data:")) {
                        wrong.add(key + "=" + a.getValue());
                    }
                });
            } else if (node.getClass() != TextNode.class) {
                wrong.add(node.nodeName());
            }
        }, parsed);
        assertEquals(List.of(), wrong, html);
    }
}
