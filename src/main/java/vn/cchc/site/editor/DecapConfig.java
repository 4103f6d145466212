package vn.cchc.site.editor;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.core.Vocabulary;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.schema.FieldKind;
import vn.cchc.site.content.schema.FieldSpec;
import vn.cchc.site.content.schema.TypeSchema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code config.yml} of the Decap CMS web editor, generated from the content schema, so every
 * type gets a form with the right widgets and the build's rules: date pickers, pillar and channel
 * choices with their Vietnamese labels from {@code site.yml}, the build's patterns, a pick list of
 * the site's procedures for a field that refers to them, one text box per tag, and the body (with
 * the ISO step table) as Markdown. Lists of dated entries show the date, can be sorted by it and
 * grouped by year; {@code editor.workflow} of {@code site.yml} turns on Decap's editorial workflow.
 */
public final class DecapConfig {
    static final String DATE_FORMAT = "YYYY-MM-DD HH:mm";

    /** The field the lists of {@link #datedCollections()} show and are sorted by, newest first. */
    static final String DATE_FIELD = "date";

    /** The field that keeps an item off the site ({@code draft}). */
    static final String STATUS_FIELD = "status";

    private final SiteConfig site;
    private final EditorSettings settings;

    /** @param settings the {@code editor:} section of {@code site.yml} */
    public DecapConfig(SiteConfig site, EditorSettings settings) {
        this.site = site;
        this.settings = settings;
    }

    /** The collections whose form has a date: their lists show it and are sorted by it, newest first. */
    public static List<String> datedCollections() {
        return Arrays.stream(ContentType.values()).filter(DecapConfig::dated).map(ContentType::key).toList();
    }

    private static boolean dated(ContentType type) {
        return type.schema().offered().stream().anyMatch(f -> f.name().equals(DATE_FIELD));
    }

