package vn.cchc.site.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.content.schema.FieldKind;
import vn.cchc.site.content.schema.FieldSpec;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void everyPatternOfTheSchemaIsTheEditorsRegexAndAcceptsItsExample() throws Exception {
        SiteConfig site = site();
        int patterns = 0;
        for (ContentType t : ContentType.values()) {
            Map<String, Map<String, Object>> fields = fields(site, t.key());
            for (FieldSpec spec : t.schema().offered()) {
                Map<String, Object> field = fields.get(spec.name());
                if (spec.pattern() == null) {
                    assertNull(field.get("pattern"), t.key() + "." + spec.name());
                    continue;
                }
                patterns++;
                List<?> rule = (List<?>) field.get("pattern");
                assertEquals("^(?:" + spec.pattern().pattern() + ")$", rule.get(0), t.key() + "." + spec.name());
                assertTrue(((String) rule.get(1)).startsWith("Viết như"), "Vietnamese hint of " + spec.name());
                if (spec.example() != null && !String.valueOf(spec.example()).contains("...")) {
                    assertTrue(editorPattern(field).matcher(String.valueOf(spec.example())).matches(),
                            t.key() + "." + spec.name() + " example " + spec.example());
                }
            }
        }
        assertTrue(patterns >= 4, "codes of procedures, ISO processes, documents and URLs: " + patterns);
    }

    @Test
    void requiredFieldsAndChoicesComeFromTheSchemaAndVocabulariesShowTheirLabels() throws Exception {
        SiteConfig site = site();
        for (ContentType t : ContentType.values()) {
            Map<String, Map<String, Object>> fields = fields(site, t.key());
            for (FieldSpec spec : t.schema().offered()) {
                Map<String, Object> field = fields.get(spec.name());
                if (spec.kind() != FieldKind.TYPE) {
                    assertEquals(spec.required(), !Boolean.FALSE.equals(field.get("required")), t.key() + "." + spec.name());
                }
                if (spec.kind() == FieldKind.CHOICE) {
                    assertEquals(spec.options().stream().map(o -> Map.of("label", o.label(), "value", o.value())).toList(),
                            field.get("options"), t.key() + "." + spec.name());
                }
            }
        }
        Map<String, Map<String, Object>> tin = fields(site, "tin");
        List<Map<String, Object>> pillars = options(tin.get("pillars"));
        assertEquals(List.copyOf(site.pillars().keys()), pillars.stream().map(o -> o.get("value")).toList());
        pillars.forEach(o -> assertEquals(site.pillars().labels().get(o.get("value")), o.get("label")));
        assertTrue(options(tin.get("channels")).contains(Map.of("label", "Cổng TTĐT", "value", "cong-ttdt")));
    }

    @Test
    void theProcessPicksItsProcedureFromTheSiteProcedures() throws Exception {
        Map<String, Object> procedure = fields(site(), "quy-trinh").get("procedure");
        assertEquals("relation", procedure.get("widget"));
        assertEquals("thu-tuc", procedure.get("collection"));
        assertEquals("code", procedure.get("value_field"));
        assertEquals(List.of("code", "title"), procedure.get("display_fields"));
        assertTrue(fields(site(), "thu-tuc").containsKey("code"), "the value is a field of the procedures' form");
        assertEquals(false, procedure.get("required"));
    }

    @Test
    void datedListsShowTheDateSortByItAndGroupByYear() {
        Map<String, Object> tin = collection(site(), "tin", EditorSettings.DEFAULT);
        assertEquals("{{date | date('DD/MM/YYYY')}} · {{title}}", tin.get("summary"));
        assertEquals(List.of("date", "title"), tin.get("sortable_fields"));
        assertEquals(List.of(Map.of("label", "Năm", "field", "date", "pattern", "\\d{4}")), tin.get("view_groups"));
        Map<String, Object> trang = collection(site(), "trang", EditorSettings.DEFAULT);
        assertEquals("{{title}}", trang.get("summary"));
        assertNull(trang.get("view_groups"));
        assertFalse(DecapConfig.datedCollections().contains("trang"));
        assertTrue(DecapConfig.datedCollections().containsAll(List.of("tin", "thu-tuc", "quy-trinh", "van-ban")));
        assertTrue(AdminPages.index().contains("})([\"tin\",\"bai\","), "the page starts dated lists newest first");
    }

    @Test
    void theEditorialWorkflowIsSwitchedOnFromSiteYml() throws Exception {
        Path root = Files.createTempDirectory(dir, "site");
        Files.writeString(root.resolve("site.yml"), "editor:\n  workflow: true\n  backend:\n    name: gitlab\n"
                + "    repo: phuong-le-chan/cchc\n    branch: main\n    auth_type: pkce\n    app_id: abc\n");
        Map<String, Object> on = new Yaml().load(new AdminPages(root, site()).decap().yaml(null));
        assertEquals("editorial_workflow", on.get("publish_mode"));
        assertEquals(List.of("name", "repo", "branch", "auth_type", "app_id"),
                List.copyOf(((Map<?, ?>) on.get("backend")).keySet()), "site.yml's backend, in its order");
        assertEquals("vi", on.get("locale"));
        assertEquals("published", status(on).get("default"), "approved entries go on the site");
        Files.writeString(root.resolve("site.yml"), "editor:\n  backend:\n    name: github\n    repo: a/b\n");
        Map<String, Object> off = new Yaml().load(new AdminPages(root, site()).decap().yaml(null));
        assertNull(off.get("publish_mode"));
        assertEquals("draft", status(off).get("default"), "without a workflow a new entry starts as a draft");
        Files.delete(root.resolve("site.yml"));
        assertNull(((Map<?, ?>) new Yaml().load(new AdminPages(root, site()).decap().yaml(null))).get("publish_mode"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> status(Map<String, Object> config) {
        Map<String, Object> tin = ((List<Map<String, Object>>) config.get("collections")).get(0);
        return ((List<Map<String, Object>>) tin.get("fields")).stream().filter(f -> f.get("name").equals("status"))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> options(Map<String, Object> field) {
        return (List<Map<String, Object>>) field.get("options");
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
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        ((List<Map<String, Object>>) collection(site, type, EditorSettings.DEFAULT).get("fields"))
                .forEach(f -> out.put((String) f.get("name"), f));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> collection(SiteConfig site, String type, EditorSettings settings) {
        Map<String, Object> root = new Yaml().load(new DecapConfig(site, settings).yaml(null));
        return ((List<Map<String, Object>>) root.get("collections")).stream()
                .filter(c -> c.get("name").equals(type)).findFirst().orElseThrow();
    }

    private static SiteConfig site() {
        return SiteConfigLoader.defaults();
    }
}
