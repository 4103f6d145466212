package vn.cchc.site.content.schema;

import java.util.Arrays;
import java.util.Locale;

/** What a front-matter field holds; decides its generic check, editor widget and archetype value. */
public enum FieldKind {
    /** The {@code type} field itself: one of the content type keys. */
    TYPE,
    /** One line of text. */
    STRING,
    /** Text that may be long (an editor text area). */
    TEXT,
    /** A calendar day ({@code 2025-11-03} or {@code 03/11/2025}). */
    DATE,
    /** A day with an optional time ({@code 2025-11-03 08:30}). */
    DATETIME,
    /** A whole number, at least the field's {@code min}. */
    INT,
    /** One value from the field's fixed {@code options}. */
    CHOICE,
    /** Keys from a vocabulary of {@code site.yml} ({@code pillars}, {@code channels}). */
    VOCABULARY,
    /** One key of a vocabulary of {@code site.yml} (a select with one choice). */
    TERM,
    /** Free strings. */
    LIST,
    /** A web address starting with {@code http://} or {@code https://}. */
    URL,
    /** A path under {@code assets/}. */
    ASSET,
    /** One line of text matching the field's {@code pattern}. */
    PATTERN;

    /** The pattern every {@link #URL} value matches. */
    public static final String URL_PATTERN = "https?://[^\\s]+";

    /** The kind written as {@code kind: date} in a schema file. */
    public static FieldKind of(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown field kind " + name));
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the value is a list ({@code [a, b]}) rather than a scalar. */
    public boolean isList() {
        return this == VOCABULARY || this == LIST;
    }
}
