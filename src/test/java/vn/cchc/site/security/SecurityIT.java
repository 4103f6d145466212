package vn.cchc.site.security;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content written as an attacker would, through {@code build} and {@code check} of the packaged jar:
 * script hidden in bodies and SVG assets fails with {@code file:line}, inputs made to hang or crash
 * the build fail fast with {@code file:line}, control characters never reach the feed or sitemap,
 * and odd tags, slugs and prose do not break pages or links.
 */
@Tag("security")
class SecurityIT {
    private static final Path JAR = Path.of(System.getProperty("cchc.jar", "target/cchc-site.jar"));
    private static final Path SAMPLE = Path.of(System.getProperty("cchc.sample", "."));
    static final String FRONT = "title: \"Tin %s\"\ntype: tin\ndate: 2026-01-05 08:00\npillars: [chinh-quyen-so]\n"
            + "channels: [cong-ttdt]\nstatus: published\n";

    @TempDir
    Path dir;

    record Result(int code, String out, String err, long millis) {
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
    }

    /** A site with the sample's configuration and one item per (file name, body). */
    Path site(String name, String... namesAndBodies) throws IOException {
        Path site = dir.resolve(name);
        Files.createDirectories(site.resolve("content/tin-tuc"));
        Files.copy(SAMPLE.resolve("site.yml"), site.resolve("site.yml"));
        for (int i = 0; i < namesAndBodies.length; i += 2) {
            item(site, namesAndBodies[i], FRONT.formatted(i / 2), namesAndBodies[i + 1]);
        }
        return site;
    }

    static void item(Path site, String file, String frontMatter, String body) throws IOException {
        Path path = site.resolve("content/tin-tuc/" + file);
        Files.createDirectories(path.getParent());
        // with FRONT alone the front matter takes lines 1-8 and the body starts on line 10
        Files.writeString(path, "---\n" + frontMatter + "---\n\n" + body + "\n", StandardCharsets.UTF_8);
    }

