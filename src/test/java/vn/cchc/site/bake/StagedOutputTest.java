package vn.cchc.site.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staging folder: recycling the site before the live one, and putting pages into it. */
class StagedOutputTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("output");
    }

    private void build(String... pathAndText) throws IOException {
        StagedOutput output = new StagedOutput(out());
        Path staging = output.begin();
        for (int i = 0; i < pathAndText.length; i += 2) {
            output.put(staging.resolve(pathAndText[i]), pathAndText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        output.commit();
    }

    private static void age(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, LONG_AGO);
            }
        }
    }

    @Test
    void aPageThatDidNotChangeIsNotRewrittenAndKeepsItsTime() throws IOException {
        build("index.html", "trang chủ", "tin/a/index.html", "tin A", "tin/c/index.html", "tin C");
        build("index.html", "trang chủ", "tin/a/index.html", "tin A", "tin/c/index.html", "tin C");
        Path prev = dir.resolve(".output.prev");
        assertTrue(Files.isDirectory(prev), "the site before the live one is kept for recycling");
        age(prev);

        build("index.html", "trang chủ", "tin/a/index.html", "tin A, đã sửa");

        assertEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("index.html")), "same bytes: left alone");
        assertEquals("trang chủ", Files.readString(out().resolve("index.html")));
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("tin/a/index.html")), "changed: rewritten");
        assertEquals("tin A, đã sửa", Files.readString(out().resolve("tin/a/index.html")));
        assertFalse(Files.exists(out().resolve("tin/c")), "a page not put by this build goes, with its folder");
        assertTrue(Files.isDirectory(out().resolve("tin")));
    }

    @Test
    void aLongerOrShorterOldFileIsNotTakenForTheSame() throws IOException {
        Path file = Files.writeString(dir.resolve("p.html"), "abc");
        assertTrue(StagedOutput.holds(file, "abc".getBytes(StandardCharsets.UTF_8)));
        assertFalse(StagedOutput.holds(file, "abcd".getBytes(StandardCharsets.UTF_8)));
        assertFalse(StagedOutput.holds(file, "ab".getBytes(StandardCharsets.UTF_8)));
        assertFalse(StagedOutput.holds(file, "abd".getBytes(StandardCharsets.UTF_8)));
        assertFalse(StagedOutput.holds(dir.resolve("missing.html"), new byte[0]));
        assertFalse(StagedOutput.holds(dir, new byte[0]), "a folder holds no page");
    }

    @Test
    void writeMakesWayForAPageWhereAnOlderSiteHadAFileOrAFolder() throws IOException {
        Files.writeString(dir.resolve("tin"), "an old file where a folder must be now");
        StagedOutput.write(dir.resolve("tin/a/index.html"), "A".getBytes(StandardCharsets.UTF_8));
        assertEquals("A", Files.readString(dir.resolve("tin/a/index.html")));

        Files.createDirectories(dir.resolve("feed.xml/old"));
        Files.writeString(dir.resolve("feed.xml/old/index.html"), "x");
        StagedOutput.write(dir.resolve("feed.xml"), "<rss/>".getBytes(StandardCharsets.UTF_8));
        assertEquals("<rss/>", Files.readString(dir.resolve("feed.xml")));

        StagedOutput.write(dir.resolve("new/deep/er/index.html"), "D".getBytes(StandardCharsets.UTF_8));
        assertEquals("D", Files.readString(dir.resolve("new/deep/er/index.html")));
    }
}
