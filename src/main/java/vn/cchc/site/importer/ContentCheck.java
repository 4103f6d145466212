package vn.cchc.site.importer;

import vn.cchc.site.bake.BodyProcessor;
import vn.cchc.site.bake.MarkdownRenderer;
import vn.cchc.site.check.HtmlSanitizer;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.content.FrontMatterParser;
import vn.cchc.site.content.Item;
import vn.cchc.site.content.ItemParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a generated file the way a build reads a hand-written one: the real front-matter parser,
 * the type's schema and the body's Markdown rendering and HTML sanitiser. A file with an error here
 * is never written.
 */
final class ContentCheck {
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final ItemParser items;
    private final BodyProcessor bodies;

    ContentCheck(SiteConfig config) {
        this.items = new ItemParser(config);
        this.bodies = new BodyProcessor(new MarkdownRenderer(), new HtmlSanitizer(config.embedHosts()));
    }

    /**
     * The problems of {@code text} as the file {@code display} (relative to the site root).
     *
     * @param file where the file will be written, for its slug
     */
    Result check(String display, Path file, String text) {
        List<Problem> problems = new ArrayList<>();
        Optional<Item> item = frontMatter.parse(display, text, problems)
                .flatMap(fm -> items.parse(display, ContentLoader.fileSlug(file), fm, problems));
        item.ifPresent(i -> problems.addAll(bodies.process(i).problems()));
        boolean ok = item.isPresent() && problems.stream().noneMatch(Problem::isError);
        return new Result(ok, List.copyOf(problems), item.orElse(null));
    }

    /**
     * @param ok       whether the file may be written (no error)
     * @param problems errors and warnings, as a build would print them
     * @param item     the item a build would make of it, or null
     */
    record Result(boolean ok, List<Problem> problems, Item item) {
    }
}
