package vn.cchc.site.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.site.testing.EnglishWords;
import vn.cchc.site.testing.SiteFixture;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fixture per way editors' input goes wrong, run through the CLI in-process. Each asserts the
 * exact {@code file:line:} of its problem, a key part of its Vietnamese message, exit code 1 from
 * both {@code build} and {@code check}, a summary count, no Java stack trace, and no output written.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private static final String OK = "title: Tin\ntype: tin\ndate: 2025-01-02\npillars: [cong-vu]";
    private static final String VAN_BAN = "title: KH\ntype: van-ban\ndate: 2025-01-02\npillars: [cong-vu]\n"
            + "number: \"30/KH-UBND\"\nissued: 2025-01-02\nissuer: UBND";
    private static final String THU_TUC = "title: Đăng ký khai sinh\ntype: thu-tuc\ndate: 2025-01-02\npillars: [cong-vu]\n"
            + "code: \"1.001193\"\nfield: Hộ tịch\nlevel: Cấp xã\nprocessing_time: Trong ngày\nfee: Không\n"
            + "online: toan-trinh\nchange: moi";

    /** A content file: front matter lines (from line 2), body after a blank line (from line {@code 4 + lines}). */
    private static String file(String frontMatter, String body) {
        return "---\n" + frontMatter + "\n---\n\n" + body + "\n";
    }

    /**
     * name, text of content/a.md, expected location ("content/a.md:4:", or "content/a.md:" for the
     * whole file), a key part of the message. With {@link #OK} the body starts on line 8.
     */
    static Stream<Arguments> textFixtures() {
        return Stream.of(
                Arguments.of("month 13", file(OK.replace("2025-01-02", "26/13/2025"), "x"),
                        "content/a.md:4:", "không có tháng 13"),
                Arguments.of("31 April", file(OK.replace("2025-01-02", "31/04/2025"), "x"),
                        "content/a.md:4:", "tháng 4/2025 chỉ có 30 ngày"),
                Arguments.of("unknown type", file(OK.replace("type: tin", "type: tinn"), "x"),
                        "content/a.md:3:", "Loại nội dung 'tinn' không tồn tại. Có phải ý bạn là 'tin'?"),
                Arguments.of("missing title", file(OK.replace("title: Tin\n", ""), "x"),
                        "content/a.md:5:", "Thiếu Tiêu đề (title)"),
                Arguments.of("missing date", file(OK.replace("date: 2025-01-02\n", ""), "x"),
                        "content/a.md:5:", "Thiếu ngày đăng"),
                Arguments.of("bad số ký hiệu", file(VAN_BAN.replace("30/KH-UBND", "KH 30"), "x"),
                        "content/a.md:6:", "Số ký hiệu \"KH 30\" không đúng dạng"),
                Arguments.of("bad mã TTHC", file(THU_TUC.replace("1.001193", "1.0011"), "x"),
                        "content/a.md:6:", "Mã TTHC \"1.0011\" không đúng dạng"),
                Arguments.of("unknown pillar", file(OK.replace("[cong-vu]", "[cong-vuu]"), "x"),
                        "content/a.md:5:", "Giá trị 'cong-vuu' không có trong danh sách chuyên đề (pillar). "
                                + "Có phải ý bạn là 'cong-vu'?"),
                Arguments.of("empty file", "", "content/a.md:1:", "Tệp rỗng"),
                Arguments.of("only front matter", "---\n" + OK + "\n---\n", "content/a.md:6:", "Bài chưa có nội dung"),
                Arguments.of("front matter never closed", "---\n" + OK + "\n\nNội dung không có dòng đóng.\n",
                        "content/a.md:1:", "không có dòng '---' đóng lại"),
                Arguments.of("YAML: unclosed quote", file("title: \"Tin\ntype: tin\ndate: 2025-01-02", "x"),
                        "content/a.md:2:", "dấu ngoặc kép chưa đóng"),
                Arguments.of("YAML: tab indentation", file("title: Tin\n\ttype: tin\ndate: 2025-01-02", "x"),
                        "content/a.md:3:", "có ký tự Tab; hãy thụt lề bằng dấu cách"),
                Arguments.of("YAML: missing colon", file("title: Tin\ntype tin\ndate: 2025-01-02", "x"),
                        "content/a.md:3:", "thiếu dấu ':' sau tên trường"),
                Arguments.of("YAML: unclosed list", file(OK.replace("[cong-vu]", "[cong-vu, the-che"), "x"),
                        "content/a.md:5:", "danh sách trong [ ] chưa đóng"),
                Arguments.of("YAML: colon in an unquoted value", file(OK.replace("title: Tin", "title: Tin: mới"), "x"),
                        "content/a.md:2:", "có dấu ':' không nằm trong ngoặc kép"),
                Arguments.of("script", file(OK, "Chữ.\n\n<script>alert(1)</script>"), "content/a.md:10:", "<script>"),
                Arguments.of("onclick", file(OK, "<p onclick=\"x()\">Bấm</p>"), "content/a.md:8:", "onclick"),
                Arguments.of("javascript: link", file(OK, "<a href=\"javascript:alert(1)\">Bấm</a>"),
                        "content/a.md:8:", "giao thức không an toàn"),
                Arguments.of("javascript: Markdown link", file(OK, "[Bấm](javascript:alert(1))"),
                        "content/a.md:8:", "giao thức không an toàn"),
                Arguments.of("data: image", file(OK, "<img src=\"data:image/png;base64,AAAA\" alt=\"Ảnh\">"),
                        "content/a.md:8:", "data:image"),
                Arguments.of("iframe from a host not allowed",
                        file(OK, "Chữ.\n\n<iframe src=\"https://evil.example/x\"></iframe>"), "content/a.md:10:",
                        "không nằm trong danh sách được phép (embed_hosts"),
                Arguments.of("broken internal link", file(OK, "Xem [bài](/tin-tuc/khong-co/)."),
                        "content/a.md:8:", "không trỏ tới trang hoặc tệp nào"),
                Arguments.of("broken anchor", file(OK, "## Mục một\n\nXem [mục hai](#muc-hai)."),
                        "content/a.md:10:", "#muc-hai không có trong trang đích"),
                Arguments.of("link leaving the site", file(OK, "Xem [tệp](../../../../etc/passwd)."),
                        "content/a.md:8:", "đi ra ngoài trang web"),
                Arguments.of("malformed external link", file(OK, "Xem [Cổng](https:/dichvucong.gov.vn/)."),
                        "content/a.md:8:", "sai định dạng"),
                Arguments.of("attachment escaping assets/", file(VAN_BAN + "\nattachment: ../../etc/passwd", "x"),
                        "content/a.md:9:", "nằm ngoài thư mục assets/"),
                Arguments.of("missing attachment", file(VAN_BAN + "\nattachment: tep/khong-co.pdf", "x"),
                        "content/a.md:9:", "Không tìm thấy tệp đính kèm assets/tep/khong-co.pdf"),
                Arguments.of("10 MB of text in one file", file(OK, "Noi dung rat dai.\n".repeat(600_000)),
                        "content/a.md:", "Tệp quá lớn (10 MB; tối đa 2 MB)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFixtures")
    void textFixture(String name, String text, String location, String message) throws Exception {
        new SiteFixture(dir).file("content/a.md", text);
        assertReported(location, message);
    }

    @Test
    void windows1258File() throws Exception {
        byte[] bytes = file(OK + "\nauthor: Hà Thị Thu", "Nội dung.").getBytes(Charset.forName("windows-1258"));
        new SiteFixture(dir).bytes("content/a.md", bytes);
        assertReported("content/a.md:6:", "không được lưu bằng mã UTF-8");
    }

    @Test
    void latin1File() throws Exception {
        byte[] bytes = file(OK + "\nauthor: Hélène", "x").getBytes(StandardCharsets.ISO_8859_1);
        new SiteFixture(dir).bytes("content/a.md", bytes);
        assertReported("content/a.md:6:", "không được lưu bằng mã UTF-8");
    }

    @Test
    void symlinkLoop() throws Exception {
        new SiteFixture(dir).item("a.md", OK, "x");
        Files.createDirectories(dir.resolve("content/vong"));
        Files.createSymbolicLink(dir.resolve("content/vong/lap"), dir.resolve("content"));
        assertReported("content/vong/lap:", "tạo thành vòng lặp");
    }

    @Test
    void twoFilesWithTheSameUrl() throws Exception {
        new SiteFixture(dir).item("a.md", OK, "x").item("cu/a.md", OK.replace("title: Tin", "title: Tin cũ"), "y");
        assertReported("content/cu/a.md:1:", "Trùng đường dẫn /tin-tuc/a/ với tệp content/a.md");
    }

    @Test
    void linkToADraft() throws Exception {
        new SiteFixture(dir)
                .item("nhap.md", OK.replace("title: Tin", "title: Nháp") + "\nstatus: draft", "x")
                .item("a.md", OK, "Xem [bản nháp](/tin-tuc/nhap/).");
        assertReported("content/a.md:8:", "trỏ tới bản nháp content/nhap.md");
    }

    @Test
    void linkToAScheduledItem() throws Exception {
        new SiteFixture(dir)
                .item("sau.md", OK.replace("title: Tin", "title: Sắp đăng").replace("2025-01-02", "2099-01-02"), "x")
                .item("a.md", OK, "Chữ.\n\nXem [tin sắp đăng](../sau/).");
        assertReported("content/a.md:10:", "trỏ tới bài hẹn giờ đăng content/sau.md");
    }

    @Test
    void attachmentOverTheSizeLimit() throws Exception {
        new SiteFixture(dir).file("site.yml", "attachment_max_mb: 1\n")
                .bytes("assets/tep/lon.pdf", new byte[5 * 512 * 1024])
                .item("a.md", VAN_BAN + "\nattachment: tep/lon.pdf", "x");
        assertReported("content/a.md:9:", "Tệp đính kèm assets/tep/lon.pdf nặng 2,5 MB, vượt giới hạn 1 MB");
    }

    @Test
    void attachmentThroughASymlinkOutOfAssets() throws Exception {
        Path secret = Files.writeString(dir.resolve("bi-mat.txt"), "mật khẩu");
        new SiteFixture(dir).item("a.md", VAN_BAN + "\nattachment: tep/lien-ket.pdf", "x");
        Files.createDirectories(dir.resolve("assets/tep"));
        Files.createSymbolicLink(dir.resolve("assets/tep/lien-ket.pdf"), secret);
        assertReported("content/a.md:9:", "là một liên kết (symlink)");
    }

    @Test
    void allProblemsOfABuildAreListedTogether() throws Exception {
        new SiteFixture(dir)
                .file("content/a.md", file(OK.replace("2025-01-02", "31/04/2025"), "x"))
                .file("content/b.md", file(OK.replace("type: tin", "type: tinn"), "x"))
                .file("content/c.md", "")
                .file("content/d.md", file(OK.replace("title: Tin", "title: Tin D"), "<script>alert(1)</script>"));
        for (SiteFixture.Run run : List.of(build(), check())) {
            assertEquals(1, run.exitCode());
            List<String> errors = run.err().lines().filter(l -> l.contains(": lỗi: ")).toList();
            assertEquals(4, errors.size(), run.err());
            assertTrue(errors.get(0).startsWith("content/a.md:4: lỗi: "), run.err());
            assertTrue(errors.get(1).startsWith("content/b.md:3: lỗi: "), run.err());
            assertTrue(errors.get(2).startsWith("content/c.md:1: lỗi: "), run.err());
            assertTrue(errors.get(3).startsWith("content/d.md:8: lỗi: "), "body problems come with content errors: "
                    + run.err());
            assertTrue(run.err().contains(": 4 lỗi, 0 cảnh báo"), run.err());
        }
        assertFalse(Files.exists(dir.resolve("out")));
    }

    /**
     * A file whose front matter fails still has its body checked, and links are checked while other
     * files fail: no problem waits for another to be fixed. A link to the failing file is not reported.
     */
    @Test
    void bodyAndLinkProblemsComeWithFrontMatterErrorsInOneRun() throws Exception {
        new SiteFixture(dir)
                .file("content/a.md", file(OK.replace("2025-01-02", "31/04/2025"),
                        "<script>alert(1)</script>\n\nXem [bài](/tin-tuc/khong-co/) và [Cổng](https:/dichvucong.gov.vn/)."))
                .file("content/b.md", file(OK.replace("title: Tin", "title: Tin B"),
                        "Xem [bài hỏng](/tin-tuc/cung-khong-co/) và [bài a](/tin-tuc/a/)."));
        for (SiteFixture.Run run : List.of(build(), check())) {
            assertProblem(run, "content/a.md:4:", "tháng 4/2025 chỉ có 30 ngày");
            assertProblem(run, "content/a.md:8:", "<script>");
            assertProblem(run, "content/a.md:10:", "/tin-tuc/khong-co/");
            assertProblem(run, "content/a.md:10:", "sai định dạng");
            assertProblem(run, "content/b.md:8:", "/tin-tuc/cung-khong-co/");
            assertFalse(run.err().contains("\"/tin-tuc/a/\""), "a link to the failing file is not reported:\n" + run.err());
            assertTrue(run.err().contains(": 5 lỗi, 0 cảnh báo"), run.err());
        }
    }

    @Test
    void warningsNeverFailTheBuildUnlessStrict() throws Exception {
        new SiteFixture(dir)
                .item("a.md", "title: Tin không chuyên đề\ntype: tin\ndate: 2025-01-02", "Chữ.")
                .item("b.md", OK.replace("title: Tin", "title: " + "Rất dài ".repeat(20).strip()), "Chữ.")
                .item("c.md", OK.replace("title: Tin", "title: Tin ảnh"), "![](/anh/x.png)")
                .bytes("assets/anh/x.png", new byte[] {1});
        for (SiteFixture.Run lax : List.of(build(), check())) {
            assertEquals(0, lax.exitCode(), lax.err());
            assertTrue(lax.err().contains("content/a.md:5: cảnh báo: Chưa gắn chuyên đề"), lax.err());
            assertTrue(lax.err().contains("content/b.md:2: cảnh báo: Tiêu đề dài 159 ký tự"), lax.err());
            assertTrue(lax.err().contains("content/c.md:8: cảnh báo: Ảnh \"/anh/x.png\" chưa có mô tả"), lax.err());
            assertFalse(lax.err().contains(" lỗi: "), lax.err());
        }
        assertTrue(Files.exists(dir.resolve("out/tin-tuc/a/index.html")));
        SiteFixture.Run strict = new SiteFixture(dir).build(dir.resolve("strict"), "--strict");
        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().contains("Không tạo được trang web: 0 lỗi, 3 cảnh báo"), strict.err());
        assertFalse(Files.exists(dir.resolve("strict")));
        SiteFixture.Run strictCheck = SiteFixture.cli("check", "--source=" + dir, "--strict");
        assertEquals(1, strictCheck.exitCode(), strictCheck.err());
    }

    @Test
    void anEmptyBodyIsAllowedForADraftAndForADocumentWithItsAttachment() throws Exception {
        new SiteFixture(dir)
                .file("content/nhap.md", "---\n" + OK.replace("title: Tin", "title: Nháp") + "\nstatus: draft\n---\n")
                .file("content/vb.md", "---\n" + VAN_BAN + "\nattachment: tep/kh.pdf\n---\n")
                .bytes("assets/tep/kh.pdf", new byte[] {'%', 'P', 'D', 'F'});
        SiteFixture.Run run = build();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(dir.resolve("out/van-ban/vb/index.html")));
        assertFalse(Files.exists(dir.resolve("out/tin-tuc/nhap/index.html")));
    }

    @Test
    void checkCommandWritesNothing() throws Exception {
        new SiteFixture(dir).item("a.md", OK, "x");
        SiteFixture.Run ok = check();
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("Kiểm tra xong: 1 tệp nội dung"), ok.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("content"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    private SiteFixture.Run build() {
        return new SiteFixture(dir).build(dir.resolve("out"));
    }

    private SiteFixture.Run check() {
        return SiteFixture.cli("check", "--source=" + dir);
    }

    /** Both build and check report the problem at {@code location}, exit 1, and write nothing. */
    private void assertReported(String location, String message) {
        SiteFixture.Run build = build();
        assertProblem(build, location, message);
        assertTrue(build.err().lines().anyMatch(l -> l.matches("Không tạo được trang web: [1-9]\\d* lỗi, \\d+ cảnh báo\\..*")),
                build.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
        SiteFixture.Run check = check();
        assertProblem(check, location, message);
        assertTrue(check.err().lines().anyMatch(l -> l.matches("Kiểm tra thất bại: [1-9]\\d* lỗi, \\d+ cảnh báo\\.")),
                check.err());
    }

    private static void assertProblem(SiteFixture.Run run, String location, String message) {
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith(location + " lỗi: ") && l.contains(message)),
                "expected " + location + " lỗi: … " + message + " in:\n" + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("Lỗi hệ thống"),
                run.err());
        EnglishWords.assertNone(run.out() + run.err());
    }
}
