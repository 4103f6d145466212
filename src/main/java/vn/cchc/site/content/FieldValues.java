package vn.cchc.site.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values read from front matter by {@link FieldReader}, by field name: a {@code String} (empty
 * when an optional field is absent), {@code LocalDate}, {@code LocalDateTime}, {@code Integer} or
 * {@code List<String>}; a required field that is missing or wrong has no value.
 */
public final class FieldValues {
    private final Map<String, Object> values = new HashMap<>();

    void put(String name, Object value) {
        values.put(name, value);
    }

    /** The text, empty when absent; null when a required field is missing. */
    public String string(String name) {
        return (String) values.get(name);
    }

    /** The text, or null when absent or empty. */
    public String stringOrNull(String name) {
        String s = string(name);
        return s == null || s.isEmpty() ? null : s;
    }

    public LocalDateTime dateTime(String name) {
        return (LocalDateTime) values.get(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    /** The number, or 0 when missing or wrong. */
    public int integer(String name) {
        Object v = values.get(name);
        return v == null ? 0 : (Integer) v;
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<String>) v;
    }
}
