package vn.cchc.site.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Finds English words in text meant for editors and officers. Quoted or back-ticked parts (file
 * names, keys, values the user typed) and code-like tokens (options, paths, keys with '-', '_',
 * '.', '/', '=' or '|') are left out; what remains must hold none of the listed words.
 */
public final class EnglishWords {
    private static final Set<String> WORDS = Set.of("usage", "commands", "command", "show", "help", "missing",
            "field", "broken", "link", "links", "error", "errors", "warning", "unmatched", "did", "mean", "invalid",
            "unknown", "required", "option", "options", "value", "expected", "exit", "message", "argument",
            "arguments", "specify", "print", "version", "the", "and", "should", "only", "once", "out", "range",
            "day", "please", "found", "cannot", "failed", "parameter", "parameters", "index", "at", "is", "are");
    private static final Pattern QUOTED = Pattern.compile("`[^`\\n]*`|'[^'\\n]*'|\"[^\"\\n]*\"|“[^”\\n]*”");
    private static final Pattern CODE = Pattern.compile(".*[-_./=|<>\\\\@:0-9].*[^:,.;)]|--?\\S+");

    private EnglishWords() {
    }

    /** The listed English words found in {@code text}, in order. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        for (String token : QUOTED.matcher(text).replaceAll(" ").split("\\s+")) {
            if (token.isEmpty() || CODE.matcher(token).matches()) {
                continue;
            }
            String word = token.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").toLowerCase(Locale.ROOT);
            if (WORDS.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** Fails with the text when it holds a listed English word. */
    public static void assertNone(String text) {
        assertEquals(List.of(), in(text), text);
    }
}
