package vn.cchc.site.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Symbolic links in {@code content/}, {@code assets/} and {@code templates/} that leave the site
 * (here: to a temporary folder outside it, standing for {@code /etc}) are errors naming the link,
 * and nothing behind them is listed, read or published; links that stay inside the site still work.
 */
@Tag("security")
class SiteLinksTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;
    SiteFixture site;

    @BeforeEach
    void site() throws Exception {
        site = new SiteFixture(dir.resolve("site"));
        site.item("tin-tuc/a.md", "title: Tin trong trang\ntype: tin\ndate: 2025-03-01", "Nội dung.");
        Files.writeString(outside.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.writeString(outside.resolve("hosts"), "127.0.0.1 localhost\n");
        Files.writeString(outside.resolve("bi-mat.md"), "---\ntitle: Bí mật ngoài trang\ntype: tin\ndate: 2025-03-01\n---\nX\n");
    }

    private void assertRefused(String link, SiteFixture.Run run) {
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(link + ": lỗi: Liên kết (symlink) này trỏ ra ngoài thư mục của trang"), run.err());
        assertFalse(run.err().contains("passwd") || run.err().contains("hosts") || run.err().contains("bi-mat"),
                "nothing outside is listed: " + run.err());
        assertFalse(run.err().contains(outside.toString()), run.err());
        assertFalse(Files.exists(dir.resolve("output")));
    }

    @Test
    void aContentFolderLinkLeavingTheSiteIsAnError() throws Exception {
        Files.createSymbolicLink(site.root().resolve("content/etc"), outside);
        assertRefused("content/etc", site.build(dir.resolve("output")));
        assertRefused("content/etc", SiteFixture.cli("check", "--source=" + site.root()));
    }

    @Test
    void aContentFileLinkLeavingTheSiteIsAnError() throws Exception {
        Files.createSymbolicLink(site.root().resolve("content/tin-tuc/b.md"), outside.resolve("bi-mat.md"));
        assertRefused("content/tin-tuc/b.md", site.build(dir.resolve("output")));
    }

    @Test
    void contentItselfLinkedOutsideIsAnError() throws Exception {
        Path content = site.root().resolve("content");
        Files.move(content, dir.resolve("content-that"));
        Files.createSymbolicLink(content, outside);
        assertRefused("content", site.build(dir.resolve("output")));
    }

    @Test
    void assetAndTemplateLinksLeavingTheSiteAreErrors() throws Exception {
        Files.createDirectories(site.root().resolve("assets/tep"));
        Files.createSymbolicLink(site.root().resolve("assets/tep/etc"), outside);
        assertRefused("assets/tep/etc", site.build(dir.resolve("output")));
        Files.delete(site.root().resolve("assets/tep/etc"));
        Files.createDirectories(site.root().resolve("templates"));
        Files.createSymbolicLink(site.root().resolve("templates/item.ftl"), outside.resolve("passwd"));
        assertRefused("templates/item.ftl", site.build(dir.resolve("output")));
    }

    @Test
    void linksInsideTheSiteStillWork() throws Exception {
        site.item("../chung/b.md", "title: Tin dùng chung\ntype: tin\ndate: 2025-03-02", "Nội dung chung.");
        Files.createSymbolicLink(site.root().resolve("content/chung"), site.root().resolve("chung"));
        SiteFixture.Run run = site.build(dir.resolve("output"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(dir.resolve("output/tin-tuc/b/index.html")).contains("Tin dùng chung"));
    }

    @Test
    void aWatcherReportOfAFileBehindALinkLeavingTheSiteIsNotRead() throws Exception {
        ReadCache cache = new ReadCache();
        ContentLoader loader = new ContentLoader(site.root(), vn.cchc.site.config.SiteConfigLoader.defaults(), cache);
        assertEquals(List.of(), loader.load(FileChanges.EVERYTHING).problems().stream()
                .filter(p -> p.severity() == vn.cchc.site.core.Severity.ERROR).toList());
        Files.createSymbolicLink(site.root().resolve("content/etc"), outside);
        LoadedContent after = loader.load(FileChanges.of(List.of(site.root().resolve("content/etc/bi-mat.md"))));
        assertTrue(after.items().stream().noneMatch(i -> i.title().contains("Bí mật")), "not read");
        assertTrue(after.problems().stream().anyMatch(p -> p.format().startsWith("content/etc: lỗi: Liên kết")),
                after.problems().toString());
    }
}
