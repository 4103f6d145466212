package vn.cchc.site.bake;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown to HTML, and the shortcut that skips the autolink scan where no autolink can be. */
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
            assertEquals(markdown.toHtmlWithAutolinks(text), markdown.toHtml(text), text);
        }
    }
}
