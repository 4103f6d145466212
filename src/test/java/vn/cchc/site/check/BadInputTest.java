package vn.cchc.site.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.site.testing.SiteFixture;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fixture per way editors' input goes wrong. Each gets its location, a Vietnamese message,
 * exit code 1, no stack trace, and no output written.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private static final String OK = "title: Tin\ntype: tin\ndate: 2025-01-02\npillars: [cong-vu]";

    /** name, file under content/, its text, expected "file:line:" prefix, a part of the message. */
    static Stream<Arguments> textFixtures() {
        return Stream.of(
                Arguments.of("month 13", "a.md", "---\n" + OK.replace("2025-01-02", "26/13/2025") + "\n---\nx\n",
                        "content/a.md:4:", "không có tháng 13"),
                Arguments.of("empty file", "a.md", "", "content/a.md:1:", "Tệp rỗng"),
                Arguments.of("only front matter", "a.md", "---\ntitle: Tin\ntype: tin\n---\n",
                        "content/a.md:4:", "Thiếu ngày đăng"),
                Arguments.of("never closed", "a.md", "---\n" + OK + "\n\nNội dung không có dòng đóng.\n",
                        "content/a.md:1:", "không có dòng '---' đóng lại"),
                Arguments.of("unclosed quote", "a.md", "---\ntitle: \"Tin\ntype: tin\n---\nx\n", "content/a.md:",
                        "sai cú pháp"),
                Arguments.of("tab indentation", "a.md", "---\ntitle: Tin\n\ttype: tin\n---\nx\n", "content/a.md:3:",
                        "sai cú pháp"),
                Arguments.of("missing colon", "a.md", "---\ntitle: Tin\ntype tin\ndate: 2025-01-02\n---\nx\n",
                        "content/a.md:", "sai cú pháp"),
                Arguments.of("script", "a.md", "---\n" + OK + "\n---\n\nChữ.\n\n<script>alert(1)</script>\n",
                        "content/a.md:10:", "<script>"),
                Arguments.of("event handler", "a.md", "---\n" + OK + "\n---\n\n<p onclick=\"x()\">Bấm</p>\n",
                        "content/a.md:8:", "onclick"),
                Arguments.of("javascript link", "a.md", "---\n" + OK + "\n---\n\n<a href=\"javascript:alert(1)\">Bấm</a>\n",
                        "content/a.md:8:", "không an toàn"),
                Arguments.of("iframe from a host not allowed", "a.md", "---\n" + OK
                        + "\n---\n\n<iframe src=\"https://evil.example/x\"></iframe>\n", "content/a.md:8:", "embed_hosts"),
                Arguments.of("broken internal link", "a.md", "---\n" + OK + "\n---\n\nXem [bài](/tin-tuc/khong-co/).\n",
                        "content/a.md:8:", "không trỏ tới"),
                Arguments.of("bad document number", "a.md", "---\ntitle: KH\ntype: van-ban\ndate: 2025-01-02\n"
                        + "pillars: [cong-vu]\nnumber: \"KH 30\"\nissued: 2025-01-02\nissuer: UBND\n---\nx\n",
                        "content/a.md:6:", "Số ký hiệu"),
                Arguments.of("attachment outside assets", "a.md", "---\ntitle: KH\ntype: van-ban\ndate: 2025-01-02\n"
                        + "pillars: [cong-vu]\nnumber: \"30/KH-UBND\"\nissued: 2025-01-02\nissuer: UBND\n"
                        + "attachment: ../../etc/passwd\n---\nx\n", "content/a.md:", "nằm ngoài thư mục assets/"),
                Arguments.of("missing attachment", "a.md", "---\ntitle: KH\ntype: van-ban\ndate: 2025-01-02\n"
                        + "pillars: [cong-vu]\nnumber: \"30/KH-UBND\"\nissued: 2025-01-02\nissuer: UBND\n"
                        + "attachment: tep/khong-co.pdf\n---\nx\n", "content/a.md:", "Không tìm thấy tệp đính kèm"));
    }

    private SiteFixture.Run build() {
        return new SiteFixture(dir).build(dir.resolve("out"));
    }

    private void assertReported(SiteFixture.Run run, String location, String message) {
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith(location) && l.contains("lỗi:") && l.contains(message)),
                "expected " + location + " … " + message + " in:\n" + run.err());
        assertTrue(run.err().contains("Không tạo được trang web:"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFixtures")
    void textFixture(String name, String file, String text, String location, String message) throws Exception {
        new SiteFixture(dir).file("content/" + file, text);
        assertReported(build(), location, message);
    }

    @Test
    void windows1258File() throws Exception {
        byte[] bytes = ("---\n" + OK + "\nauthor: Hà\n---\nx\n").getBytes(Charset.forName("windows-1258"));
        new SiteFixture(dir).bytes("content/a.md", bytes);
        assertReported(build(), "content/a.md:6:", "UTF-8");
    }

    @Test
    void latin1File() throws Exception {
        byte[] bytes = ("---\n" + OK + "\nauthor: Hélène\n---\nx\n").getBytes(StandardCharsets.ISO_8859_1);
        new SiteFixture(dir).bytes("content/a.md", bytes);
        assertReported(build(), "content/a.md:6:", "UTF-8");
    }

    @Test
    void tenMegabytesInOneFile() throws Exception {
        new SiteFixture(dir).file("content/a.md", "---\n" + OK + "\n---\n" + "Nội dung rất dài. ".repeat(600_000));
        assertReported(build(), "content/a.md:", "Tệp quá lớn");
    }

    @Test
    void symlinkLoop() throws Exception {
        SiteFixture site = new SiteFixture(dir).item("a.md", OK, "x");
        Files.createDirectories(dir.resolve("content/vong"));
        Files.createSymbolicLink(dir.resolve("content/vong/lap"), dir.resolve("content"));
        assertReported(build(), "content/vong/lap:", "vòng lặp");
    }

    @Test
    void linkToADraftIsBroken() throws Exception {
        new SiteFixture(dir)
                .item("nhap.md", OK.replace("title: Tin", "title: Nháp") + "\nstatus: draft", "x")
                .item("a.md", OK.replace("title: Tin", "title: Bài"), "Xem [bản nháp](/tin-tuc/nhap/).");
        assertReported(build(), "content/a.md:8:", "bản nháp content/nhap.md");
    }

    @Test
    void allProblemsOfABuildAreListedTogether() throws Exception {
        new SiteFixture(dir)
                .file("content/a.md", "---\n" + OK.replace("2025-01-02", "31/04/2025") + "\n---\nx\n")
                .file("content/b.md", "---\ntitle: B\ntype: tinn\ndate: 2025-01-02\n---\nx\n")
                .file("content/c.md", "");
        SiteFixture.Run run = build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/a.md:4:"));
        assertTrue(run.err().contains("content/b.md:3:"));
        assertTrue(run.err().contains("content/c.md:1:"));
        assertTrue(run.err().contains("3 lỗi"), run.err());
    }

    @Test
    void warningsPassUnlessStrict() throws Exception {
        new SiteFixture(dir).item("a.md", "title: Tin không chuyên đề\ntype: tin\ndate: 2025-01-02", "![](/anh/x.png)");
        new SiteFixture(dir).bytes("assets/anh/x.png", new byte[] {1});
        SiteFixture.Run lax = build();
        assertEquals(0, lax.exitCode(), lax.err());
        assertTrue(lax.err().contains("cảnh báo: Chưa gắn chuyên đề"), lax.err());
        assertTrue(lax.err().contains("chưa có mô tả"), lax.err());
        SiteFixture.Run strict = new SiteFixture(dir).build(dir.resolve("strict"), "--strict");
        assertEquals(1, strict.exitCode());
        assertFalse(Files.exists(dir.resolve("strict")));
    }

    @Test
    void checkCommandValidatesWithoutWriting() throws Exception {
        new SiteFixture(dir).file("content/a.md", "---\n" + OK.replace("2025-01-02", "26/13/2025") + "\n---\nx\n");
        SiteFixture.Run run = SiteFixture.cli("check", "--source=" + dir);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/a.md:4: lỗi:"), run.err());
        new SiteFixture(dir).file("content/a.md", "---\n" + OK + "\n---\nx\n");
        SiteFixture.Run ok = SiteFixture.cli("check", "--source=" + dir);
        assertEquals(0, ok.exitCode(), ok.err());
        assertFalse(Files.exists(dir.resolve("output")));
    }

    @Test
    void brokenLinkInATemplateIsReportedOnceWithTheTemplate() throws Exception {
        new SiteFixture(dir).item("a.md", OK, "x")
                .file("templates/terms.ftl", "<#import \"layout.ftl\" as layout>\n<@layout.html>\n"
                        + "<a href=\"${root}khong-ton-tai/\">hỏng</a>\n</@layout.html>\n");
        SiteFixture.Run run = build();
        assertEquals(1, run.exitCode(), run.err());
        java.util.List<String> lines = run.err().lines().filter(l -> l.startsWith("templates/terms.ftl: lỗi:")).toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).contains("khong-ton-tai/") && lines.get(0).contains("trang khác"), lines.get(0));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void malformedExternalLinkIsReported() throws Exception {
        new SiteFixture(dir).item("a.md", OK, "Xem [Cổng](https:/dichvucong.gov.vn/).");
        assertReported(build(), "content/a.md:8:", "sai định dạng");
    }

    @Test
    void attachmentOverTheSizeLimitIsAnError() throws Exception {
        new SiteFixture(dir).file("site.yml", "attachment_max_mb: 1\n")
                .bytes("assets/tep/lon.pdf", new byte[2 * 1024 * 1024])
                .item("a.md", "title: KH\ntype: van-ban\ndate: 2025-01-02\npillars: [cong-vu]\nnumber: \"30/KH-UBND\"\n"
                        + "issued: 2025-01-02\nissuer: UBND\nattachment: tep/lon.pdf", "x");
        assertReported(build(), "content/a.md:", "vượt giới hạn 1 MB");
    }

    @Test
    void filesOfDeletedContentDisappearOnTheNextGoodBuild() throws Exception {
        SiteFixture site = new SiteFixture(dir).item("a.md", OK, "x")
                .item("b.md", OK.replace("title: Tin", "title: Tin B"), "y");
        Path out = dir.resolve("out");
        for (int i = 0; i < 3; i++) {
            // the third build recycles the first one's folder as its staging folder
            assertEquals(0, site.build(out).exitCode());
            assertTrue(Files.exists(out.resolve("tin-tuc/b/index.html")));
        }
        Files.delete(dir.resolve("content/b.md"));
        assertEquals(0, site.build(out).exitCode());
        assertFalse(Files.exists(out.resolve("tin-tuc/b/index.html")));
        assertFalse(Files.exists(out.resolve("tin-tuc/b")), "empty folders go too");
        assertTrue(Files.exists(out.resolve("tin-tuc/a/index.html")));
    }
}
