package vn.cchc.site.importer;

import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.FrontMatter;
import vn.cchc.site.content.FrontMatterParser;
import vn.cchc.site.content.RawField;
import vn.cchc.site.content.Slugs;
import vn.cchc.site.core.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content files already in a site, read as raw front matter (no schema): enough to find the
 * procedure of a code or the item imported from a URL, even when some other file has an error.
 */
final class ExistingContent {
    private final List<Entry> entries;

    private ExistingContent(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads every {@code .md} file under {@code content/}; unreadable ones are left out. */
    static ExistingContent read(Path siteRoot) throws IOException {
        Path content = siteRoot.resolve("content");
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            return new ExistingContent(out);
        }
        FrontMatterParser parser = new FrontMatterParser();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList()) {
                try {
                    String text = SourceText.decode(Files.readAllBytes(file));
                    parser.parse(file.toString(), text, new ArrayList<>())
                            .ifPresent(fm -> out.add(new Entry(file, text, fm)));
                } catch (SourceText.NotUtf8Exception e) {
                    // the build reports it; nothing here can be matched
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new ExistingContent(out);
    }

    List<Entry> entries() {
        return entries;
    }

    /** Files of {@code type}. */
    List<Entry> ofType(ContentType type) {
        return entries.stream().filter(e -> type.key().equals(e.scalar("type"))).toList();
    }

    /**
     * One content file.
     *
     * @param file the file
     * @param text its text, decoded
     * @param fm   its front matter
     */
    record Entry(Path file, String text, FrontMatter fm) {
        /** A scalar field, stripped, or empty. */
        String scalar(String key) {
            RawField f = fm.field(key);
            return f == null || f.isList() || f.scalar() == null ? "" : f.scalar().strip();
        }

        /** The site-relative URL path of the page this file makes ({@code tin-tuc/abc/}), if it has a type. */
        Optional<String> pagePath() {
            String slug = scalar("slug").isEmpty() ? ContentLoader.fileSlug(file) : Slugs.slugify(scalar("slug"));
            return ContentType.byKey(scalar("type")).map(t -> t.section().itemPath(slug));
        }
    }
}
