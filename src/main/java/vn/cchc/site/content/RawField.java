package vn.cchc.site.content;

import java.util.List;

/**
 * One front-matter entry as written, before its type is known: a scalar string or a list of
 * strings, with the 1-based line of the file it stands on.
 */
public record RawField(String key, String scalar, List<String> list, int line) {

    public boolean isList() {
        return list != null;
    }

    /** The values as a list: a scalar counts as a one-element list, an empty scalar as none. */
    public List<String> values() {
        if (list != null) {
            return list;
        }
        return scalar == null || scalar.isBlank() ? List.of() : List.of(scalar);
    }
}