    /** The YAML text; {@code localBackend} is the URL of {@code serve --editor}'s API, or null. */
    public String yaml(String localBackend) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("backend", settings.backend().isEmpty() ? ordered("name", "git-gateway", "branch", "main")
                : new LinkedHashMap<>(settings.backend()));
        if (settings.workflow()) {
            root.put("publish_mode", "editorial_workflow");
        }
        if (localBackend != null) {
            root.put("local_backend", ordered("url", localBackend));
        }
        root.put("locale", "vi");
        // URLs are ASCII slugs from the Vietnamese title, as everywhere in the site (đ → d)
        root.put("slug", ordered("encoding", "ascii", "clean_accents", true, "sanitize_replacement", "-"));
        root.put("site_url", site.baseUrl());
        root.put("media_folder", "assets/anh");
        root.put("public_folder", "/anh");
        List<Object> collections = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            collections.add(collection(type));
        }
        root.put("collections", collections);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        return "# Sinh tự động từ mô hình nội dung của cchc-site; sửa site.yml (mục editor) thay vì tệp này.\n"
                + new Yaml(options).dump(root);
    }

    private Map<String, Object> collection(ContentType type) {
        TypeSchema schema = type.schema();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", type.key());
        c.put("label", schema.label());
        c.put("label_singular", schema.label());
        c.put("folder", "content/" + schema.folder());
        if (schema.yearly()) {
            c.put("path", "{{year}}/{{slug}}");
        }
        c.put("filter", ordered("field", "type", "value", type.key()));
        c.put("create", true);
        c.put("slug", "{{slug}}");
        c.put("extension", "md");
        c.put("format", "frontmatter");
        listView(type, c);
        List<Object> fields = new ArrayList<>();
        for (FieldSpec spec : schema.offered()) {
            fields.add(field(type, spec));
        }
        fields.add(ordered("label", schema.bodyLabel(), "name", "body", "widget", "markdown"));
        c.put("fields", fields);
        return c;
    }

    /** How the collection's list shows entries: with the date, sortable by it, grouped by year. */
    private static void listView(ContentType type, Map<String, Object> c) {
        if (!dated(type)) {
            c.put("summary", "{{title}}");
            c.put("sortable_fields", List.of("title"));
            return;
        }
        c.put("summary", "{{" + DATE_FIELD + " | date('DD/MM/YYYY')}} · {{title}}");
        c.put("sortable_fields", List.of(DATE_FIELD, "title"));
        c.put("view_groups", List.of(ordered("label", "Năm", "field", DATE_FIELD, "pattern", "\\d{4}")));
    }

    /** The form field of {@code spec}: its widget, choices, pattern, default and hint. */
    private Map<String, Object> field(ContentType type, FieldSpec spec) {
        Map<String, Object> f = ordered("label", spec.label(), "name", spec.name());
        switch (spec.kind()) {
            case TYPE -> f.putAll(ordered("widget", "hidden", "default", type.key()));
            case STRING, URL -> f.put("widget", "string");
            case PATTERN -> f.putAll(spec.refersTo() == null ? ordered("widget", "string") : relation(spec));
            case TEXT -> f.put("widget", "text");
            case DATETIME -> f.putAll(ordered("widget", "datetime", "format", DATE_FORMAT, "date_format", "DD/MM/YYYY",
                    "time_format", "HH:mm"));
            case DATE -> f.putAll(ordered("widget", "datetime", "format", "YYYY-MM-DD", "date_format", "DD/MM/YYYY",
                    "time_format", false));
            case INT -> f.putAll(ordered("widget", "number", "value_type", "int", "min", spec.min()));
            case CHOICE -> f.putAll(ordered("widget", "select", "options", spec.options().stream()
                    .map(o -> ordered("label", o.label(), "value", o.value())).toList()));
            case VOCABULARY -> f.putAll(ordered("widget", "select", "multiple", true, "options",
                    options(site.vocabulary(spec.vocabulary()))));
            case TERM -> f.putAll(ordered("widget", "select", "options", options(site.vocabulary(spec.vocabulary()))));
            case LIST -> f.putAll(ordered("widget", "list", "field",
                    ordered("label", spec.label(), "name", spec.name(), "widget", "string")));
            case ASSET -> f.putAll(ordered("widget", "file", "media_folder", "/assets/" + spec.folder(),
                    "public_folder", spec.folder()));
        }
        if (spec.pattern() != null) {
            f.put("pattern", List.of("^(?:" + spec.pattern().pattern() + ")$",
                    spec.hint() != null ? spec.hint() : "Viết như " + spec.example()));
        }
        // under the editorial workflow an entry is a draft until a leader publishes it, and then it
        // must go on the site: the status starts at the build's default (published), not at draft
        Object initial = settings.workflow() && spec.name().equals(STATUS_FIELD) ? spec.defaultValue() : spec.initial();
        // the title is what the editor types; an empty value or list needs no default
        boolean placeholder = initial instanceof String text && (text.isEmpty() || text.contains("{{title}}"));
        if (spec.kind() != FieldKind.TYPE && initial != null && !placeholder && !List.of().equals(initial)) {
            // a copy: a list shared by two types would be written as a YAML alias
            f.put("default", initial instanceof List<?> list ? new ArrayList<>(list) : initial);
        }
        if (!spec.required() && spec.kind() != FieldKind.TYPE) {
            f.put("required", false);
        }
        if (spec.help() != null) {
            f.put("hint", spec.help());
        }
        return f;
    }

    /** A pick list of the items of the type {@code spec} refers to: value its field, shown with the title. */
    private static Map<String, Object> relation(FieldSpec spec) {
        return ordered("widget", "relation", "collection", spec.refersToType(), "value_field", spec.refersToField(),
                "search_fields", List.of(spec.refersToField(), "title"),
                "display_fields", List.of(spec.refersToField(), "title"), "options_length", 50);
    }

    private static List<Object> options(Vocabulary vocabulary) {
        List<Object> options = new ArrayList<>();
        vocabulary.labels().forEach((k, v) -> options.add(ordered("label", v, "value", k)));
        return options;
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
