package vn.cchc.site.dist;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release zip as a ward's officer uses it: what it holds, {@code bin/cchc-site} with its tuned JVM
 * and class-data archive, and {@code init}. The site's pipeline itself is proven in {@link PublishPipelineIT}.
 */
class DistributionIT {
    @TempDir
    Path dir;
    Distribution dist;

    @BeforeEach
    void unpack() throws Exception {
        dist = new Distribution(dir);
    }

    @AfterEach
    void stop() {
        dist.close();
    }

    @Test
    void theZipHoldsBothLaunchersTheJarTheLicenseAndTheNotices() throws Exception {
        try (ZipFile z = new ZipFile(Distribution.ZIP.toFile())) {
            String root = "cchc-site-" + Distribution.VERSION + "/";
            ZipArchiveEntry sh = z.getEntry(root + "bin/cchc-site");
            assertEquals(0755, sh.getUnixMode() & 0777, "the shell launcher is executable");
            String cmd = new String(z.getInputStream(z.getEntry(root + "bin/cchc-site.cmd")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "Windows line ends in the .cmd");
            String shText = new String(z.getInputStream(sh).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(shText.contains("\r"), "Unix line ends in the shell script");
            for (String file : new String[] {"lib/cchc-site.jar", "LICENSE", "THIRD-PARTY.txt", "LICENSE-decap-cms"}) {
                assertTrue(z.getEntry(root + file) != null, file);
            }
            String notices = new String(z.getInputStream(z.getEntry(root + "THIRD-PARTY.txt")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(notices.contains("FreeMarker") && notices.contains("Apache License"), notices);
        }
        Distribution.Result version = dist.run(dir, Map.of(), dist.launcher().toString(), "--version");
        assertEquals(0, version.code(), version.err());
        assertEquals("cchc-site " + Distribution.VERSION, version.out().strip());
    }

    @Test
    void theLauncherMakesAClassDataArchiveOnceAndMapsItAfterwards() throws Exception {
        Path site = initSite("trang");
        Path cache = dir.resolve("cache/cchc-site");
        Distribution.Result first = dist.run(site, Map.of(), dist.launcher().toString(), "build");
        assertEquals(0, first.code(), first.err());
        assertEquals("", first.err(), "no JVM warning on the first run, which makes the archive");
        Path archive;
        try (var files = Files.list(cache)) {
            archive = files.filter(f -> f.getFileName().toString().endsWith(".jsa")).findFirst().orElseThrow();
        }
        assertTrue(archive.getFileName().toString().startsWith(Distribution.VERSION + "-"), archive.toString());
        Path log = dir.resolve("class-load.log");
        Distribution.Result second = dist.run(site, Map.of("CCHC_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                dist.launcher().toString(), "build");
        assertEquals(0, second.code(), second.err());
        String loaded = Files.readString(log);
        assertTrue(loaded.contains("vn.cchc.site.bake.Baker source: shared objects file (top)"),
                "the build's classes come from the archive");
        Distribution.Result untuned = dist.run(site, Map.of(), "java", "-jar", dist.home.resolve("lib/cchc-site.jar").toString(),
                "check");
        assertEquals(0, untuned.code(), "java -jar still works: " + untuned.err());
    }

    @Test
    void initWritesAReadySiteAndRefusesAFolderThatIsNotEmpty() throws Exception {
        Path site = initSite("trang");
        String tool = Files.readString(site.resolve(".cchc/tool.env"));
        assertTrue(tool.contains("CCHC_TOOL_VERSION=" + Distribution.VERSION + "\n"), tool);
        assertTrue(tool.contains("CCHC_TOOL_URL=" + dist.url() + "\n"), tool);
        assertTrue(tool.contains("CCHC_TOOL_SHA256=" + Distribution.sha256(Distribution.TAR_GZ) + "\n"), "init pins the release it downloaded");
        String yml = Files.readString(site.resolve("site.yml"));
        assertTrue(yml.contains("ward: \"Phường Lê Chân\"") && yml.contains("parent: \"Hải Phòng\""), yml);
        assertTrue(Files.readString(site.resolve("content/trang/lien-he.md")).contains("UBND phường Lê Chân"));
        String ignore = Files.readString(site.resolve(".gitignore"));
        for (String folder : new String[] {"/output/", "/.output.staging-*/", "/.output.prev/", "/.output-*/"}) {
            assertTrue(ignore.contains(folder + "\n"), folder);
        }
        assertTrue(Files.isExecutable(site.resolve(".cchc/publish.sh")));
        for (String file : new String[] {".gitlab-ci.yml", ".github/workflows/publish.yml", "HUONG-DAN.md"}) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        try (var files = Files.walk(site.resolve("content"))) {
            assertEquals(8, files.filter(f -> f.toString().endsWith(".md")).count(), "two pages and one example of each of the six types");
        }
        Distribution.Result check = dist.run(site, Map.of(), dist.launcher().toString(), "check");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("0 lỗi, 0 cảnh báo"), check.out());

        Distribution.Result again = dist.run(dir, Map.of(), dist.launcher().toString(), "init", "trang", "--ward", "Phường Khác",
                "--city", "Hà Nội", "--tool-url", dist.url());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("đã có tệp"), again.err());
        assertTrue(Files.readString(site.resolve("site.yml")).contains("Lê Chân"), "nothing is overwritten");
    }

    private Path initSite(String name) throws Exception {
        Distribution.Result init = dist.run(dir, Map.of(), dist.launcher().toString(), "init", name, "--ward", "Phường Lê Chân",
                "--city", "Hải Phòng", "--tool-url", dist.url());
        assertEquals(0, init.code(), init.err());
        return dir.resolve(name);
    }
}
