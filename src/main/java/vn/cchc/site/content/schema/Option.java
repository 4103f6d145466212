package vn.cchc.site.content.schema;

/** One allowed value of a {@link FieldKind#CHOICE} field and its Vietnamese label. */
public record Option(String value, String label) {
}
