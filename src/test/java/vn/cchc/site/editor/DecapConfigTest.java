package vn.cchc.site.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import vn.cchc.site.check.Problem;
import vn.cchc.site.config.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web editor enforces the same field rules as the build, because both come from the schema. */
class DecapConfigTest {
    @TempDir
    Path dir;

    @Test
    void editorPatternsAcceptExactlyWhatTheBuildAccepts() throws Exception {
        SiteConfig site = site();
        Map<String, Map<String, Object>> fields = fields(site, "quy-trinh");
        Pattern editor = editorPattern(fields.get("code"));
        for (String code : List.of("QT-01", "QT-05.HT", "QT-12-A", "QT-01 abc", "QT-1x", "qt-01", "QT-")) {
            boolean build = buildAccepts(site, "type: quy-trinh\ncode: \"" + code + "\"\nrevision: 1\neffective: 2025-01-02");
            assertEquals(build, editor.matcher(code).matches(), code);
        }
        assertFalse(editor.matcher("QT-01 abc").matches(), "the editor used to accept ^QT-\\d{1,5}.*$");
        Pattern number = editorPattern(fields(site, "van-ban").get("number"));
        for (String n : List.of("30/KH-UBND", "42/2022/NĐ-CP", "2231/SNV-CCHC&PC", "57-NQ/TW", "30/kh-ubnd", "30 KH")) {
            boolean build = buildAccepts(site, "type: van-ban\nnumber: \"" + n + "\"\nissued: 2025-01-02\nissuer: UBND");
            assertEquals(build, number.matcher(n).matches(), n);
        }
    }

    @Test
    void everyDeclaredFieldIsInTheFormWithItsLabelAndListsTakeStrings() throws Exception {
        SiteConfig site = site();
        for (ContentType t : ContentType.values()) {
            Map<String, Map<String, Object>> fields = fields(site, t.key());
            t.schema().offered().forEach(f -> assertEquals(f.label(), fields.get(f.name()).get("label"), f.name()));
        }
        Map<String, Object> tags = fields(site, "tin").get("tags");
        assertEquals("list", tags.get("widget"));
        assertEquals("string", ((Map<?, ?>) tags.get("field")).get("widget"));
        assertEquals(List.of("cong-ttdt"), fields(site, "tin").get("channels").get("default"));
        assertTrue(fields(site, "trang").get("date") == null, "plain pages are not dated in the editor");
    }

    private boolean buildAccepts(SiteConfig site, String extra) throws Exception {
        Path root = Files.createTempDirectory(dir, "site");
        new SiteFixture(root).item("x.md", "title: X\ndate: 2025-01-02\npillars: ["
                + site.pillars().keys().iterator().next() + "]\n" + extra, "Nội dung.");
        List<Problem> problems = new ContentLoader(root, site).load().problems();
        return problems.stream().noneMatch(p -> p.message().contains("không đúng dạng"));
    }

    private static Pattern editorPattern(Map<String, Object> field) {
        return Pattern.compile((String) ((List<?>) field.get("pattern")).get(0));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> fields(SiteConfig site, String type) {
        Map<String, Object> root = new Yaml().load(new DecapConfig(site, Map.of()).yaml(null));
        Map<String, Object> collection = ((List<Map<String, Object>>) root.get("collections")).stream()
                .filter(c -> c.get("name").equals(type)).findFirst().orElseThrow();
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        ((List<Map<String, Object>>) collection.get("fields")).forEach(f -> out.put((String) f.get("name"), f));
        return out;
    }

    private static SiteConfig site() {
        return SiteConfigLoader.defaults();
    }
}
