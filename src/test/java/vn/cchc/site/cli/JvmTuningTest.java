package vn.cchc.site.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tuned child JVM of batch commands: its heap is sized from the site it builds. */
class JvmTuningTest {
    @TempDir
    Path dir;

    @Test
    void countsTheMarkdownFilesOfTheSiteNamedBySource() throws IOException {
        Path content = Files.createDirectories(dir.resolve("site/content/tin/2026"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(content.resolve("tin-" + i + ".md"), "---\ntitle: x\n---\n");
        }
        Files.writeString(content.resolve("anh.png"), "not content");
        String site = dir.resolve("site").toString();
        assertEquals(5, JvmTuning.contentFiles(new String[] {"build", "--source", site}));
        assertEquals(5, JvmTuning.contentFiles(new String[] {"build", "--source=" + site, "--timings"}));
        assertEquals(5, JvmTuning.contentFiles(new String[] {"stats", "-s", site}));
        assertEquals(0, JvmTuning.contentFiles(new String[] {"build", "--source", dir.resolve("nothing").toString()}));
        Files.createSymbolicLink(content.resolve("vong"), content.getParent());
        long withLoop = JvmTuning.contentFiles(new String[] {"build", "--source", site});
        assertTrue(withLoop >= 5 && withLoop <= JvmTuning.LARGE + 1, "a link looping back ends: " + withLoop);
    }

    @Test
    void theInitialHeapGrowsWithTheSiteSoTheOldGenerationIsNotGrownByFullCollections() {
        List<String> small = JvmTuning.heapOptions(40);
        List<String> city = JvmTuning.heapOptions(10_000);
        assertTrue(small.contains("-XX:+UseParallelGC") && city.contains("-XX:+UseParallelGC"));
        assertEquals(JvmTuning.BASE_HEAP_MB, initialHeapMb(JvmTuning.heapOptions(0)));
        assertTrue(initialHeapMb(city) >= 380 && initialHeapMb(city) < 1024,
                "10,000 items start with about 400 MB, under the 1 GiB target: " + city);
        assertTrue(city.contains("-Xmn" + JvmTuning.YOUNG_MB + "m"), "the young generation is bounded");
        assertEquals(JvmTuning.LARGE_SITE, JvmTuning.heapOptions(JvmTuning.LARGE + 1));
    }

    @Test
    void theClassDataArchiveBesideTheJarIsUsedOnlyWhenItIsNotOlderThanTheJar() throws IOException {
        Path jar = Files.writeString(dir.resolve("cchc-site.jar"), "jar");
        assertEquals(List.of("-Xshare:auto"), JvmTuning.classDataOptions(jar), "no archive");
        Path archive = Files.writeString(dir.resolve("cchc-site.jsa"), "archive");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(1_000_000_001_000L));
        assertTrue(JvmTuning.classDataOptions(jar).contains("-XX:SharedArchiveFile=" + archive));
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(1_000_000_002_000L));
        assertEquals(List.of("-Xshare:auto"), JvmTuning.classDataOptions(jar), "the jar was rebuilt after the archive");
    }

    @Test
    void hugePagesAreAskedForOnlyWhenTheKernelGivesThemOnRequest() throws IOException {
        Path setting = dir.resolve("enabled");
        Files.writeString(setting, "always [madvise] never\n");
        assertEquals(List.of("-XX:+UseTransparentHugePages"), JvmTuning.hugePageOptions(setting));
        Files.writeString(setting, "always madvise [never]\n");
        assertEquals(List.of(), JvmTuning.hugePageOptions(setting), "off: the JVM would warn on every build");
        Files.writeString(setting, "[always] madvise never\n");
        assertEquals(List.of(), JvmTuning.hugePageOptions(setting), "always on: nothing to ask for");
        assertEquals(List.of(), JvmTuning.hugePageOptions(dir.resolve("missing")), "not Linux");
    }

    private static int initialHeapMb(List<String> options) {
        return options.stream().filter(o -> o.startsWith("-Xms")).map(o -> Integer.parseInt(o.substring(4, o.length() - 1)))
                .findFirst().orElseThrow();
    }
}
