package vn.cchc.site.editor;

import vn.cchc.site.config.SiteConfig;

import java.io.IOException;
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
     * The editor's page: Decap's bundle and its configuration, and before them a script that makes
     * the lists of dated collections start sorted by date, newest first (Decap has no setting for a
     * default sort; it keeps the sort an editor picks in {@code localStorage}, which the script fills
     * only for collections the editor has not sorted yet).
     */
    static String index() {
        String collections = DecapConfig.datedCollections().stream().map(c -> "\"" + c + "\"")
                .collect(Collectors.joining(","));
        return INDEX.replace("<script src=\"decap-cms.js\">", "<script>(function(){try{var k=\"decap-cms.entries.sort\","
                + "s=JSON.parse(localStorage.getItem(k)||\"{}\");[" + collections + "].forEach(function(c){if(!s[c]){s[c]="
                + "{" + DecapConfig.DATE_FIELD + ":{key:\"" + DecapConfig.DATE_FIELD + "\",direction:\"Descending\",index:0}};}});"
                + "localStorage.setItem(k,JSON.stringify(s));}catch(e){}})();</script>\n<script src=\"decap-cms.js\">");
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
