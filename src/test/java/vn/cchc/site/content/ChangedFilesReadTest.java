package vn.cchc.site.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.core.Problem;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A warm read told which files changed (the preview's watcher) reads exactly those, and lists the
 * folder again whenever the change is not only Markdown files.
 */
class ChangedFilesReadTest {
    @TempDir
    Path dir;

    private SiteFixture site;
    private final ReadCache cache = new ReadCache();

    @BeforeEach
    void twoItems() throws Exception {
        site = new SiteFixture(dir);
        news("a", "Tin A");
        news("b", "Tin B");
        assertEquals(List.of("Tin A", "Tin B"), titles(load(FileChanges.EVERYTHING)));
    }

    @Test
    void aNamedFileIsReadAgainAndAnUnnamedOneIsTrusted() throws Exception {
        news("a", "Tin A đã sửa");
        news("b", "Tin B đã sửa");
        assertEquals(List.of("Tin A đã sửa", "Tin B"), titles(load(FileChanges.of(List.of(file("a"))))),
                "only the named file is looked at");
        assertEquals(List.of("Tin A đã sửa", "Tin B đã sửa"), titles(load(FileChanges.EVERYTHING)));
    }

    @Test
    void namedFilesThatAppearOrDisappearAreAddedOrDropped() throws Exception {
        news("c", "Tin C");
        Files.delete(file("a"));
        assertEquals(List.of("Tin B", "Tin C"), titles(load(FileChanges.of(List.of(file("a"), file("c"))))));
    }

    @Test
    void aFileThatIsNotMarkdownMakesTheFolderListedAgain() throws Exception {
        news("b", "Tin B đã sửa");
        site.file("content/tin/ghi-chu.txt", "ghi chú");
        LoadedContent loaded = load(FileChanges.of(List.of(dir.resolve("content/tin/ghi-chu.txt"))));
        assertEquals(List.of("Tin A", "Tin B đã sửa"), titles(loaded), "every file looked at again");
        assertTrue(loaded.problems().stream().anyMatch(p -> p.file().equals("content/tin/ghi-chu.txt")),
                loaded.problems().toString());
    }

    @Test
    void aNewFolderMakesTheFolderListedAgain() throws Exception {
        site.item("tin/2026/d.md", "title: Tin D\ntype: tin\ndate: 2025-03-04", "Nội dung.");
        assertEquals(List.of("Tin A", "Tin B", "Tin D"),
                titles(load(FileChanges.of(List.of(dir.resolve("content/tin/2026"))))));
    }

    @Test
    void hiddenFilesAndFilesOutsideContentChangeNothing() throws Exception {
        site.file("content/tin/.a.md.swp", "tạm");
        site.file("templates/item.ftl", "mẫu");
        LoadedContent loaded = load(FileChanges.of(List.of(dir.resolve("content/tin/.a.md.swp"),
                dir.resolve("templates/item.ftl"))));
        assertEquals(List.of("Tin A", "Tin B"), titles(loaded));
        assertEquals(List.of(), loaded.problems().stream().map(Problem::format).toList());
    }

    private void news(String name, String title) throws Exception {
        site.item("tin/" + name + ".md", "title: " + title + "\ntype: tin\ndate: 2025-03-01\npillars: [cong-vu]", "Nội dung.");
    }

    private Path file(String name) {
        return dir.resolve("content/tin/" + name + ".md");
    }

    private LoadedContent load(FileChanges changes) {
        return new ContentLoader(dir, SiteConfigLoader.defaults(), cache).load(changes);
    }

    private static List<String> titles(LoadedContent loaded) {
        return loaded.items().stream().map(Item::title).sorted().toList();
    }
}
