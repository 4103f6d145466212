package vn.cchc.site.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.site.bake.RenderedBody;
import vn.cchc.site.testing.Bodies;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.cchc.site.core.Problem;

/**
 * Every case of the sanitiser's table (docs/safety.md): what fails the
 * build, what is stripped with a warning, what is stripped silently, and what is kept. Each case
 * goes through the real Markdown renderer and body processor, and checks the problem's severity,
 * line and message and that nothing unsafe is left in the HTML.
 */
class HtmlSanitizerTest {
    private static final int BODY_LINE = 6;
    private final Bodies bodies = new Bodies(BODY_LINE);

    private RenderedBody process(String body) {
        return bodies.process(body);
    }

    /** name, Markdown body (the offending text on its 3rd line), message part, what must not be left in the HTML. */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("script", "<script>alert(1)</script>", "<script>", "alert"),
                Arguments.of("script in capitals", "<SCRIPT>alert(1)</SCRIPT>", "<script>", "alert"),
                Arguments.of("event handler", "<p onclick=\"x()\">Bấm</p>", "onclick", "x()"),
                Arguments.of("event handler in capitals", "<p ONMOUSEOVER=\"x()\">Bấm</p>", "onmouseover", "x()"),
                Arguments.of("javascript: link", "<a href=\"javascript:alert(1)\">Bấm</a>", "không an toàn", "alert"),
                Arguments.of("javascript: hidden by a tab entity", "<a href=\"java&#9;script:alert(1)\">Bấm</a>",
                        "không an toàn", "alert"),
                Arguments.of("javascript: after spaces, in capitals", "<a href=\"  JavaScript:alert(1)\">Bấm</a>",
                        "không an toàn", "alert"),
                Arguments.of("javascript: with an entity colon", "<a href=\"javascript&colon;alert(1)\">Bấm</a>",
                        "không an toàn", "alert"),
                Arguments.of("javascript: as a Markdown link", "[Bấm](javascript:alert(1))", "không an toàn", "alert"),
                Arguments.of("javascript: as a Markdown reference", "[1]: javascript:alert(1)\n\n[Bấm][1]",
                        "không an toàn", "alert"),
                Arguments.of("vbscript: link", "<a href=\"vbscript:msgbox(1)\">Bấm</a>", "không an toàn", "msgbox"),
                Arguments.of("data: link", "<a href=\"data:text/html,<b>x</b>\">Bấm</a>", "không an toàn", "data:"),
                Arguments.of("data: image", "<img src=\"data:image/png;base64,AAAA\" alt=\"Ảnh\">", "data:image", "data:"),
                Arguments.of("data: image in Markdown", "![Ảnh](data:image/png;base64,AAAA)", "không an toàn", "data:"),
                Arguments.of("iframe from a host not allowed", "<iframe src=\"https://evil.example/x\"></iframe>",
                        "embed_hosts", "evil.example"),
                Arguments.of("iframe over http", "<iframe src=\"http://www.youtube.com/embed/x\"></iframe>",
                        "embed_hosts", "iframe"),
                Arguments.of("iframe with a look-alike host", "<iframe src=\"https://www.youtube.com@evil.example/\">"
                        + "</iframe>", "embed_hosts", "evil.example"),
                Arguments.of("object", "<object data=\"x.swf\"></object>", "<object>", "x.swf"),
                Arguments.of("embed", "<embed src=\"x.swf\">", "<embed>", "x.swf"),
                Arguments.of("form", "<form action=\"https://evil.example/\"><input name=\"p\"></form>", "<form>",
                        "evil.example"),
                Arguments.of("base", "<base href=\"https://evil.example/\">", "<base>", "evil.example"),
                Arguments.of("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
                        "<meta>", "evil.example"),
                Arguments.of("svg", "<svg onload=\"x()\"><circle r=\"1\"/></svg>", "<svg>", "x()"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failsTheBuild(String name, String unsafe, String message, String gone) {
        RenderedBody body = process("Đoạn đầu.\n\n" + unsafe + "\n");
        List<Problem> errors = body.problems().stream().filter(Problem::isError).toList();
        assertFalse(errors.isEmpty(), name + " must be an error: " + body.problems());
        Problem first = errors.get(0);
        assertEquals(BODY_LINE + 2, first.line(), first.format());
        assertTrue(first.message().contains(message), first.format());
        assertFalse(body.html().toLowerCase().contains(gone.toLowerCase()), body.html());
    }

    /** name, body, warning part, what is gone, what is kept. */
    static Stream<Arguments> warnings() {
        return Stream.of(
                Arguments.of("style that hides content", "<p style=\"display: none\">Chữ ẩn</p>", "làm ẩn nội dung",
                        "style", "Chữ ẩn"),
                Arguments.of("style moving text off screen", "<p style=\"position:absolute;left:-9999px\">Chữ</p>",
                        "làm ẩn nội dung", "style", "Chữ"),
                Arguments.of("style of zero size", "<span style=\"font-size:0px\">Chữ</span>", "làm ẩn nội dung",
                        "style", "Chữ"),
                Arguments.of("style block", "<style>p { display: none }</style>", "<style>", "display", "Đoạn đầu"),
                Arguments.of("tag outside the safelist", "<font color=\"red\">Chữ đỏ</font>", "<font>", "font",
                        "Chữ đỏ"),
                Arguments.of("center", "<center>Giữa</center>", "<center>", "center", "Giữa"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warnings")
    void strippedWithAWarning(String name, String input, String message, String gone, String kept) {
        RenderedBody body = process("Đoạn đầu.\n\n" + input + "\n");
        assertTrue(body.problems().stream().noneMatch(Problem::isError), body.problems().toString());
        assertEquals(1, body.problems().size(), body.problems().toString());
        Problem warning = body.problems().get(0);
        assertEquals(BODY_LINE + 2, warning.line(), warning.format());
        assertTrue(warning.message().contains(message), warning.format());
        assertFalse(body.html().contains(gone), body.html());
        assertTrue(body.html().contains(kept), body.html());
    }

    /** name, body, what is gone, what is kept. */
    static Stream<Arguments> silent() {
        return Stream.of(
                Arguments.of("formatting style", "<p style=\"color: red; font-family: Arial\">Chữ</p>", "style", "Chữ"),
                Arguments.of("comment", "Trước <!-- chờ chủ tịch duyệt --> sau.", "chủ tịch", "sau."),
                Arguments.of("attribute outside the safelist", "<p data-x=\"1\" translate=\"no\">Chữ</p>", "data-x",
                        "Chữ"),
                Arguments.of("text input", "<input type=\"text\" value=\"x\">Chữ", "input", "Chữ"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("silent")
    void strippedSilently(String name, String input, String gone, String kept) {
        RenderedBody body = process(input + "\n");
        assertEquals(List.of(), body.problems());
        assertFalse(body.html().contains(gone), body.html());
        assertTrue(body.html().contains(kept), body.html());
    }

    @Test
    void videoFromAnAllowedHostIsKeptAndLazy() {
        RenderedBody body = process("<iframe src=\"https://www.youtube.com/embed/abc\" allowfullscreen></iframe>\n");
        assertEquals(List.of(), body.problems());
        assertTrue(body.html().contains("src=\"https://www.youtube.com/embed/abc\""), body.html());
        assertTrue(body.html().contains("loading=\"lazy\"") && body.html().contains("title=\""), body.html());
    }

    @Test
    void externalLinksGetNoopenerAndLoseTarget() {
        RenderedBody body = process("Xem [Cổng DVC](https://dichvucong.gov.vn/) và "
                + "<a href=\"https://vnexpress.net/\" target=\"_blank\">báo</a>, [tin](/tin-tuc/a/).\n");
        assertEquals(2, body.html().split("rel=\"noopener noreferrer\"", -1).length - 1, body.html());
        assertFalse(body.html().contains("target="), body.html());
        assertFalse(body.html().contains("href=\"../../tin-tuc/a/\" rel"), "internal links keep no rel: " + body.html());
    }

    @Test
    void tablesAndTaskListsAreKept() {
        RenderedBody body = process("| Bước | Việc |\n|---|---|\n| 1 | Nhận hồ sơ |\n\n"
                + "<input type=\"checkbox\" checked disabled> Xong\n");
        assertEquals(List.of(), body.problems());
        assertTrue(body.html().contains("<table") && body.html().contains("Nhận hồ sơ"), body.html());
        assertTrue(body.html().contains("type=\"checkbox\""), body.html());
    }

    @Test
    void everyProblemOfABodyIsReportedOnItsOwnLine() {
        RenderedBody body = process("<script>x()</script>\n\n<p onclick=\"y()\">a</p>\n\n"
                + "<iframe src=\"https://evil.example/\"></iframe>\n");
        List<Integer> lines = body.problems().stream().map(Problem::line).sorted().toList();
        assertEquals(List.of(BODY_LINE, BODY_LINE + 2, BODY_LINE + 4), lines, body.problems().toString());
    }
}
