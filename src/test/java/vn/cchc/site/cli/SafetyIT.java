package vn.cchc.site.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SharedTools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Never publish a broken site: builds are reproducible, and a build killed with SIGKILL while it
 * renders leaves the previous output exactly as it was. Runs the packaged jar.
 */
class SafetyIT {
    private static final Path JAR = Path.of(System.getProperty("cchc.jar", "target/cchc-site.jar"));

    @TempDir
    Path dir;

    private Process start(Path source, Path output, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", JAR.toString(), "build", "--source", source.toString(),
                "--output", output.toString());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("log-" + System.nanoTime() + ".txt").toFile());
        return pb.start();
    }

    private int build(Path source, Path output, Map<String, String> env) throws Exception {
        Process p = start(source, output, env);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        return p.exitValue();
    }

    /** Every file of a tree → SHA-256. */
    static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }

    private Path corpus(int count) throws Exception {
        Path out = dir.resolve("corpus");
        SharedTools.corpus(count, 5, out);
        return out;
    }

    @Test
    void twoBuildsWithTheSameSourceDateEpochAreByteIdentical() throws Exception {
        Path source = corpus(300);
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1790000000");
        assertEquals(0, build(source, dir.resolve("a"), env));
        assertEquals(0, build(source, dir.resolve("b"), Map.of("SOURCE_DATE_EPOCH", "1790000000", "TZ", "UTC")));
        Map<String, String> a = hashes(dir.resolve("a"));
        assertTrue(a.size() > 300);
        assertEquals(a, hashes(dir.resolve("b")));
        assertTrue(Files.readString(dir.resolve("a/build-report.json")).contains("\"builtAt\""));
    }

    @Test
    void killedBuildLeavesThePreviousOutputByteIdentical() throws Exception {
        Path source = corpus(3000);
        Path output = dir.resolve("output");
        assertEquals(0, build(source, output, Map.of()));
        Map<String, String> before = hashes(output);
        // change every page so that a half-swapped output would show
        Files.writeString(source.resolve("site.yml"), "ward: \"Phường Mới\"\n");
        Process p = start(source, output, Map.of());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean rendering = false;
        while (!rendering && System.nanoTime() < deadline && p.isAlive()) {
            try (Stream<Path> siblings = Files.list(dir)) {
                rendering = siblings.anyMatch(s -> s.getFileName().toString().startsWith(".output.staging-")
                        && hasRecentFiles(s));
            }
            Thread.sleep(20);
        }
        assertTrue(rendering && p.isAlive(), "the build should still be rendering");
        p.destroyForcibly();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        Thread.sleep(300); // the tuned child JVM notices its parent is gone within 50 ms
        assertEquals(before, hashes(output), "a killed build must not touch output/");
        assertEquals(0, build(source, output, Map.of()));
        assertTrue(Files.readString(output.resolve("index.html")).contains("Phường Mới"));
        try (Stream<Path> siblings = Files.list(dir)) {
            List<String> left = siblings.map(s -> s.getFileName().toString())
                    .filter(n -> n.startsWith(".output.staging-")).toList();
            assertEquals(List.of(), left, "the killed build's staging folder is recycled");
        }
        assertFalse(Files.exists(output.resolve("tin-tuc/no-such")));
    }

    private static boolean hasRecentFiles(Path staging) {
        try (Stream<Path> files = Files.list(staging)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }
}
