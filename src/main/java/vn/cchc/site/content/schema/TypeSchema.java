package vn.cchc.site.content.schema;

import java.util.List;
import java.util.Optional;

/**
 * One content type as declared in its schema file {@code vn/cchc/site/schema/<key>.yml}: the
 * common fields (with this type's overrides) followed by its own.
 *
 * @param key        value of the {@code type} field, e.g. {@code thong-bao}
 * @param label      Vietnamese name, e.g. {@code Thông báo}
 * @param section    name of the {@code Section} constant that lists the type
 * @param folder     folder under {@code content/} for new files and the editor
 * @param yearly     whether new files go in a subfolder per year ({@code tin-tuc/2026/})
 * @param counted    whether items are dated publications that count in statistics
 * @param pages      whether items are published as pages (false: records only, e.g. {@code hoat-dong})
 * @param fields     every field the type accepts, in order
 * @param notOffered fields accepted but left out of new files and the editor
 * @param body       body of a new file
 * @param bodyLabel  editor label of the body
 */
public record TypeSchema(String key, String label, String section, String folder, boolean yearly, boolean counted,
                         boolean pages, List<FieldSpec> fields, List<String> notOffered, String body, String bodyLabel) {

    public TypeSchema {
        fields = List.copyOf(fields);
        notOffered = List.copyOf(notOffered);
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The fields a new file and the editor form show, in order. */
    public List<FieldSpec> offered() {
        return fields.stream().filter(f -> !f.hidden() && !notOffered.contains(f.name())).toList();
    }

    /** The field names, in order. */
    public List<String> fieldNames() {
        return fields.stream().map(FieldSpec::name).toList();
    }
}
