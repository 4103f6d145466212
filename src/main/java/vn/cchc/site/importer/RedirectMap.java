package vn.cchc.site.importer;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The redirects from old portal addresses to the new pages, for the old site's web server: an
 * nginx {@code map} on {@code $request_uri} and Apache {@code .htaccess} rules (mod_rewrite, patterns quoted, so
 * addresses with a query string such as {@code ?id=123} are matched too).
 */
final class RedirectMap {
    private static final Pattern SPECIAL = Pattern.compile("([.^$*+?()\\[\\]{}|\\\\])");

    private RedirectMap() {
    }

    /** @param redirects old absolute URL → new absolute URL, in the order to write */
    static String nginx(Map<String, String> redirects) {
        StringBuilder out = new StringBuilder("# Tạo bởi cchc-site import tin. Đặt trong khối http { } của nginx, rồi trong\n"
                + "# khối server { } của trang cũ: if ($cchc_moi) { return 301 $cchc_moi; }\n"
                + "map $request_uri $cchc_moi {\n    default \"\";\n");
        redirects.forEach((old, now) -> out.append("    ").append(quote(requestUri(old))).append(' ')
                .append(quote(now)).append(";\n"));
        return out.append("}\n").toString();
    }

    static String htaccess(Map<String, String> redirects) {
        StringBuilder out = new StringBuilder("# Tạo bởi cchc-site import tin: chuyển địa chỉ cũ sang trang mới (mod_rewrite).\n"
                + "RewriteEngine On\n");
        redirects.forEach((old, now) -> {
            URI uri = URI.create(old);
            // mod_rewrite compares the decoded path and the query string as sent
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            out.append("RewriteCond %{REQUEST_URI} ").append(apacheQuote("^" + escape(path) + "$")).append('\n');
            out.append("RewriteCond %{QUERY_STRING} ")
                    .append(apacheQuote("^" + (uri.getRawQuery() == null ? "" : escape(uri.getRawQuery())) + "$")).append('\n');
            out.append("RewriteRule ^ ").append(now.replace(" ", "%20")).append("? [R=301,L]\n");
        });
        return out.toString();
    }

    /** Path and query of an absolute URL, as nginx's {@code $request_uri} holds them. */
    static String requestUri(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String escape(String s) {
        return SPECIAL.matcher(s).replaceAll("\\\\$1");
    }

    /** Apache reads a backslash inside quotes as itself, except before a quote. */
    private static String apacheQuote(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
