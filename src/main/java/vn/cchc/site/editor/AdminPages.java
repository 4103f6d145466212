package vn.cchc.site.editor;

import vn.cchc.site.config.SiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;

/**
 * The web editor at {@code /admin/}: Decap CMS served from the site itself (no CDN), its
 * generated {@code config.yml} and a small page loading it. The bundle is
 * {@code editor/dist/decap-cms.js}, fetched from the npm registry by {@code editor/fetch-decap.sh};
 * without it the site is built without {@code /admin/}.
 */
public final class AdminPages {
    /** The bundle, relative to the site root. */
    public static final String BUNDLE = "editor/dist/decap-cms.js";

    private final Path siteRoot;
    private final SiteConfig config;

    public AdminPages(Path siteRoot, SiteConfig config) {
        this.siteRoot = siteRoot;
        this.config = config;
    }

    public boolean available() {
        return Files.isRegularFile(siteRoot.resolve(BUNDLE));
    }

    /** Writes {@code admin/} into the staged site; false when the bundle is not there. */
    public boolean write(Path target) throws IOException {
        if (!available()) {
            return false;
        }
        Path admin = target.resolve("admin");
        Files.createDirectories(admin);
        Files.copy(siteRoot.resolve(BUNDLE), admin.resolve("decap-cms.js"), StandardCopyOption.REPLACE_EXISTING);
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
    static String index() {
        String dated = DecapConfig.datedCollections().stream().map(c -> "\"" + c + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        return INDEX.replace("<script src=\"decap-cms.js\"></script>",
                script(resource("before-decap.js").replace("/*DATED*/", dated))
                        + "<script src=\"decap-cms.js\"></script>\n"
                        + script(resource("after-decap.js").replace("/*PHRASES*/", resource("decap-vi.json").strip())));
    }

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
