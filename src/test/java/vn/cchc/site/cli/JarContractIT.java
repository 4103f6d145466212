package vn.cchc.site.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command-line contract, exercised on the packaged jar as users and other tools run it:
 * {@code java -jar target/cchc-site.jar build --source DIR --output DIR}, exit codes 0, 1 and 2,
 * the stats JSON and the version.
 */
class JarContractIT {
    private static final Path JAR = Path.of(System.getProperty("cchc.jar", "target/cchc-site.jar"));
    private static final Path SAMPLE = Path.of(System.getProperty("cchc.sample", "."));

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out");
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void bakesTheSampleSiteAndPrintsTheReport() throws Exception {
        Path out = dir.resolve("site");
        Result r = run(Map.of("TZ", "America/New_York"), "build", "--source", SAMPLE.toString(), "--output",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Tổng số tin, bài, văn bản, thông báo, thủ tục, quy trình"), r.out());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("build-report.json")));
        assertEquals(System.getProperty("cchc.version", "dev"),
                new ObjectMapper().readTree(out.resolve("build-report.json").toFile()).get("version").asText());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void contentErrorsExitWithOneAndNoStackTrace() throws Exception {
        Path site = dir.resolve("bad");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/a.md"), "---\ntitle: A\ntype: tinn\ndate: 26/13/2025\n---\nx\n");
        Result r = run(Map.of(), "build", "--source", site.toString(), "--output", dir.resolve("o").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content/a.md:3: lỗi:"), r.err());
        assertTrue(r.err().contains("content/a.md:4: lỗi:"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(dir.resolve("o")), "a failed build writes nothing");
    }

    @Test
    void wrongUsageExitsWithTwo() throws Exception {
        Result r = run(Map.of(), "build", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Lỗi cú pháp lệnh"), r.err());
    }

    @Test
    void statsJsonFollowsTheContract() throws Exception {
        Result r = run(Map.of("TZ", "UTC", "SOURCE_DATE_EPOCH", "1795000000"), "stats", "--source",
                SAMPLE.toString(), "--year", "2025", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("2025-01-01", json.get("from").asText());
        assertEquals("2025-12-31", json.get("to").asText());
        int sum = 0;
        for (JsonNode n : json.get("byType")) {
            assertTrue(n.asInt() > 0, "byType omits zero types");
            sum += n.asInt();
        }
        assertEquals(json.get("total").asInt(), sum);
        assertEquals(json.get("total").asInt(), json.get("items").size());
        for (String key : List.of("byMonth", "byPillar", "byChannel", "byAuthor")) {
            assertTrue(json.get(key).isObject(), key);
        }
        JsonNode item = json.get("items").get(0);
        for (String key : List.of("path", "url", "title", "type", "date")) {
            assertTrue(item.hasNonNull(key), key);
        }
    }

    @Test
    void versionIsTheOneMavenBuilt() throws Exception {
        Result r = run(Map.of(), "--version");
        assertEquals(0, r.code(), r.err());
        assertEquals("cchc-site " + System.getProperty("cchc.version", "dev"), r.out().strip());
    }
}
