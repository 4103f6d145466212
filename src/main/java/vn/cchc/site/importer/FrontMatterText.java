package vn.cchc.site.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes and edits the front matter of content files as text, so what editors wrote around the
 * fields the importer owns (comments, order, their own fields) stays as it was. Values are written
 * as double-quoted YAML scalars; lists as flow lists of quoted strings.
 */
final class FrontMatterText {
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|#])");

    private FrontMatterText() {
    }

    /** A YAML double-quoted scalar holding {@code value} on one line. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A flow list of quoted strings: {@code ["a", "b"]}. */
    static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(FrontMatterText::quote).toList()) + "]";
    }

    /** Text that Markdown shows as written (its punctuation escaped). */
    static String markdownText(String text) {
        return MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1");
    }

    /** A new file: {@code ---}, one line per field (values already YAML), {@code ---}, the body. */
    static String file(Map<String, String> fields, String body) {
        StringBuilder out = new StringBuilder("---\n");
        fields.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        return out.append("---\n\n").append(body.strip()).append('\n').toString();
    }

    /**
     * {@code text} with the top-level fields of {@code values} set: a field already there has its
     * line (and the indented lines continuing it) replaced, keeping a trailing comment out; a new
     * one is added before the closing {@code ---}. Everything else is kept byte for byte.
     *
     * @return the new text, or {@code text} itself when it has no front matter
     */
    static String setFields(String text, Map<String, String> values) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].strip().equals("---")) {
            return text;
        }
        int close = -1;
        for (int i = 1; i < lines.length && close < 0; i++) {
            if (lines[i].strip().equals("---")) {
                close = i;
            }
        }
        if (close < 0) {
            return text;
        }
        Map<String, String> pending = new LinkedHashMap<>(values);
        List<String> out = new ArrayList<>();
        out.add(lines[0]);
        for (int i = 1; i < close; i++) {
            String key = keyOf(lines[i]);
            if (key != null && pending.containsKey(key)) {
                out.add(key + ": " + pending.remove(key));
                while (i + 1 < close && (lines[i + 1].startsWith(" ") || lines[i + 1].startsWith("\t"))) {
                    i++;
                }
            } else {
                out.add(lines[i]);
            }
        }
        pending.forEach((k, v) -> out.add(k + ": " + v));
        for (int i = close; i < lines.length; i++) {
            out.add(lines[i]);
        }
        return String.join("\n", out);
    }

    /** The key of a top-level {@code key: value} line, or null. */
    private static String keyOf(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")) {
            return null;
        }
        int colon = line.indexOf(':');
        return colon > 0 ? line.substring(0, colon).strip() : null;
    }
}
