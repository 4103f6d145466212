package vn.cchc.site.content.schema;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The content model: {@code vn/cchc/site/schema/common.yml} (fields of every type) and one
 * {@code <key>.yml} per type, read from the class path. Validation, the web editor's
 * configuration, the templates of new files and the front-matter reference are all derived from it.
 *
 * @param common the fields every type accepts, without type overrides
 * @param types  the types, in the order asked for
 */
public record Schemas(List<FieldSpec> common, List<TypeSchema> types) {
    static final String ROOT = "/vn/cchc/site/schema/";

    public Schemas {
        common = List.copyOf(common);
        types = List.copyOf(types);
    }

    /** Reads the schema files of {@code keys}; a missing or malformed file is a programming error. */
    public static Schemas load(List<String> keys) {
        List<Map<String, Object>> common = maps(read("common").get("fields"));
        List<FieldSpec> commonSpecs = common.stream().map(m -> spec(m, null)).toList();
        List<TypeSchema> types = new ArrayList<>();
        for (String key : keys) {
            types.add(type(key, common));
        }
        return new Schemas(commonSpecs, types);
    }

    public TypeSchema type(String key) {
        return types.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no schema for type " + key));
    }

    private static TypeSchema type(String key, List<Map<String, Object>> common) {
        Map<String, Object> y = read(key);
        if (!key.equals(y.get("key"))) {
            throw new IllegalStateException(ROOT + key + ".yml declares key " + y.get("key"));
        }
        Map<String, Object> overrides = map(y.getOrDefault("override", Map.of()));
        List<FieldSpec> fields = new ArrayList<>();
        for (Map<String, Object> c : common) {
            Map<String, Object> merged = new LinkedHashMap<>(c);
            merged.putAll(map(overrides.getOrDefault(c.get("name"), Map.of())));
            fields.add(spec(merged, key));
        }
        for (Map<String, Object> f : maps(y.getOrDefault("fields", List.of()))) {
            fields.add(spec(f, key));
        }
        return new TypeSchema(key, str(y, "label"), str(y, "section"), str(y, "folder"), bool(y, "yearly"),
                bool(y, "counted"), !Boolean.FALSE.equals(y.get("pages")), fields, strings(y.getOrDefault("not_offered", List.of())),
                str(y, "body"), y.containsKey("body_label") ? str(y, "body_label") : "Nội dung");
    }

    private static FieldSpec spec(Map<String, Object> m, String typeKey) {
        String name = str(m, "name");
        String label = str(m, "label");
        FieldKind kind = FieldKind.of(str(m, "kind"));
        String refersTo = (String) m.get("refers_to");
        String regex = refersTo != null ? samePattern(refersTo)
                : m.containsKey("same_pattern_as") ? samePattern(str(m, "same_pattern_as"))
                : kind == FieldKind.URL ? FieldKind.URL_PATTERN : (String) m.get("pattern");
        if (kind == FieldKind.PATTERN && regex == null) {
            throw new IllegalStateException("field " + name + " of " + typeKey + " has no pattern");
        }
        List<Option> options = maps(m.getOrDefault("options", List.of())).stream()
                .map(o -> new Option(str(o, "value"), str(o, "label"))).toList();
        return new FieldSpec(name, kind, bool(m, "required"), label, str(m, "help"),
                m.containsKey("missing") ? str(m, "missing") : label + " (" + name + ")",
                (String) m.get("invalid"), (String) m.get("hint"), regex == null ? null : Pattern.compile(regex),
                options, (String) m.get("vocabulary"), (String) m.get("vocabulary_name"), m.get("default"),
                m.get("prefill"), m.get("example"), bool(m, "hidden"),
                m.containsKey("min") ? ((Number) m.get("min")).intValue() : Integer.MIN_VALUE, (String) m.get("folder"),
                refersTo);
    }

    /** The pattern of another type's field, written {@code thu-tuc.code}: one regex, one place. */
    private static String samePattern(String ref) {
        int dot = ref.indexOf('.');
        return maps(read(ref.substring(0, dot)).get("fields")).stream()
                .filter(f -> f.get("name").equals(ref.substring(dot + 1))).map(f -> (String) f.get("pattern"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no field " + ref));
    }

    private static Map<String, Object> read(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream(ROOT + name + ".yml")) {
            if (in == null) {
                throw new IllegalStateException("missing schema file " + ROOT + name + ".yml");
            }
            return map(new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return (List<String>) o;
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static boolean bool(Map<String, Object> m, String key) {
        return Boolean.TRUE.equals(m.get(key));
    }
}
