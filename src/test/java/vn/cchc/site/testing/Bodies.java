package vn.cchc.site.testing;

import vn.cchc.site.bake.BodyProcessor;
import vn.cchc.site.bake.MarkdownRenderer;
import vn.cchc.site.bake.RenderedBody;
import vn.cchc.site.check.HtmlSanitizer;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.Details;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.Status;

import java.time.LocalDateTime;
import java.util.List;

/** Item bodies through the real Markdown renderer and body processor, as {@code content/a.md} of a news item. */
public final class Bodies {
    private final BodyProcessor processor = new BodyProcessor(new MarkdownRenderer(),
            new HtmlSanitizer(List.of("www.youtube.com")));
    private final int bodyLine;

    /** @param bodyLine the line of {@code content/a.md} where the body starts */
    public Bodies(int bodyLine) {
        this.bodyLine = bodyLine;
    }

    public RenderedBody process(String body) {
        return processor.process(new Item("content/a.md", ContentType.TIN, "Tin", LocalDateTime.of(2025, 1, 2, 8, 0),
                Status.PUBLISHED, List.of("cong-vu"), List.of(), "", List.of("cong-ttdt"), "", "a", "tin-tuc/a/",
                new Details.None(), body, bodyLine, "", "", ""));
    }
}
