package vn.cchc.site.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.report.BuildReport;
import vn.cchc.site.testing.SharedTools;
import vn.cchc.site.testing.TreeHashes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two builds of the same input with the same {@code SOURCE_DATE_EPOCH} give byte-identical output,
 * whatever the number of threads, the folders, the order in which the files were created and their
 * modification times. (The same is checked on the jar with the real environment variable: SafetyIT.)
 */
class ReproducibleBuildTest {
    private static final Instant EPOCH = Instant.ofEpochSecond(1_790_000_000L);

    @TempDir
    Path dir;

    private Map<String, String> bake(Path source, Path output, int threads, BuildTime time) throws Exception {
        BakeOptions options = new BakeOptions(source, output, time, false, false, threads);
        new Baker().bake(options, (result, staging) -> new BuildReport(result, time, result.config().statsWindow(), 1234)
                .writeJson(staging.resolve("build-report.json")));
        return TreeHashes.of(output);
    }

    /** Copies a tree, creating the files in the reverse order and with other modification times. */
    private static void copyReversed(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
        Collections.reverse(files);
        long t = 1_000_000_000_000L;
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
            Files.setLastModifiedTime(target, FileTime.fromMillis(t += 60_000));
        }
    }

    @Test
    void sameInputAndEpochGiveByteIdenticalOutput() throws Exception {
        Path first = dir.resolve("nguon-1");
        SharedTools.corpus(300, 3, first);
        copyReversed(Path.of("assets"), first.resolve("assets"));
        Path second = dir.resolve("nguon 2 khác");
        copyReversed(first, second);

        BuildTime fixed = new BuildTime(EPOCH, true);
        Map<String, String> a = bake(first, dir.resolve("a"), 1, fixed);
        Map<String, String> b = bake(second, dir.resolve("b/trang web"), 4, fixed);
        assertTrue(a.size() > 300, "pages: " + a.size());
        assertEquals(a, b);

        String report = Files.readString(dir.resolve("a/build-report.json"));
        assertTrue(report.contains("\"builtAt\""), report);
        assertFalse(report.contains("durationMillis") || report.contains("\"timings\""), "no timings: " + report);

        // the same instant from a clock: the report then carries the duration, nothing else changes
        Map<String, String> c = bake(first, dir.resolve("c"), 2, new BuildTime(EPOCH));
        assertTrue(Files.readString(dir.resolve("c/build-report.json")).contains("durationMillis"));
        assertNotEquals(a.get("build-report.json"), c.get("build-report.json"));
        a.remove("build-report.json");
        c.remove("build-report.json");
        assertEquals(a, c);
    }
}
