package vn.cchc.site.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;
import vn.cchc.site.testing.TreeHashes;

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
 * The local-tools safety rules on the packaged jar, where the exit code is what CI and officers
 * see: an output folder that is not the tool's, or that holds the source, is refused with exit 2 and
 * left as it was; a linked output stays a link; a content link leaving the site is an error naming
 * the file (exit 1) and nothing outside is read; a template reaching for Java fails the build.
 */
@Tag("security")
class LocalToolsSecurityIT {
    private static final Path JAR = Path.of(System.getProperty("cchc.jar", "target/cchc-site.jar"));

    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private record Result(int code, String text) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("log-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private SiteFixture site() throws IOException {
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.item("tin-tuc/a.md", "title: Tin\ntype: tin\ndate: 2025-03-01", "Nội dung.");
        return site;
    }

    @Test
    void unsafeOutputsAreRefusedWithExitTwo() throws Exception {
        SiteFixture site = site();
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("architecture.md"), "# Kiến trúc\n");
        Map<String, String> before = TreeHashes.of(dir);
        for (Path output : List.of(docs, site.root(), dir)) {
            Result r = run("build", "--source", site.root().toString(), "--output", output.toString());
            assertEquals(2, r.code(), output + ": " + r.text());
            assertTrue(r.text().contains("Thư mục đầu ra"), r.text());
            assertFalse(r.text().contains("Exception"), r.text());
        }
        before.keySet().removeIf(k -> k.startsWith("log-"));
        Map<String, String> after = TreeHashes.of(dir);
        after.keySet().removeIf(k -> k.startsWith("log-"));
        assertEquals(before, after);
        assertEquals(List.of(), TreeHashes.siblings(dir, ".docs."));
    }

    @Test
    void aLinkedOutputStaysALink() throws Exception {
        SiteFixture site = site();
        Path link = Files.createSymbolicLink(dir.resolve("output"), outside);
        for (int n = 0; n < 2; n++) {
            Result r = run("build", "--source", site.root().toString(), "--output", link.toString());
            assertEquals(0, r.code(), r.text());
            assertTrue(Files.isSymbolicLink(link));
            assertTrue(Files.isRegularFile(outside.resolve("tin-tuc/a/index.html")));
        }
    }

    @Test
    void aContentLinkLeavingTheSiteIsAnErrorAndNothingOutsideIsRead() throws Exception {
        SiteFixture site = site();
        Files.writeString(outside.resolve("bi-mat.md"), "---\ntitle: Bí mật ngoài trang\ntype: tin\ndate: 2025-03-01\n---\nX\n");
        Files.createSymbolicLink(site.root().resolve("content/ngoai"), outside);
        Result r = run("build", "--source", site.root().toString(), "--output", dir.resolve("output").toString());
        assertEquals(1, r.code(), r.text());
        assertTrue(r.text().contains("content/ngoai:"), r.text());
        assertFalse(r.text().contains("bi-mat.md"), r.text());
        assertFalse(Files.exists(dir.resolve("output")));
    }

    @Test
    void aTemplateRunningACommandFailsTheBuild() throws Exception {
        SiteFixture site = site();
        Path mark = outside.resolve("da-chay");
        site.file("templates/item.ftl", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch "
                + mark + "\")}\n");
        Result r = run("build", "--source", site.root().toString(), "--output", dir.resolve("output").toString());
        assertEquals(1, r.code(), r.text());
        assertTrue(r.text().contains("templates/item.ftl:1: lỗi:"), r.text());
        assertFalse(Files.exists(mark));
    }

    @Test
    void thePreviewFolderWithDraftsIsGoneWhenServeIsStopped() throws Exception {
        SiteFixture site = site();
        site.item("tin-tuc/nhap.md", "title: Nháp\ntype: tin\ndate: 2025-03-01\nstatus: draft", "Nháp.");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path log = dir.resolve("serve.txt");
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", JAR.toString(), "serve", "--source",
                site.root().toString(), "--port", "0").redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains("Đang xem thử tại") && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(50);
            }
            List<String> folders = TreeHashes.siblings(tmp, "cchc-xem-thu");
            assertEquals(1, folders.size(), Files.readString(log) + folders);
            Path folder = tmp.resolve(folders.get(0));
            assertTrue(Files.exists(folder.resolve("tin-tuc/nhap/index.html")), "the preview holds the draft");
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(folder)));
        } finally {
            // SIGTERM, as Ctrl+C or a closed terminal would end it
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        for (int n = 0; n < 100 && !TreeHashes.siblings(tmp, "cchc-xem-thu").isEmpty(); n++) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), TreeHashes.siblings(tmp, "cchc-xem-thu"), Files.readString(log));
    }
}
