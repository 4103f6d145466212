package vn.cchc.site.content.schema;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One front-matter field of a content type, as declared in its schema file.
 *
 * @param name           the key written in front matter
 * @param kind           what it holds
 * @param required       whether the build reports its absence as an error
 * @param label          Vietnamese label (editor form, docs)
 * @param help           Vietnamese help text (archetype comment, editor hint, docs)
 * @param missing        what the "Thiếu …" error calls the field
 * @param invalid        error for a value of the wrong form, with {@code {value}}, {@code {key}},
 *                       {@code {choices}}, {@code {hint}} and {@code {upper}} placeholders, or null for the kind's default
 * @param hint           short example shown by the editor when the pattern does not match, or null
 * @param pattern        the whole-value pattern of a {@link FieldKind#PATTERN} or {@link FieldKind#URL}, or null
 * @param options        allowed values of a {@link FieldKind#CHOICE}, else empty
 * @param vocabulary     name of the {@code site.yml} vocabulary of a {@link FieldKind#VOCABULARY}, or null
 * @param vocabularyName how errors name that vocabulary ({@code chuyên đề (pillar)}), or null
 * @param defaultValue   value the build uses when the field is absent, or null
 * @param prefill        value a new file and the editor start with, or null ({@code {{title}}}, {@code {{now}}} allowed)
 * @param example        example value for new files (written commented out when the field is optional), or null
 * @param hidden         whether new files and the editor leave the field out
 * @param min            smallest value of an {@link FieldKind#INT}
 * @param folder         folder under {@code assets/} of an {@link FieldKind#ASSET} uploaded in the editor, or null
 * @param refersTo       the field of another type whose values this one holds, written {@code thu-tuc.code}
 *                       (the pattern is that field's; the editor offers a pick list of that type's items), or null
 */
public record FieldSpec(String name, FieldKind kind, boolean required, String label, String help, String missing,
                        String invalid, String hint, Pattern pattern, List<Option> options, String vocabulary,
                        String vocabularyName, Object defaultValue, Object prefill, Object example, boolean hidden,
                        int min, String folder, String refersTo) {

    public FieldSpec {
        options = List.copyOf(options);
    }

    /** The allowed values of a choice, in declared order. */
    public List<String> optionValues() {
        return options.stream().map(Option::value).toList();
    }

    /** The type key of {@link #refersTo()}, e.g. {@code thu-tuc}. */
    public String refersToType() {
        return refersTo.substring(0, refersTo.indexOf('.'));
    }

    /** The field name of {@link #refersTo()}, e.g. {@code code}. */
    public String refersToField() {
        return refersTo.substring(refersTo.indexOf('.') + 1);
    }

    /** The value a new file starts with: the prefill, else the default, else null. */
    public Object initial() {
        return prefill != null ? prefill : defaultValue;
    }
}
