package vn.cchc.site.editor;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.config.SiteConfigLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Decap CMS bundle comes with the tool; a built site carries {@code /admin/} only when it uses the editor. */
class AdminPagesTest {
    @TempDir
    Path dir;

    private AdminPages pages(String siteYml) throws Exception {
        Files.writeString(dir.resolve("site.yml"), siteYml);
        return new AdminPages(dir, new SiteConfigLoader().load(dir, new ArrayList<>()));
    }

    @Test
    void theBundleIsPackagedAndASiteWithAnEditorBackendPublishesIt() throws Exception {
        Assumptions.assumeTrue(AdminPages.class.getResource(AdminPages.PACKAGED) != null,
                "the build could not fetch Decap CMS (offline)");
        AdminPages without = pages("ward: \"Phường Lê Chân\"\n");
        assertTrue(without.available(), "no npm needed: the bundle is in the tool");
        assertFalse(without.write(dir.resolve("out1")), "a site that does not use the web editor gets no /admin/");
        assertFalse(Files.exists(dir.resolve("out1/admin")));

        AdminPages with = pages("ward: \"Phường Lê Chân\"\neditor:\n  backend: { name: gitlab, repo: phuong/cchc, branch: main }\n");
        assertTrue(with.write(dir.resolve("out2")));
        byte[] packaged;
        try (var in = AdminPages.class.getResourceAsStream(AdminPages.PACKAGED)) {
            packaged = in.readAllBytes();
        }
        assertArrayEquals(packaged, Files.readAllBytes(dir.resolve("out2/admin/decap-cms.js")));
        assertTrue(Files.readString(dir.resolve("out2/admin/config.yml")).contains("phuong/cchc"));
    }

    @Test
    void aSiteOwnBundleWinsOverThePackagedOne() throws Exception {
        Files.createDirectories(dir.resolve("editor/dist"));
        Files.writeString(dir.resolve(AdminPages.BUNDLE), "/* bản riêng */");
        AdminPages own = pages("ward: \"Phường Lê Chân\"\n");
        assertTrue(own.write(dir.resolve("out")));
        assertTrue(Files.readString(dir.resolve("out/admin/decap-cms.js")).contains("bản riêng"));
    }
}
