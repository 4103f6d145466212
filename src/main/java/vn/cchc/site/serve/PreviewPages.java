package vn.cchc.site.serve;

import java.nio.charset.StandardCharsets;

/**
 * Pages the preview server writes itself, when the baked preview cannot answer: a styled page that
 * lists the problems while no preview has been baked yet. It loads the reload script, so it turns
 * into the site as soon as the problems are fixed. Styles are inline: the site's stylesheet may not
 * exist yet.
 */
final class PreviewPages {
    private PreviewPages() {
    }

    /** The page shown while the first bake has failed; {@code errors} is plain text, one problem a line. */
    static byte[] notYetBuilt(String errors) {
        String html = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Chưa có bản xem thử</title>\n<style>"
                + "body{margin:0;font-family:-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,sans-serif;"
                + "font-size:18px;line-height:1.6;color:#1a1a1a}"
                + "header{background:#7a0a0d;color:#fff;padding:.75rem 1rem;border-bottom:3px solid #ffd54a}"
                + "main{max-width:60rem;margin:0 auto;padding:1rem}h1{color:#a30d11;font-size:1.5rem}"
                + "pre{white-space:pre-wrap;background:#f5f2ea;border-left:4px solid #a30d11;padding:.75rem 1rem}"
                + "</style>\n</head>\n<body>\n<header>Xem thử chuyên mục</header>\n<main>\n"
                + "<h1>Chưa có bản xem thử</h1>\n"
                + "<p>Nội dung đang có lỗi nên chưa tạo được trang. Sửa các lỗi dưới đây rồi lưu tệp: "
                + "trang này tự tải lại khi bản xem thử sẵn sàng.</p>\n<pre>" + escape(errors) + "</pre>\n"
                + "</main>\n<script src=\"/__cchc/tai-lai.js\"></script>\n</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
