package vn.cchc.site.scaffold;

import vn.cchc.site.content.schema.FieldKind;
import vn.cchc.site.content.schema.FieldSpec;
import vn.cchc.site.content.schema.TypeSchema;

import java.util.List;

/**
 * The default template of a new file of a type, generated from its schema: every offered field
 * with its starting value and its help as a Vietnamese comment, optional fields with only an
 * example commented out, then the type's starting body. Placeholders {@code {{title}}},
 * {@code {{type}}}, {@code {{date}}} and {@code {{day}}} are filled in by {@link Scaffolder}.
 */
public final class Archetypes {
    private static final int COMMENT_COLUMN = 26;

    private Archetypes() {
    }

    /** The archetype text of {@code type}. */
    public static String of(TypeSchema type) {
        StringBuilder out = new StringBuilder("---\n");
        for (FieldSpec f : type.offered()) {
            Object value = f.kind() == FieldKind.TYPE || f.initial() != null ? f.initial()
                    : f.required() ? f.example() : null;
            boolean commented = value == null && f.kind() != FieldKind.TYPE;
            if (commented) {
                value = f.example() != null ? f.example() : f.kind().isList() ? List.of() : "";
            }
            String line = (commented ? "# " : "") + f.name() + ": " + yaml(f, value);
            out.append(line);
            if (f.help() != null) {
                out.append(" ".repeat(Math.max(1, COMMENT_COLUMN - line.length()))).append("# ").append(f.help());
            }
            out.append('\n');
        }
        return out.append("---\n\n").append(type.body()).toString();
    }

    private static String yaml(FieldSpec f, Object value) {
        if (f.kind() == FieldKind.TYPE) {
            return "{{type}}";
        }
        if ("{{now}}".equals(value)) {
            return f.kind() == FieldKind.DATE ? "{{day}}" : "{{date}}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]";
        }
        return switch (f.kind()) {
            case STRING, TEXT, PATTERN, URL -> "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            default -> value.toString();
        };
    }
}
