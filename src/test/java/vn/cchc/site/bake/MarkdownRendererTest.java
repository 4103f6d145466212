package vn.cchc.site.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SharedTools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Markdown to HTML, and the two shortcuts: plain prose without a parse ({@link PlainProse}), and no autolink
 * scan where no autolink can be. Both must give exactly flexmark's HTML.
 */
class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void bareAddressesBecomeLinks() {
        assertTrue(markdown.toHtml("Nộp hồ sơ tại https://dichvucong.gov.vn ngay.")
                .contains("<a href=\"https://dichvucong.gov.vn\">https://dichvucong.gov.vn</a>"));
        assertTrue(markdown.toHtml("Xem www.leloi.gov.vn nhé.").contains("<a href=\"http://www.leloi.gov.vn\">"));
        assertTrue(markdown.toHtml("Thư góp ý gửi cchc@leloi.gov.vn.")
                .contains("<a href=\"mailto:cchc@leloi.gov.vn\">cchc@leloi.gov.vn</a>"));
    }

    @Test
    void textWithoutSchemeAtSignOrWwwCannotHoldAnAutolink() {
        assertFalse(MarkdownRenderer.mayHoldAutolink("Phường Lê Lợi triển khai 30/KH-UBND ngày 15.3.2026, www thôi."));
        assertTrue(MarkdownRenderer.mayHoldAutolink("địa chỉ wWw.a.vn"));
        assertTrue(MarkdownRenderer.mayHoldAutolink("ftp://x"));
        assertTrue(MarkdownRenderer.mayHoldAutolink("a@b"));
        assertFalse(MarkdownRenderer.mayHoldAutolink(".www"));
    }

    @Test
    void shortcutGivesTheSameHtmlAsAlwaysScanning() throws IOException {
        List<String> texts = new java.util.ArrayList<>(List.of(
                "# Tiêu đề\n\nĐoạn **đậm** và ~~gạch~~.\n\n| Bước | Nội dung |\n|---|---|\n| 1 | Tiếp nhận |\n",
                "- mục một\n- mục hai: www.\n\n> trích dẫn",
                "Liên hệ: <https://leloi.gov.vn> và [cổng](https://dichvucong.gov.vn).",
                "Số 30/KH-UBND; email a@b.vn; www.x.vn; WWW.Y.VN; http://y.vn"));
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                texts.add(Files.readString(file));
            }
        }
        assertTrue(texts.size() > 40, "the sample site's files are part of the comparison");
        for (String text : texts) {
            assertEquals(markdown.toHtmlByFlexmark(text), markdown.toHtml(text), text);
        }
    }

    @Test
    void paragraphsOfPlainProseAreRenderedWithoutAParseAsFlexmarkWould() {
        List<String> prose = List.of(
                "Một đoạn.",
                "Dòng một của đoạn\nDòng hai, cùng đoạn.\n\nĐoạn hai: \"trích\" 30/KH-UBND (2026) – 100% 'ổn'? Có - không — được.\n",
                "\n\nĐoạn sau hai dòng trống.\n\n\n\nĐoạn cuối\n\n",
                "Ngày 15.3.2026: tỷ lệ 98,5% hồ sơ đúng hạn");
        for (String text : prose) {
            String html = PlainProse.toHtml(text);
            assertTrue(html != null, "plain prose: " + text);
            assertEquals(markdown.toHtmlByFlexmark(text), html, text);
            assertEquals(html, markdown.toHtml(text));
        }
    }

    @Test
    void everythingElseIsLeftToFlexmark() {
        List<String> other = List.of("", "\n\n", "# Tiêu đề", "Tiêu đề\n===", "Tiêu đề\n---", "- mục", "+ mục",
                "1. mục", "2) mục", "> trích", "    mã", " thụt một dấu cách", "Đoạn **đậm**", "Đoạn *nghiêng*",
                "a_b_c", "gạch ~~bỏ~~", "[liên kết](/a)", "ảnh ![a](b.png)", "a & b", "a &amp; b", "a < b", "a > b",
                "lệnh `mã`", "a\\b", "x | y", "cột | cột\n--- | ---", "hai  dấu cách", "ngắt dòng  \ndòng sau",
                "dấu cách cuối \n", "tab\tở giữa", "a\u0301 dấu rời", "http://x.vn", "Xem tại: https://a.vn/b",
                "www.a.vn", "thư a@b.vn", "12 tháng", "Emoji 😀 vui", "a\r\nb", "dòng\n \ndòng", "{a} [b] =c= #d !e");
        for (String text : other) {
            if (!MarkdownRenderer.mayHoldAutolink(text)) {
                assertEquals(null, PlainProse.toHtml(text), "not plain prose: " + text);
            }
            assertEquals(markdown.toHtmlByFlexmark(text), markdown.toHtml(text), text);
        }
    }

    @Test
    void everyBodyOfAGeneratedCorpusAndTheSampleSiteGetsFlexmarksHtml(@TempDir Path dir) throws Exception {
        SharedTools.corpus(400, 11, dir);
        List<String> bodies = new java.util.ArrayList<>();
        for (Path root : List.of(dir.resolve("content"), Path.of("content"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    bodies.add(bodyOf(Files.readString(file)));
                }
            }
        }
        int prose = 0;
        for (String body : bodies) {
            if (!MarkdownRenderer.mayHoldAutolink(body) && PlainProse.toHtml(body) != null) {
                prose++;
            }
            assertEquals(markdown.toHtmlByFlexmark(body), markdown.toHtml(body), body);
        }
        assertTrue(bodies.size() > 440, "corpus and sample site: " + bodies.size());
        assertTrue(prose > bodies.size() / 2, "most news bodies are plain prose: " + prose + " of " + bodies.size());
        assertTrue(prose < bodies.size(), "and some are not");
    }

    /** The text after the front matter. */
    private static String bodyOf(String file) {
        if (!file.startsWith("---")) {
            return file;
        }
        int close = file.indexOf("\n---", 3);
        int next = close < 0 ? -1 : file.indexOf('\n', close + 4);
        return next < 0 ? "" : file.substring(next + 1);
    }
}
