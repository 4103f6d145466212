package vn.cchc.site.bake;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * Markdown to HTML with flexmark-java: tables (the ISO step table), heading anchors (ids, made ASCII by
 * {@link BodyProcessor}) and autolinks.
 * One parser and renderer serve the whole build; both are immutable and thread-safe.
 *
 * <p>Autolinking scans every text node with a regular expression, which costs about a third of the
 * parse of a typical item. A text can only hold an autolink where it holds {@code ://}, {@code www.}
 * or {@code @} (the three kinds of link the extension finds), so texts without any of them go through a
 * parser without the extension, with the same result. Of those, texts of plain prose paragraphs (most
 * news items) are not parsed at all: {@link PlainProse} writes the same HTML directly.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
                AutolinkExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -_");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true);
        options.set(TablesExtension.CLASS_NAME, "bang");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        MutableDataSet plain = new MutableDataSet(options);
        plain.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        parserWithoutAutolinks = Parser.builder(plain).build();
    }

    /** The HTML of {@code markdown}. */
    public String toHtml(String markdown) {
        boolean autolinks = mayHoldAutolink(markdown);
        if (!autolinks) {
            String prose = PlainProse.toHtml(markdown);
            if (prose != null) {
                return prose;
            }
        }
        return renderer.render((autolinks ? parser : parserWithoutAutolinks).parse(markdown));
    }

    /** The HTML of {@code markdown} from flexmark, with autolinks: the reference {@link #toHtml} must equal. */
    String toHtmlByFlexmark(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** Whether {@code text} holds {@code ://}, {@code @} or {@code www.} in any case: where an autolink can start. */
    static boolean mayHoldAutolink(String text) {
        if (text.indexOf('@') >= 0 || text.contains("://")) {
            return true;
        }
        for (int i = text.indexOf('.', 3); i >= 0; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
