package vn.cchc.site.content;

import vn.cchc.site.content.schema.FieldSpec;
import vn.cchc.site.content.schema.TypeSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The front-matter reference {@code docs/front-matter.md}, generated from the schema files. A test
 * keeps the checked-in file current; {@link #main} rewrites it.
 */
public final class FrontMatterReference {
    /** Where the reference lives in the project. */
    public static final String FILE = "docs/front-matter.md";

    private FrontMatterReference() {
    }

    /** Writes the reference to {@code args[0]}, or {@link #FILE} under the working directory. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args.length > 0 ? args[0] : FILE), markdown(), StandardCharsets.UTF_8);
    }

    /** The whole reference, Markdown. */
    public static String markdown() {
        StringBuilder out = new StringBuilder("""
                # Front matter reference

                <!-- Generated from src/main/resources/vn/cchc/site/schema/*.yml by FrontMatterReference;
                     do not edit: change the schema, then run
                     mvn -B -ntp -Dtest=FrontMatterReferenceTest -Dschema.regenerate=true test -->

                Every content file starts with YAML front matter between two `---` lines. The `type`
                field chooses the fields below; a field a type does not list is ignored with a warning.
                How to add a field or a type: docs/architecture.md, "Adding a field or a type".

                | type | Vietnamese name | folder for new files | counted in statistics | `date` |
                |---|---|---|---|---|
                """);
        for (ContentType t : ContentType.values()) {
            TypeSchema s = t.schema();
            out.append("| `").append(s.key()).append("` | ").append(s.label()).append(" | `content/")
                    .append(s.folder()).append(s.yearly() ? "/<năm>" : "").append("/` | ")
                    .append(s.counted() ? "yes" : "no").append(" | ")
                    .append(s.field("date").map(FieldSpec::required).orElse(false) ? "required" : "optional")
                    .append(" |\n");
        }
        out.append("\n## Fields of every type\n\n");
        table(out, ContentType.schemas().common());
        for (ContentType t : ContentType.values()) {
            TypeSchema s = t.schema();
            List<FieldSpec> own = s.fields().subList(ContentType.schemas().common().size(), s.fields().size());
            if (!own.isEmpty()) {
                out.append("\n## Fields of `").append(s.key()).append("` (").append(s.label()).append(")\n\n");
                table(out, own);
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, List<FieldSpec> fields) {
        out.append("| field | label | required | value | default | help |\n|---|---|---|---|---|---|\n");
        for (FieldSpec f : fields) {
            out.append("| `").append(f.name()).append("` | ").append(f.label()).append(" | ")
                    .append(f.required() ? "yes" : "no").append(" | ").append(value(f)).append(" | ")
                    .append(f.defaultValue() == null ? "" : "`" + f.defaultValue() + "`").append(" | ")
                    .append(f.help() == null ? "" : f.help().replace("|", "\\|")).append(" |\n");
        }
    }

    private static String value(FieldSpec f) {
        return switch (f.kind()) {
            case TYPE -> "a type key above";
            case STRING -> "text";
            case TEXT -> "text (may be long)";
            case DATE -> "date: `2025-11-03` or `03/11/2025`";
            case DATETIME -> "date and time: `2025-11-03 08:30`, `2025-11-03` or `03/11/2025` (Vietnam time)";
            case INT -> "integer from " + f.min();
            case CHOICE -> "one of " + f.options().stream().map(o -> "`" + o.value() + "` (" + o.label() + ")")
                    .collect(Collectors.joining(", "));
            case VOCABULARY -> "list of keys of `" + f.vocabulary() + "` in `site.yml`";
            case TERM -> "one key of `" + f.vocabulary() + "` in `site.yml`";
            case LIST -> "list of text";
            case URL -> "web address starting with `https://`";
            case ASSET -> "path under `assets/`" + (f.example() == null ? "" : ", e.g. `" + f.example() + "`");
            case PATTERN -> "text matching `" + f.pattern().pattern().replace("|", "\\|") + "`, e.g. `"
                    + f.example() + "`";
        };
    }
}
