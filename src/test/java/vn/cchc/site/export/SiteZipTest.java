package vn.cchc.site.export;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.bake.BakeOptions;
import vn.cchc.site.bake.Baker;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.deploy.SftpPublisher;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export zip}: the same content gives the same bytes, and the manifest inside is right. */
class SiteZipTest {
    private static final BuildTime TIME = new BuildTime(Instant.parse("2025-06-01T03:00:00Z"), true);

    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheSameContentGiveTheSameZip() throws Exception {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        Path first = zip(site, "a", TIME);
        TimeZone zone = TimeZone.getDefault();
        Path second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            second = zip(site, "b", TIME);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second),
                "same bytes, whatever the machine's time zone");
        Path later = zip(site, "c", new BuildTime(Instant.parse("2025-06-02T03:00:00Z"), true));
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(later)),
                "the build's time is in the archive");
    }

    @Test
    void entriesAreSortedFixedAndListedWithTheirHashes() throws Exception {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        Path zip = zip(site, "a", TIME);
        Path built = dir.resolve("out-a/site");
        List<String> files;
        try (Stream<Path> s = Files.walk(built)) {
            files = s.filter(Files::isRegularFile).map(p -> built.relativize(p).toString())
                    .filter(p -> !SftpPublisher.NOT_PUBLISHED.contains(p)).sorted().toList();
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<ZipArchiveEntry> entries = Collections.list(z.getEntries());
            List<String> names = entries.stream().map(ZipArchiveEntry::getName).toList();
            List<String> expected = new ArrayList<>(files);
            expected.add(SiteZip.MANIFEST);
            assertEquals(expected, names, "every file, sorted, then the manifest");
            for (ZipArchiveEntry e : entries) {
                assertEquals(0644, e.getUnixMode() & 0777, e.getName());
                assertEquals(entries.get(0).getTime(), e.getTime(), e.getName());
            }
            Map<String, String> manifest = new LinkedHashMap<>();
            String text = new String(z.getInputStream(z.getEntry(SiteZip.MANIFEST)).readAllBytes());
            text.lines().forEach(l -> manifest.put(l.substring(66), l.substring(0, 64)));
            assertEquals(files, List.copyOf(manifest.keySet()));
            for (String f : files) {
                byte[] bytes = z.getInputStream(z.getEntry(f)).readAllBytes();
                assertArrayEquals(Files.readAllBytes(built.resolve(f)), bytes, f);
                assertEquals(SiteZip.sha256(bytes), manifest.get(f), f);
            }
            assertTrue(manifest.containsKey("tin-tuc/hoi-thi/index.html"));
        }
    }

    @Test
    void commandWritesTheZipAndUsageErrorsExitTwo() throws Exception {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        Path zip = dir.resolve("ban-giao/chuyen-muc.zip");
        SiteFixture.Run r = SiteFixture.cli("export", "zip", "--source=" + site.root(), "--out=" + zip);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("SHA256SUMS"), r.out());
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertTrue(z.getEntry("index.html") != null && z.getEntry(SiteZip.MANIFEST) != null);
        }
        assertEquals(2, SiteFixture.cli("export", "zip", "--source=" + site.root()).exitCode());
        site.item("tin-tuc/loi.md", "title: Lỗi\ntype: khong-co\n", "x");
        assertEquals(1, SiteFixture.cli("export", "zip", "--source=" + site.root(), "--out=" + zip).exitCode());
    }

    private Path zip(SiteFixture site, String name, BuildTime time) throws Exception {
        Path out = dir.resolve("out-" + name).resolve("site");
        new Baker().bake(new BakeOptions(site.root(), out, time, false, false, 2));
        Path zip = dir.resolve(name + ".zip");
        SiteZip.write(out, zip, time.local());
        return zip;
    }
}
