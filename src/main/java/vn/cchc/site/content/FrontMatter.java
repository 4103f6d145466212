package vn.cchc.site.content;

import java.util.Map;

/**
 * The front matter and body of a content file.
 *
 * @param fields    entries by key, in file order
 * @param body      the Markdown after the closing {@code ---}
 * @param bodyLine  1-based line of the file where the body starts
 * @param headerEnd 1-based line of the closing {@code ---} (reported for problems about the whole header)
 */
public record FrontMatter(Map<String, RawField> fields, String body, int bodyLine, int headerEnd) {

    public RawField field(String key) {
        return fields.get(key);
    }
}
