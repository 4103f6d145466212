package vn.cchc.site.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.content.FileChanges;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's watcher reports each burst of saves once, with the files saved. */
class SiteWatcherTest {
    @TempDir
    Path dir;

    private final BlockingQueue<FileChanges> reports = new LinkedBlockingQueue<>();

    private SiteFixture site() throws Exception {
        SiteFixture site = new SiteFixture(dir);
        site.item("tin/a.md", "title: A\ntype: tin\ndate: 2025-03-01", "A.");
        site.file("templates/.keep", "");
        return site;
    }

    private FileChanges next() throws InterruptedException {
        FileChanges changes = reports.poll(10, TimeUnit.SECONDS);
        assertNotNull(changes, "the watcher reported nothing");
        return changes;
    }

    @Test
    void savedFilesAreReportedByName() throws Exception {
        SiteFixture site = site();
        try (SiteWatcher ignored = new SiteWatcher(dir, reports::add)) {
            site.item("tin/a.md", "title: A mới\ntype: tin\ndate: 2025-03-01", "A.");
            site.item("tin/b.md", "title: B\ntype: tin\ndate: 2025-03-02", "B.");
            FileChanges changes = next();
            assertFalse(changes.everything());
            assertTrue(changes.files().contains(dir.resolve("content/tin/a.md")), changes.toString());
            assertTrue(changes.files().contains(dir.resolve("content/tin/b.md")), changes.toString());

            site.file("site.yml", "title: Chuyên mục\n");
            FileChanges config = next();
            assertEquals(java.util.Set.of(dir.resolve("site.yml")), config.files());
        }
    }

    @Test
    void aNewFolderMeansEverythingMayHaveChanged() throws Exception {
        SiteFixture site = site();
        try (SiteWatcher ignored = new SiteWatcher(dir, reports::add)) {
            site.item("tin/2026/c.md", "title: C\ntype: tin\ndate: 2025-03-03", "C.");
            assertTrue(next().everything(), "files written before the new folder was watched may be missed");

            site.item("tin/2026/d.md", "title: D\ntype: tin\ndate: 2025-03-04", "D.");
            FileChanges later = next();
            assertTrue(later.everything() || later.files().contains(dir.resolve("content/tin/2026/d.md")),
                    "the new folder is watched too: " + later);
        }
    }
}
