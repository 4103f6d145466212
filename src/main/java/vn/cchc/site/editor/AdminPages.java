package vn.cchc.site.editor;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.cchc.site.config.SiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

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
        Files.writeString(admin.resolve("index.html"), INDEX, StandardCharsets.UTF_8);
        return true;
    }

    /** The generated configuration, with the backend of {@code site.yml}'s {@code editor:} section. */
    public DecapConfig decap() throws IOException {
        return new DecapConfig(config, backend());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> backend() throws IOException {
        Path file = siteRoot.resolve("site.yml");
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Object all = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
        if (all instanceof Map<?, ?> m && m.get("editor") instanceof Map<?, ?> e && e.get("backend") instanceof Map<?, ?> b) {
            return new LinkedHashMap<>((Map<String, Object>) b);
        }
        return Map.of();
    }

    static final String INDEX = """
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
