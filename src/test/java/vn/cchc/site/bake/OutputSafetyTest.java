package vn.cchc.site.bake;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;
import vn.cchc.site.testing.TreeHashes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code build --output} on real folders: a build replaces only a folder it made (marked with
 * {@link OutputFolder#MARKER}), a missing or empty one, or an output of an older version; it refuses,
 * with exit 2 and without touching anything, any other folder, an output that is or contains the
 * source or lies in its inputs; a symbolic link given as output stays a link and its target gets the site.
 */
@Tag("security")
class OutputSafetyTest {
    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void site() throws Exception {
        site = new SiteFixture(dir.resolve("site"));
        site.item("tin-tuc/a.md", "title: Tin một\ntype: tin\ndate: 2025-03-01", "Nội dung.");
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertRefused(Path output, String why) throws Exception {
        Map<String, String> before = TreeHashes.of(dir);
        List<String> beside = names(dir);
        SiteFixture.Run run = site.build(output);
        assertEquals(2, run.exitCode(), why + ": " + run.err());
        assertTrue(run.err().startsWith("Lỗi: Thư mục đầu ra "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(before, TreeHashes.of(dir), why + ": nothing changed");
        assertEquals(beside, names(dir), why + ": no staging folder left");
    }

    @Test
    void aFolderWithOtherFilesIsRefusedAndLeftAlone() throws Exception {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs.resolve("anh"));
        Files.writeString(docs.resolve("architecture.md"), "# Kiến trúc\n");
        Files.writeString(docs.resolve("anh/so-do.svg"), "<svg/>");
        assertRefused(docs, "unmarked folder");
        SiteFixture.Run run = site.build(docs);
        assertTrue(run.err().contains("thiếu tệp .cchc-output") && run.err().contains("--output"), run.err());
        // an index.html alone does not make a folder an old output
        Files.writeString(docs.resolve("index.html"), "<p>trang riêng</p>");
        assertRefused(docs, "unmarked folder with index.html");
        Path file = dir.resolve("tep.txt");
        Files.writeString(file, "x");
        assertRefused(file, "a file");
    }

    @Test
    void theBakerItselfRefusesAFolderThatIsNotOurs() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("architecture.md"), "# Kiến trúc\n");
        Map<String, String> before = TreeHashes.of(dir);
        BakeOptions options = new BakeOptions(site.root(), docs, BuildTime.from(Map.of(), java.time.Clock.systemUTC()),
                false, false, 1);
        org.junit.jupiter.api.Assertions.assertThrows(OutputFolder.UnsafeOutputException.class,
                () -> new Baker().bake(options));
        assertEquals(before, TreeHashes.of(dir));
        assertEquals(List.of("docs", "site"), names(dir));
    }

    @Test
    void theSourceItsParentsAndItsInputsAreRefused() throws Exception {
        Files.createDirectories(site.root().resolve(".git"));
        Files.writeString(site.root().resolve(".git/config"), "[core]\n");
        assertRefused(site.root(), "output == source");
        assertRefused(site.root().resolve("content/.."), "output == source, spelled otherwise");
        assertRefused(dir, "output contains the source");
        assertRefused(dir.getParent(), "output contains the source, two levels up");
        assertRefused(site.root().resolve("content/out"), "output inside content/");
        assertRefused(site.root().resolve("templates"), "output is templates/");
        Files.createSymbolicLink(dir.resolve("lien-ket"), site.root());
        assertRefused(dir.resolve("lien-ket"), "output is a link to the source");
        assertFalse(Files.exists(dir.resolve(".site.prev")));
    }

    @Test
    void aMissingEmptyOrOwnFolderIsBuiltAndMarked() throws Exception {
        Path out = dir.resolve("output");
        assertEquals(0, site.build(out).exitCode());
        assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
        site.item("tin-tuc/b.md", "title: Tin hai\ntype: tin\ndate: 2025-03-02", "Nội dung.");
        SiteFixture.Run again = site.build(out);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
        assertTrue(Files.isRegularFile(dir.resolve(".output.prev").resolve(OutputFolder.MARKER)));
        assertEquals(0, site.build(out).exitCode(), "the marked .output.prev is recycled");
        assertTrue(Files.exists(out.resolve("tin-tuc/b/index.html")));
        Path empty = Files.createDirectories(dir.resolve("trong"));
        assertEquals(0, site.build(empty).exitCode());
        assertTrue(Files.isRegularFile(empty.resolve(OutputFolder.MARKER)));
    }

    @Test
    void anOutputOfAnOlderVersionIsAcceptedAndMarked() throws Exception {
        Path out = dir.resolve("output");
        assertEquals(0, site.build(out).exitCode());
        Files.delete(out.resolve(OutputFolder.MARKER)); // as an older version left it
        assertEquals(0, site.build(out).exitCode());
        assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
    }

    @Test
    void aFolderNamedLikeThePreviousOutputButNotOursIsKept() throws Exception {
        Path out = dir.resolve("output");
        Path prev = Files.createDirectories(dir.resolve(".output.prev"));
        Files.writeString(prev.resolve("ghi-chu.txt"), "của tôi");
        assertEquals(0, site.build(out).exitCode());
        assertEquals(0, site.build(out).exitCode());
        assertEquals(0, site.build(out).exitCode());
        assertEquals(List.of("ghi-chu.txt"), names(prev));
    }

    @Test
    void aLinkedOutputStaysALinkAndItsTargetGetsTheSite() throws Exception {
        Path target = Files.createDirectories(dir.resolve("www/html"));
        Path link = Files.createSymbolicLink(dir.resolve("output"), target);
        for (int n = 0; n < 3; n++) {
            site.item("tin-tuc/b" + n + ".md", "title: Tin " + n + "\ntype: tin\ndate: 2025-03-02", "Nội dung.");
            SiteFixture.Run run = site.build(link);
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(Files.isSymbolicLink(link), "still a link after build " + n);
            assertEquals(target, Files.readSymbolicLink(link));
            assertTrue(Files.isRegularFile(target.resolve("index.html")));
            assertTrue(Files.isRegularFile(target.resolve("tin-tuc/b" + n + "/index.html")));
        }
        assertEquals(List.of("output", "site", "www"), names(dir), "nothing staged beside the link");
        // a link to someone else's folder is refused like the folder
        Path other = Files.createDirectories(dir.resolve("khac"));
        Files.writeString(other.resolve("bao-cao.docx"), "x");
        Path link2 = Files.createSymbolicLink(dir.resolve("output2"), other);
        assertRefused(link2, "a link to an unmarked folder");
        assertTrue(Files.isSymbolicLink(link2));
        Path nowhere = Files.createSymbolicLink(dir.resolve("output3"), dir.resolve("khong-co/html"));
        assertRefused(nowhere, "a link into a folder that does not exist");
        // a link whose folder is missing (as a swap killed between its renames leaves it) gets it back
        Path missing = Files.createSymbolicLink(dir.resolve("output4"), dir.resolve("www/moi"));
        SiteFixture.Run run = site.build(missing);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(missing));
        assertTrue(Files.isRegularFile(dir.resolve("www/moi/index.html")));
    }

    @Test
    void aLinkedOutputWhoseSwapWasKilledIsRecovered() throws Exception {
        Path target = Files.createDirectories(dir.resolve("www/html"));
        Path link = Files.createSymbolicLink(dir.resolve("output"), target);
        assertEquals(0, site.build(link).exitCode());
        Map<String, String> before = TreeHashes.of(target);
        // killed after "output -> .old-*", before "staging -> output"
        Files.move(target, dir.resolve("www/.html.old-123-456"));
        site.file("content/tin-tuc/a.md", "---\ntitle: X\n---\n"); // a failing build still recovers
        SiteFixture.Run failed = site.build(link);
        assertEquals(1, failed.exitCode(), failed.err());
        assertEquals(before, TreeHashes.of(target));
        assertTrue(Files.isSymbolicLink(link));
    }
}
