package vn.cchc.site.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.deploy.SftpPublisher;
import vn.cchc.site.testing.SiteFixture;
import vn.cchc.site.testing.TreeHashes;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code deploy --target pages}: the built site copied into the folder a Pages service publishes. */
class PagesFolderTest {
    @TempDir
    Path dir;

    @Test
    void copiesTheSiteAndReplacesAnEarlierCopy() throws Exception {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        Path out = dir.resolve("output");
        assertEquals(0, site.build(out).exitCode());
        Path pub = dir.resolve("public");
        SiteFixture.Run r = SiteFixture.cli("deploy", "--target=pages", "--output=" + out, "--pages-dir=" + pub);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(published(out), TreeHashes.of(pub));
        assertFalse(Files.exists(pub.resolve("build-report.json")), "the report names drafts: never published");
        Files.writeString(pub.resolve("cu.html"), "bản cũ");
        assertEquals(0, SiteFixture.cli("deploy", "--target=pages", "--output=" + out, "--pages-dir=" + pub).exitCode());
        assertFalse(Files.exists(pub.resolve("cu.html")), "an earlier copy is replaced, not merged");
        assertEquals(published(out), TreeHashes.of(pub));
    }

    private static java.util.Map<String, String> published(Path out) {
        java.util.Map<String, String> files = new java.util.TreeMap<>(TreeHashes.of(out));
        files.keySet().removeAll(SftpPublisher.NOT_PUBLISHED);
        return files;
    }

    @Test
    void refusesFoldersItMustNotTouch() throws Exception {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        Path out = dir.resolve("output");
        assertEquals(0, site.build(out).exitCode());
        Path other = Files.createDirectories(dir.resolve("tai-lieu"));
        Files.writeString(other.resolve("bao-cao.docx"), "x");
        SiteFixture.Run r = SiteFixture.cli("deploy", "--target=pages", "--output=" + out, "--pages-dir=" + other);
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("đã có tệp khác"), r.err());
        assertTrue(Files.exists(other.resolve("bao-cao.docx")));
        assertEquals(1, SiteFixture.cli("deploy", "--target=pages", "--output=" + out,
                "--pages-dir=" + out.resolve("public")).exitCode());
        assertEquals(1, SiteFixture.cli("deploy", "--target=pages", "--output=" + dir.resolve("chua-build"),
                "--pages-dir=" + dir.resolve("public")).exitCode());
        assertEquals(2, SiteFixture.cli("deploy", "--target=ftp", "--output=" + out).exitCode());
        assertEquals(2, SiteFixture.cli("deploy", "--target=pages", "--rollback", "--output=" + out).exitCode());
    }
}
