package vn.cchc.site.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SharedTools;
import vn.cchc.site.testing.TreeHashes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Never publish a broken site, proved on the packaged jar as CI and officers run it: builds are
 * reproducible under {@code SOURCE_DATE_EPOCH}, and a build killed with SIGKILL while it renders
 * leaves the previous output exactly as it was; the next build succeeds and cleans up.
 */
class SafetyIT {
    private static final Path JAR = Path.of(System.getProperty("cchc.jar", "target/cchc-site.jar"));

    @TempDir
    Path dir;

    private Process start(Path source, Path output, Map<String, String> env, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString(), "build", "--source",
                source.toString(), "--output", output.toString()));
        command.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("log-" + System.nanoTime() + ".txt").toFile());
        return pb.start();
    }

    private int build(Path source, Path output, Map<String, String> env, String... extra) throws Exception {
        Process p = start(source, output, env, extra);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        return p.exitValue();
    }

    private Path corpus(int count) throws Exception {
        Path out = dir.resolve("corpus");
        SharedTools.corpus(count, 5, out);
        return out;
    }

    @Test
    void twoBuildsWithTheSameSourceDateEpochAreByteIdentical() throws Exception {
        Path source = corpus(300);
        // targets shown on the statistics pages and in the report: their order must not change from one JVM to the next
        Files.writeString(source.resolve("site.yml"), """
                stats:
                  targets:
                    2026: { tin-bai: 60, van-ban: 12, thu-tuc: 10, tong: 120, quy-trinh: 4, thong-bao: 20 }
                """);
        assertEquals(0, build(source, dir.resolve("a"), Map.of("SOURCE_DATE_EPOCH", "1790000000"), "--threads", "1"));
        assertEquals(0, build(source, dir.resolve("b"), Map.of("SOURCE_DATE_EPOCH", "1790000000", "TZ",
                "America/New_York", "LANG", "C"), "--threads", "4"));
        Map<String, String> a = TreeHashes.of(dir.resolve("a"));
        assertTrue(a.size() > 300);
        assertEquals(a, TreeHashes.of(dir.resolve("b")));
        String report = Files.readString(dir.resolve("a/build-report.json"));
        assertTrue(report.contains("\"builtAt\" : \"2026-09-21T") || report.contains("\"builtAt\":\"2026-09-21T"),
                report);
        assertFalse(report.contains("durationMillis") || report.contains("\"timings\""), report);

        assertEquals(0, build(source, dir.resolve("c"), Map.of()));
        assertTrue(Files.readString(dir.resolve("c/build-report.json")).contains("durationMillis"),
                "without SOURCE_DATE_EPOCH the report has its timings");
    }

    @Test
    void killedBuildLeavesThePreviousOutputByteIdentical() throws Exception {
        Path source = corpus(3000);
        Path output = dir.resolve("output");
        assertEquals(0, build(source, output, Map.of()));
        Map<String, String> before = TreeHashes.of(output);
        assertTrue(before.size() > 3000);
        // change every page so that a half-swapped output would show
        Files.writeString(source.resolve("site.yml"), "ward: \"Phường Mới\"\n");
        Process p = start(source, output, Map.of());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Path rendering = null;
        while (rendering == null && System.nanoTime() < deadline && p.isAlive()) {
            for (String name : TreeHashes.siblings(dir, ".output.staging-")) {
                if (Files.exists(dir.resolve(name).resolve("tin-tuc"))) {
                    rendering = dir.resolve(name);
                }
            }
            Thread.sleep(5);
        }
        assertTrue(rendering != null && p.isAlive(), "the build should be rendering pages");
        // SIGKILL the JVM that does the work (the tuned child of `java -jar`), then the launcher
        List<ProcessHandle> workers = p.descendants().toList();
        workers.forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        for (ProcessHandle w : workers) {
            w.onExit().get(10, TimeUnit.SECONDS);
        }
        long pagesWritten;
        try (Stream<Path> files = Files.walk(rendering)) {
            pagesWritten = files.filter(f -> f.toString().endsWith(".html")).count();
        }
        assertTrue(pagesWritten > 0 && pagesWritten < before.size(), "killed mid-render: " + pagesWritten);
        assertEquals(before, TreeHashes.of(output), "a killed build must not touch output/");

        assertEquals(0, build(source, output, Map.of()));
        assertTrue(Files.readString(output.resolve("index.html")).contains("Phường Mới"));
        assertEquals(List.of(), TreeHashes.siblings(dir, ".output.staging-"),
                "the killed build's staging folder is recycled");
        Map<String, String> after = TreeHashes.of(output);
        assertEquals(before.keySet(), after.keySet());
        assertFalse(new HashMap<>(before).equals(after));
    }
}
