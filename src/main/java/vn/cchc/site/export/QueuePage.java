package vn.cchc.site.export;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import vn.cchc.site.core.SiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The pack's {@code index.html}: the queue of items to paste, each with buttons that copy its title,
 * summary and body (rich HTML where the browser allows, plain text otherwise) and links to the files
 * to upload. Self-contained (style and script inline) so it works opened from disk; the result of
 * each copy is announced through an {@code aria-live} region.
 */
final class QueuePage {
    private final SiteConfig config;

    QueuePage(SiteConfig config) {
        this.config = config;
    }

    String render(List<PackEntry> entries) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(PackFolder.MARK).append('\n')
                .append("<title>Bài chờ đăng lên Cổng TTĐT – ").append(esc(config.ward())).append("</title>\n")
                .append("<style>\n").append(resource("queue.css")).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>Bài chờ đăng lên Cổng TTĐT</h1>\n")
                .append("<p>").append(esc(config.title())).append(" – ").append(esc(config.ward())).append(": ")
                .append(entries.size()).append(" bài chưa có trên Cổng TTĐT").append(host()).append(".</p>\n")
                .append("<p>Với mỗi bài: mở trang soạn bài mới trên cổng, chọn chuyên mục, bấm các nút "
                        + "<strong>Chép</strong> rồi dán (Ctrl+V) vào ô tương ứng, tải lên các tệp trong danh sách, "
                        + "đăng bài. Sau đó ghi địa chỉ bài trên cổng vào dòng <code>portal_url:</code> của tệp nội dung; "
                        + "lần xuất sau bài sẽ không còn trong danh sách này.</p>\n")
                .append("<p id=\"thong-bao\" class=\"thong-bao\" role=\"status\" aria-live=\"polite\"></p>\n");
        if (entries.isEmpty()) {
            out.append("<p>Không còn bài nào chờ đăng.</p>\n");
        } else {
            out.append("<ol class=\"hang-doi\">\n");
            for (int i = 0; i < entries.size(); i++) {
                entry(out, entries.get(i), "m" + (i + 1));
            }
            out.append("</ol>\n");
        }
        out.append("</main>\n<script>\n").append(resource("queue.js")).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private String host() {
        return config.portal().configured() ? " (" + esc(config.portal().host()) + ")" : "";
    }

    private static void entry(StringBuilder out, PackEntry e, String id) {
        String folder = esc(e.folder());
        out.append("<li>\n<h2 id=\"").append(id).append("\">").append(esc(e.title())).append("</h2>\n<dl>\n");
        row(out, "Chuyên mục", esc(e.category()));
        if (!e.date().isEmpty()) {
            row(out, "Ngày đăng", esc(e.date()));
        }
        row(out, "Tác giả", esc(e.author()));
        row(out, "Tệp nội dung", "<code>" + esc(e.source()) + "</code>");
        out.append("</dl>\n<p class=\"nut\">\n");
        button(out, id, "tieu-de", "tiêu đề", folder + "/" + PortalPack.TITLE, false);
        button(out, id, "tom-tat", "tóm tắt", folder + "/" + PortalPack.SUMMARY, false);
        button(out, id, "noi-dung", "nội dung", folder + "/" + PortalPack.BODY, true);
        out.append("</p>\n<p><a href=\"").append(folder).append('/').append(PortalPack.BODY)
                .append("\">Xem nội dung sẽ dán</a> · <a href=\"").append(esc(e.pageUrl()))
                .append("\">Bài trên chuyên mục</a></p>\n");
        if (!e.files().isEmpty()) {
            out.append("<p>Tệp cần tải lên cổng");
            if (e.cover() != null) {
                out.append(" (ảnh đại diện: ").append(esc(e.cover())).append(')');
            }
            out.append(":</p>\n<ul>\n");
            for (String f : e.files()) {
                out.append("<li><a href=\"").append(folder).append('/').append(esc(f)).append("\">").append(esc(f))
                        .append("</a></li>\n");
            }
            out.append("</ul>\n");
        }
        template(out, id + "-tieu-de", esc(e.title()));
        template(out, id + "-tom-tat", esc(e.summary()));
        template(out, id + "-noi-dung", inFolder(e.bodyHtml(), e.folder()));
        template(out, id + "-noi-dung-chu", esc(plainText(e.bodyHtml())));
        out.append("</li>\n");
    }

    private static void row(StringBuilder out, String label, String valueHtml) {
        out.append("<dt>").append(label).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    private static void button(StringBuilder out, String id, String part, String name, String file, boolean html) {
        out.append("<button type=\"button\" data-chep=\"").append(id).append('-').append(part)
                .append("\" data-ten=\"").append(name).append("\" data-tep=\"").append(file).append('"')
                .append(html ? " data-html" : "").append(" aria-describedby=\"").append(id).append("\">Chép ")
                .append(name).append("</button>\n");
    }

    private static void template(StringBuilder out, String id, String html) {
        out.append("<template id=\"").append(id).append("\">").append(html).append("</template>\n");
    }

    /**
     * The body with its images found from the queue page ({@code hoi-thi/anh.png}): browsers make the
     * addresses of copied HTML absolute, and should point at the real files.
     */
    private static String inFolder(String bodyHtml, String folder) {
        Element body = Jsoup.parseBodyFragment(bodyHtml).body();
        body.select("img[src]").forEach(img -> {
            if (!img.attr("src").contains(":")) {
                img.attr("src", folder + "/" + img.attr("src"));
            }
        });
        return body.html();
    }

    /** The body as plain text: one paragraph (block) a line, with a blank line between. */
    static String plainText(String bodyHtml) {
        Element body = Jsoup.parseBodyFragment(bodyHtml).body();
        List<String> blocks = new ArrayList<>();
        for (Element block : body.children()) {
            if (block.tagName().equals("ul") || block.tagName().equals("ol")) {
                block.children().forEach(li -> blocks.add("- " + li.text()));
            } else if (!block.text().isBlank()) {
                blocks.add(block.text());
            }
        }
        return String.join("\n\n", blocks);
    }

    private static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }

    private static String resource(String name) {
        try (InputStream in = QueuePage.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
