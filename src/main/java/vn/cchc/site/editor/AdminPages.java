package vn.cchc.site.editor;

import vn.cchc.site.core.SiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The web editor at {@code /admin/}: Decap CMS served from the site itself (no CDN), its
 * generated {@code config.yml} and a small page loading it. The bundle is the one the Maven build
 * packaged into the release ({@value #PACKAGED}), or a site's own {@code editor/dist/decap-cms.js}.
 * A built site gets {@code /admin/} when it uses the web editor: it has its own bundle, or
 * {@code site.yml} names an {@code editor:} backend.
 */
public final class AdminPages {
    /** A site's own bundle, relative to the site root. */
    public static final String BUNDLE = "editor/dist/decap-cms.js";
    /** The bundle packaged in the release, on the class path. */
    public static final String PACKAGED = "/cchc-editor/decap-cms.js";

    private final Path siteRoot;
    private final SiteConfig config;

    public AdminPages(Path siteRoot, SiteConfig config) {
        this.siteRoot = siteRoot;
        this.config = config;
    }

    /** Whether a bundle is at hand: the site's own or the packaged one. */
    public boolean available() {
        return Files.isRegularFile(siteRoot.resolve(BUNDLE)) || AdminPages.class.getResource(PACKAGED) != null;
    }

    /** The bundle's bytes: the site's own, else the packaged one, else empty. */
    public java.util.Optional<byte[]> bundle() throws IOException {
        Path own = siteRoot.resolve(BUNDLE);
        if (Files.isRegularFile(own)) {
            return java.util.Optional.of(Files.readAllBytes(own));
        }
        try (InputStream in = AdminPages.class.getResourceAsStream(PACKAGED)) {
            return in == null ? java.util.Optional.empty() : java.util.Optional.of(in.readAllBytes());
        }
    }

    /** Writes {@code admin/} into the staged site when the site uses the web editor; false when it does not or no bundle is at hand. */
    public boolean write(Path target) throws IOException {
        if (!Files.isRegularFile(siteRoot.resolve(BUNDLE)) && EditorSettings.read(siteRoot).backend().isEmpty()) {
            return false;
        }
        var bytes = bundle();
        if (bytes.isEmpty()) {
            return false;
        }
        Path admin = target.resolve("admin");
        Files.createDirectories(admin);
        Files.write(admin.resolve("decap-cms.js"), bytes.get());
        Files.writeString(admin.resolve("config.yml"), decap().yaml(null), StandardCharsets.UTF_8);
        Files.writeString(admin.resolve("index.html"), index(), StandardCharsets.UTF_8);
        return true;
    }

    /** The generated configuration, with the {@code editor:} section of {@code site.yml}. */
    public DecapConfig decap() throws IOException {
        return new DecapConfig(config, EditorSettings.read(siteRoot));
    }

    /**
     * The editor's page: Decap's bundle reading {@code config.yml}, with {@code before-decap.js}
     * ahead of it (dated lists start sorted by date, newest first) and {@code after-decap.js} after it
     * (Vietnamese phrases the bundle lacks, from {@code decap-vi.json}; then Decap starts).
     */
    public static String index() {
        String dated = DecapConfig.datedCollections().stream().map(c -> "\"" + c + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        return INDEX.replace("<script src=\"decap-cms.js\"></script>",
                script(resource("before-decap.js").replace("/*DATED*/", dated))
                        + "<script src=\"decap-cms.js\"></script>\n"
                        + script(resource("after-decap.js").replace("/*PHRASES*/", resource("decap-vi.json").strip())));
    }

    /** The page {@code serve --editor} answers at {@code /admin/} when the release has no bundle: the fix, in Vietnamese. */
    public static final String MISSING = """
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>Chưa có trình soạn bài</title></head>
            <body>
            <h1>Chưa có trình soạn bài (Decap CMS)</h1>
            <p>Bản cchc-site này được đóng gói khi không tải được Decap CMS. Cách sửa: tải bản phát hành chính thức
            (tệp cchc-site-&lt;phiên bản&gt;.zip, đã có sẵn trình soạn), hoặc đóng gói lại công cụ khi máy có mạng
            (mvn package), hoặc đặt tệp decap-cms.js vào editor/dist/ của trang.</p>
            </body>
            </html>
            """;

    private static String script(String js) {
        return "<script>\n" + js.replace("</", "<\\/") + "</script>\n";
    }

    private static String resource(String name) {
        try (InputStream in = AdminPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String INDEX = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Soạn bài – Cải cách hành chính - Chuyển đổi số</title>
            <link rel="cms-config-url" type="text/yaml" href="config.yml">
            </head>
            <body>
            <script src="decap-cms.js"></script>
            </body>
            </html>
            """;
}
