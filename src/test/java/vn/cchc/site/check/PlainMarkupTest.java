package vn.cchc.site.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.bake.MarkdownRenderer;
import vn.cchc.site.testing.SharedTools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.cchc.site.core.SourceLines;

/** The short cut of the sanitiser: what it accepts as already clean is exactly what the rebuild makes of it. */
@Tag("security")
class PlainMarkupTest {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer(List.of());

    @Test
    void acceptsOnlyAttributeFreeSafelistedTagsAndEscapedText() {
        for (String clean : List.of("<p>Chữ &amp; &quot;số&quot; &#39;1&#39;</p>\n", "<ul>\n<li><em>a</em></li>\n</ul>\n",
                "<ol start=\"3\">\n<li>b</li>\n</ol>\n", "<pre><code class=\"language-java\">x &lt; y\n</code></pre>\n",
                "<p>a<br />\nb</p>\n<hr />\n", "<blockquote>\n<p><del>c</del></p>\n</blockquote>\n")) {
            assertTrue(PlainMarkup.accepts(clean), clean);
        }
        for (String dirty : List.of("<p onclick=\"x()\">a</p>", "<p>a<!-- b --></p>", "<p><![CDATA[ >x ]]></p>",
                "<p>a > b</p>", "<a href=\"/x/\">x</a>", "<h2 id=\"x\">x</h2>", "<P>x</P>", "<script>x</script>",
                "<p>a &amp b</p>", "<code class=\"language-\"><script>\">", "<ol start=\"3\" onclick=\"x\">",
                "<br/>", "<img src=x>", "<?xml x?>", "<!DOCTYPE html>", "<p>\0</p>", "<span style=\"x\">a</span>")) {
            assertFalse(PlainMarkup.accepts(dirty), dirty);
        }
    }

    @Test
    void everyBodyItAcceptsParsesToTheTreeTheRebuildMakes(@TempDir Path dir) throws Exception {
        SharedTools.corpus(300, 13, dir);
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<String> bodies = new ArrayList<>(List.of("Chữ \"trích\" & 'nháy'\n", "1. a\n2. b\n\n3) c\n", "```js\nx < 1\n```\n",
                "> trích *nghiêng* **đậm** ~~gạch~~\n", "a  \nb\n\n---\n", "&lt;script&gt; &amp;amp; &#60;b&#62;\n"));
        for (Path root : List.of(dir.resolve("content"), Path.of("content"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    bodies.add(bodyOf(Files.readString(file)));
                }
            }
        }
        int accepted = 0;
        for (String body : bodies) {
            String html = markdown.toHtml(body);
            if (sanitizer.alreadyClean(body, html)) {
                accepted++;
                Element rebuilt = sanitizer.clean(html, "a.md", new SourceLines(body, 1)).body();
                org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(html);
                document.outputSettings().prettyPrint(false);
                Element parsed = document.body();
                assertEquals(parsed.html(), rebuilt.html(), body);
            }
        }
        assertTrue(accepted > bodies.size() / 3, accepted + " of " + bodies.size());
    }

    /** The text after the front matter. */
    private static String bodyOf(String file) {
        int close = file.indexOf("\n---", 3);
        int next = close < 0 ? -1 : file.indexOf('\n', close + 4);
        return next < 0 ? file : file.substring(next + 1);
    }
}
