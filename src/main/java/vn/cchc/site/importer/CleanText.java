package vn.cchc.site.importer;

import org.jsoup.parser.Parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of real exports into clean text: escaped {@code \n} and {@code \t} written out
 * as two characters, HTML tags and entities left in text, non-breaking and zero-width spaces, runs
 * of spaces, control characters and decomposed (NFD) letters. Pure functions.
 */
final class CleanText {
    private static final Pattern ESCAPED_BREAK = Pattern.compile("\\\\r\\\\n|\\\\n|\\\\r");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\u3000]+");
    /** Where a run-together list starts a new entry: "Bước 2:", "2.", "b)", a bullet. */
    private static final Pattern ENTRY_START = Pattern.compile("(?<=\\S)\\s*(?=•\\s*\\S)"
            + "|(?<=[.;:])\\s*(?=[-+*]\\s+\\S|\\d{1,2}[.)]\\s+\\p{Lu}|[a-zđ]\\)\\s+\\p{L})"
            + "|(?<=\\S)\\s*(?=Bước\\s+\\d+\\s*[:.)])");
    private static final Pattern ENTRY_MARK = Pattern.compile("^(?:[-•+*]\\s*|\\d{1,2}[.)]\\s+|[a-zđ]\\)\\s+)");
    /** A paper's count in the portal's table, which closes each row of "Thành phần hồ sơ". */
    private static final Pattern PAPER_COUNT = Pattern.compile(
            "Bản chính\\s*:\\s*(\\d+)\\s*Bản sao\\s*:\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAPER_HEADER = Pattern.compile(
            "^(?:\\s*(?:Bao gồm|Tên giấy tờ|Mẫu đơn, tờ khai|Số lượng)\\s*)+", Pattern.CASE_INSENSITIVE);
    /** HTML that some exports leave in text fields; block ends become line breaks, other tags go. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)<\\s*/?\\s*(?:p|br|li|div|ul|ol|table|tbody|tr|td|th|span|b|strong|i|em|u|font)\\b[^>]*>");
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)<\\s*(?:br|/p|/li|/div|/tr|/h\\d)\\b[^>]*>");
    private static final Pattern FORM_FILE = Pattern.compile("\\S+\\.(?:docx?|pdf|xlsx?)\\b", Pattern.CASE_INSENSITIVE);

    private CleanText() {
    }

    /** One line of clean text: escapes and breaks become spaces, spaces are folded, NFC. */
    static String line(String raw) {
        if (raw == null) {
            return "";
        }
        return SPACES.matcher(lines(raw).replace('\n', ' ')).replaceAll(" ").strip();
    }

    /** Clean text keeping its line breaks (escaped ones made real), each line folded and stripped. */
    static String lines(String raw) {
        if (raw == null) {
            return "";
        }
        String text = ESCAPED_BREAK.matcher(raw).replaceAll("\n").replace("\\t", " ")
                .replace("\r\n", "\n").replace('\r', '\n');
        if (HTML_TAG.matcher(text).find()) {
            String broken = HTML_BREAK.matcher(text).replaceAll("\n");
            text = Parser.unescapeEntities(HTML_TAG.matcher(broken).replaceAll(" "), false);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            out.append(c == '\n' || !Character.isISOControl(c) ? c : ' ');
        }
        List<String> kept = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            String s = SPACES.matcher(l).replaceAll(" ").strip();
            if (!s.isEmpty()) {
                kept.add(s);
            }
        }
        String joined = String.join("\n", kept);
        return Normalizer.isNormalized(joined, Normalizer.Form.NFC) ? joined
                : Normalizer.normalize(joined, Normalizer.Form.NFC);
    }

    /**
     * The entries of a list written as lines, bullets, numbers or "Bước N:" steps, also when they are
     * run together on one line. Markers of bullets and numbers are dropped ("Bước N" is kept).
     */
    static List<String> entries(String raw) {
        List<String> out = new ArrayList<>();
        for (String l : lines(raw).split("\n")) {
            for (String part : ENTRY_START.split(l)) {
                String entry = ENTRY_MARK.matcher(part.strip()).replaceFirst("").strip();
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            }
        }
        return out;
    }

    /**
     * The papers of a "Thành phần hồ sơ" field. The portal's table comes as text run together
     * ("Tên giấy tờ Mẫu đơn, tờ khai Số lượng Tờ khai ... ToKhai.docx Bản chính: 1 Bản sao: 0 ..."):
     * each count closes a paper, which becomes "Tờ khai ... (bản chính: 1, bản sao: 0)". Other text
     * is read as a list.
     */
    static List<String> papers(String raw) {
        String text = line(raw);
        Matcher m = PAPER_COUNT.matcher(text);
        if (!m.find()) {
            return entries(raw);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        m.reset();
        while (m.find()) {
            String name = FORM_FILE.matcher(PAPER_HEADER.matcher(text.substring(start, m.start())).replaceFirst(""))
                    .replaceAll("").replaceAll("\\s+", " ").strip();
            name = ENTRY_MARK.matcher(name).replaceFirst("");
            if (!name.isEmpty()) {
                out.add(name + " (bản chính: " + m.group(1) + ", bản sao: " + m.group(2) + ")");
            }
            start = m.end();
        }
        return out;
    }
}