    /** Both commands refuse the site, each naming every file and line, and the build writes nothing. */
    private void refused(Path site, List<String> expected) throws Exception {
        Path output = dir.resolve("out-" + site.getFileName());
        for (Result r : List.of(run("build", "--source", site.toString(), "--output", output.toString()),
                run("check", "--source", site.toString()))) {
            assertEquals(1, r.code(), r.out() + r.err());
            for (String where : expected) {
                assertTrue(r.err().contains(where + " lỗi:") || r.err().contains(where + ": lỗi:"),
                        where + " in\n" + r.err());
            }
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("Error:"),
                    r.err());
        }
        assertFalse(Files.exists(output.resolve("index.html")), "nothing published");
    }

    @Test
    void scriptHiddenInBodiesFailsBuildAndCheckAtItsLine() throws Exception {
        String cdata = "<![CDATA[ ><script>document.title=\"XSS\"</script> ]]>";
        Path site = site("hidden",
                "cdata-khoi.md", cdata,
                "cdata-dong.md", "Chữ " + cdata + " chữ.",
                "cdata-danh-sach.md", "- Một\n- " + cdata,
                "cdata-bang.md", "| A |\n|---|\n| " + cdata + " |",
                "cdata-details.md", "Đầu.\n\n<![CDATA[ ><details open ontoggle=\"document.title='XSS'\"> ]]>",
                "comment-rong.md", "<!--><img src=x onerror=alert(1)>-->",
                "xml.md", "<?xml ><svg onload=alert(1)> ?>",
                "noscript.md", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>",
                "lien-ket.md", "[Bấm](  JaVa&#x09;Script:alert(1))\n\n<a href=\"java&#10;script:alert(1)\">x</a>");
        Files.createDirectories(site.resolve("assets/anh"));
        Files.writeString(site.resolve("assets/anh/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<a href=\" j&#x61;vascript:alert(1)\"><text>x</text></a></svg>");
        refused(site, List.of("content/tin-tuc/cdata-khoi.md:10:", "content/tin-tuc/cdata-dong.md:10:",
                "content/tin-tuc/cdata-danh-sach.md:11:", "content/tin-tuc/cdata-bang.md:12:",
                "content/tin-tuc/cdata-details.md:12:", "content/tin-tuc/comment-rong.md:10:",
                "content/tin-tuc/xml.md:10:", "content/tin-tuc/noscript.md:10:", "content/tin-tuc/lien-ket.md:12:",
                "assets/anh/logo.svg"));
    }

    /** Each file alone: the build and the check stop with its file and line within the time the issue allows. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"links", "rows", "lists", "quotes", "spans", "spans-apart"})
    void inputsMadeToHangOrCrashFailFastAtTheirLine(String kind) throws Exception {
        String body = switch (kind) {
            case "links" -> String.join(" ", Stream.iterate(0, i -> i + 1).limit(10_000)
                    .map(i -> "[l" + i + "](https://vi-du" + i + ".vn/a)").toList());
            case "rows" -> "| A | B |\n|---|---|\n" + "| 1 | x |\n".repeat(100_000);
            case "lists" -> "- ".repeat(500) + "x";
            case "quotes" -> "> ".repeat(1_000) + "x";
            case "spans" -> "<span>".repeat(10_000) + "x" + "</span>".repeat(10_000);
            default -> "Đầu.\n\n" + "<span>\n\n".repeat(10_000) + "x";
        };
        Path site = site(kind, "a.md", body);
        for (Result r : List.of(run("build", "--source", site.toString(), "--output", dir.resolve("o").toString()),
                run("check", "--source", site.toString()))) {
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("content/tin-tuc/a.md:1"), r.err());
            assertFalse(r.err().contains("StackOverflow") || r.err().contains("\tat "), r.err());
            assertTrue(r.millis() < 10_000, kind + " took " + r.millis() + " ms");
        }
    }

    @Test
    void controlCharactersNeverReachTheFeedOrSitemap() throws Exception {
        Path site = site("xml");
        item(site, "chuong.md", "title: \"Họp\u0007 trực tuyến\"\ntype: tin\ndate: 2026-01-05 08:00\n"
                + "pillars: [chinh-quyen-so]\nchannels: [cong-ttdt]\nsummary: \"Tóm\\vtắt\\x1b và\\u0000 hết\"\n"
                + "tags: [\"Thẻ\\f một\"]\n", "Nội dung\u0008 bài\u001f viết.");
        Path output = dir.resolve("out-xml");
        Result r = run("build", "--source", site.toString(), "--output", output.toString());
        assertEquals(0, r.code(), r.err());
        for (String line : List.of(":2: cảnh báo:", ":7: cảnh báo:", ":8: cảnh báo:", ":11: cảnh báo:")) {
            assertTrue(r.err().contains("content/tin-tuc/chuong.md" + line) || r.out().contains("content/tin-tuc/chuong.md" + line),
                    line + " in " + r.out() + r.err());
        }
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        for (String file : List.of("rss.xml", "sitemap.xml")) {
            xml.newDocumentBuilder().parse(output.resolve(file).toFile());
        }
        assertTrue(Files.readString(output.resolve("rss.xml")).contains("Họp trực tuyến"));
    }

    @Test
    void oddTagsSlugsAndProseDoNotBreakPagesOrLinks() throws Exception {
        Path site = site("odd");
        String longTag = "Thẻ rất dài ".repeat(25);
        item(site, "the.md", FRONT.formatted("thẻ") + "tags: [\"!!!\", \"" + longTag + "\", \"Chuyển đổi số\"]\n",
                "Xem href=trang-khac và src=anh.png, id=x trong câu chữ thường.");
        Path output = dir.resolve("out-odd");
        Result r = run("build", "--source", site.toString(), "--output", output.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        String all = r.out() + r.err();
        assertFalse(all.contains("trang-khac") || all.contains("anh.png"), "prose is not a link: " + all);
        assertTrue(all.contains("content/tin-tuc/the.md:8: cảnh báo:") && all.contains("'!!!'"), all);
        try (Stream<Path> files = Files.walk(output)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(f).contains("the//"), f.toString());
            }
        }
        try (Stream<Path> tagPages = Files.list(output.resolve("the"))) {
            assertTrue(tagPages.allMatch(p -> p.getFileName().toString().length() <= 80));
        }

        item(site, "slug.md", FRONT.formatted("slug") + "slug: \"" + "duong-dan-rat-dai-".repeat(20) + "\"\n", "Chữ.");
        Result tooLong = run("check", "--source", site.toString());
        assertEquals(1, tooLong.code(), tooLong.err());
        assertTrue(tooLong.err().contains("content/tin-tuc/slug.md:8: lỗi:"), tooLong.err());
        assertFalse(tooLong.err().contains("File name too long"), tooLong.err());
    }
}
