package vn.cchc.site.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.site.core.BuildFailedException;
import vn.cchc.site.testing.SiteFixture;
import vn.cchc.site.testing.TreeHashes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Atomic output: a failed build leaves the previous {@code output/} byte-identical (every file
 * hashed before and after), the next good build replaces it and cleans up, and files of deleted
 * content disappear. (A build killed with SIGKILL is tested on the jar: {@code SafetyIT}.)
 */
class AtomicOutputTest {
    private static final String TIN = "type: tin\ndate: 2025-01-02\npillars: [cong-vu]\ntags: [Một cửa]";
    private static final BuildTime NOW = new BuildTime(Instant.parse("2026-01-01T00:00:00Z"), true);

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private SiteFixture site() throws IOException {
        return new SiteFixture(dir.resolve("site"));
    }

    private SiteFixture goodSite() throws IOException {
        return site().item("a.md", "title: Tin A\n" + TIN, "Nội dung A.")
                .item("b.md", "title: Tin B\n" + TIN, "Nội dung B, xem [tin A](/tin-tuc/a/).")
                .item("vb.md", "title: Kế hoạch\ntype: van-ban\ndate: 2025-01-03\npillars: [cong-vu]\n"
                        + "number: \"30/KH-UBND\"\nissued: 2025-01-03\nissuer: UBND phường\nattachment: tep/kh.pdf", "Kế hoạch.")
                .bytes("assets/tep/kh.pdf", "%PDF-1.4 kế hoạch".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static final String TERMS_WITH = "<#import \"layout.ftl\" as layout>\n<@layout.html>\n%s\n</@layout.html>\n";

    /** name, file to write (relative to the site), its text, a part of the error. */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("content error", "content/a.md", "---\ntitle: Tin A\n" + TIN.replace("2025-01-02", "26/13/2025")
                        + "\n---\n\nNội dung A.\n", "content/a.md:4: lỗi:"),
                Arguments.of("unsafe HTML", "content/b.md", "---\ntitle: Tin B\n" + TIN + "\n---\n\n<script>x()</script>\n",
                        "content/b.md:9: lỗi: Thẻ <script>"),
                Arguments.of("template syntax error", "templates/terms.ftl", String.format(TERMS_WITH, "<#if >"),
                        "templates/terms.ftl:3: lỗi: Mẫu trang bị lỗi khi tạo trang /chuyen-de/"),
                Arguments.of("template runtime error", "templates/terms.ftl", String.format(TERMS_WITH, "${khongCoBien}"),
                        "templates/terms.ftl:3: lỗi: Mẫu trang bị lỗi khi tạo trang /chuyen-de/"),
                Arguments.of("broken link in a template", "templates/terms.ftl",
                        String.format(TERMS_WITH, "<a href=\"${root}khong-co/\">x</a>"), "templates/terms.ftl: lỗi: Trang /"),
                Arguments.of("missing attachment", "content/vb.md", "---\ntitle: Kế hoạch\ntype: van-ban\ndate: 2025-01-03\n"
                        + "pillars: [cong-vu]\nnumber: \"30/KH-UBND\"\nissued: 2025-01-03\nissuer: UBND phường\n"
                        + "attachment: tep/khong-co.pdf\n---\n\nKế hoạch.\n", "content/vb.md:9: lỗi:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailedBuildLeavesThePreviousOutputByteIdentical(String name, String file, String text, String error)
            throws Exception {
        SiteFixture site = goodSite();
        assertEquals(0, site.build(out()).exitCode());
        Map<String, String> before = TreeHashes.of(out());
        assertTrue(before.containsKey("tin-tuc/a/index.html") && before.containsKey("tep/kh.pdf"), before.keySet().toString());

        // a new item and an edited one: a half-written output would show them
        site.item("c.md", "title: Tin C mới\n" + TIN, "Mới.").item("a.md", "title: Tin A đã sửa\n" + TIN, "Sửa.");
        site.file(file, text);
        for (int attempt = 0; attempt < 2; attempt++) {
            // the second failure recycles the first one's staging folder
            SiteFixture.Run failed = site.build(out());
            assertEquals(1, failed.exitCode(), failed.err());
            assertTrue(failed.err().contains(error), failed.err());
            assertTrue(failed.err().contains("giữ nguyên bản trước"), failed.err());
            assertFalse(failed.err().contains("Exception") || failed.err().contains("\tat "), failed.err());
            assertEquals(before, TreeHashes.of(out()), name + ": output/ must be byte-identical");
        }

        Files.delete(site.root().resolve(file));
        goodSite().item("a.md", "title: Tin A đã sửa\n" + TIN, "Sửa.");
        SiteFixture.Run fixed = site.build(out());
        assertEquals(0, fixed.exitCode(), fixed.err());
        assertTrue(Files.exists(out().resolve("tin-tuc/c/index.html")));
        assertTrue(Files.readString(out().resolve("tin-tuc/index.html")).contains("Tin A đã sửa"));
        assertEquals(List.of(), TreeHashes.siblings(dir, ".out.staging-"), "leftover staging folders are cleaned");
    }

    @Test
    void aFailureWhileFinishingTheStagedSiteLeavesOutputUntouched() throws Exception {
        goodSite();
        BakeOptions options = new BakeOptions(site().root(), out(), NOW, false, false, 2);
        new Baker().bake(options);
        Map<String, String> before = TreeHashes.of(out());
        site().item("c.md", "title: Tin C\n" + TIN, "Mới.");
        assertThrows(IOException.class, () -> new Baker().bake(options, (result, staging) -> {
            throw new IOException("đĩa đầy");
        }));
        assertEquals(before, TreeHashes.of(out()));
        new Baker().bake(options);
        assertTrue(Files.exists(out().resolve("tin-tuc/c/index.html")));
    }

    @Test
    void aSwapInterruptedBetweenItsRenamesIsUndoneByTheNextBuildEvenAFailingOne() throws Exception {
        SiteFixture site = goodSite();
        assertEquals(0, site.build(out()).exitCode());
        Map<String, String> before = TreeHashes.of(out());
        // killed after "output → .out.old-*" and before "staging → output"
        Files.move(out(), dir.resolve(".out.old-999999-1"));
        Files.createDirectories(dir.resolve(".out.staging-999999-1/tin-tuc"));
        Files.writeString(dir.resolve(".out.staging-999999-1/tin-tuc/nua-chung.html"), "half");
        site.file("content/a.md", "---\ntitle: Tin A\n" + TIN.replace("2025-01-02", "26/13/2025") + "\n---\n\nx\n");
        assertEquals(1, site.build(out()).exitCode());
        assertEquals(before, TreeHashes.of(out()), "the previous site is back");
        goodSite();
        assertEquals(0, site.build(out()).exitCode());
        assertEquals(before.keySet(), TreeHashes.of(out()).keySet());
        assertEquals(List.of(), TreeHashes.siblings(dir, ".out.old-"));
        assertEquals(List.of(), TreeHashes.siblings(dir, ".out.staging-"));
    }

    /**
     * Stale files disappear: after a series of builds that delete and add items and assets (the
     * third one recycles the first one's folder), output/ equals a fresh build of the same input.
     */
    @Test
    void afterEveryBuildTheOutputEqualsAFreshBuild() throws Exception {
        SiteFixture site = goodSite().bytes("assets/anh/cu.png", new byte[] {1, 2, 3});
        Path source = site.root();
        List<Runnable> steps = List.of(
                () -> { },
                () -> delete(source.resolve("content/b.md"), source.resolve("assets/anh/cu.png")),
                () -> {
                    write(site, "content/moi.md", "---\ntitle: Tin mới\n" + TIN + "\n---\n\nMới.\n");
                    delete(source.resolve("content/vb.md"), source.resolve("assets/tep/kh.pdf"));
                },
                () -> {
                    write(site, "content/a.md", "---\ntitle: Tin A\n" + TIN.replace("Một cửa", "Chuyển đổi số")
                            + "\n---\n\nĐổi thẻ.\n");
                    write(site, "content/moi.md", "---\ntitle: Tin mới\n" + TIN.replace("Một cửa", "Chuyển đổi số")
                            + "\n---\n\nĐổi thẻ.\n");
                },
                () -> { });
        int n = 0;
        for (Runnable step : steps) {
            step.run();
            new Baker().bake(new BakeOptions(source, out(), NOW, false, false, 2));
            Path fresh = dir.resolve("fresh-" + n++);
            new Baker().bake(new BakeOptions(source, fresh, NOW, false, false, 2));
            assertEquals(TreeHashes.of(fresh), TreeHashes.of(out()), "after step " + n);
            if (n == 1) {
                assertTrue(Files.exists(out().resolve("the/mot-cua/index.html")));
                assertTrue(Files.exists(out().resolve("van-ban/vb/index.html")));
            }
        }
        Map<String, String> last = TreeHashes.of(out());
        assertFalse(last.containsKey("tin-tuc/b/index.html"));
        assertFalse(last.containsKey("anh/cu.png"));
        assertFalse(last.containsKey("tep/kh.pdf"));
        assertFalse(last.containsKey("the/mot-cua/index.html"), "the tag page of a tag no longer used");
        assertFalse(Files.exists(out().resolve("van-ban/vb")), "empty folders go too");
        assertTrue(Files.isDirectory(dir.resolve(".out.prev")), "the previous site is kept for recycling");
    }

    private static void delete(Path... files) {
        try {
            for (Path f : files) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(SiteFixture site, String file, String text) {
        try {
            site.file(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A template that fails on one page stops the build; no page is written after bake() returns. */
    @Test
    void aFailedBuildWritesNothingAfterItReturns() throws Exception {
        SiteFixture site = site();
        for (int i = 0; i < 300; i++) {
            site.item("tin-" + i + ".md", "title: Tin " + i + "\n" + TIN, "Nội dung " + i + ".");
        }
        String item = Files.readString(Path.of("templates/item.ftl"));
        site.file("templates/item.ftl", item.replaceFirst("\n", "\n<#if item.title == \"Tin 150\">\\${khongCoBien}</#if>\n"));
        BakeOptions options = new BakeOptions(site.root(), out(), NOW, false, false, 2);
        BuildFailedException failed = assertThrows(BuildFailedException.class, () -> new Baker().bake(options));
        assertTrue(failed.problems().get(0).format().startsWith("templates/item.ftl:2: lỗi: Mẫu trang bị lỗi khi tạo "
                + "trang /tin-tuc/tin-150/"), failed.problems().toString());
        List<String> staging = TreeHashes.siblings(dir, ".out.staging-");
        assertEquals(1, staging.size());
        Map<String, String> right = TreeHashes.of(dir.resolve(staging.get(0)));
        Thread.sleep(400);
        assertEquals(right, TreeHashes.of(dir.resolve(staging.get(0))), "pages written after the build returned");
        assertFalse(Files.exists(out()));
    }

    @Test
    void checkNeverTouchesTheOutput() throws Exception {
        goodSite();
        BakeOptions options = new BakeOptions(site().root(), out(), NOW, false, false, 2);
        assertThrows(BuildFailedException.class, () -> {
            site().item("c.md", "title: C\n" + TIN.replace("2025-01-02", "31/04/2025"), "x");
            new Baker().check(options);
        });
        assertFalse(Files.exists(out()));
        assertEquals(List.of(), TreeHashes.siblings(dir, ".out"));
    }
}
