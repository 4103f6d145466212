package vn.cchc.site.importer;

import java.util.List;

/**
 * The part of a body the importer writes and rewrites, between two HTML comment lines. The
 * sanitiser drops comments silently, so readers never see the markers; editors write their own
 * text outside them and it is kept on every re-import.
 */
final class ImportBlock {
    static final String BEGIN = "<!-- cchc-import:begin (phần này do lệnh import ghi lại mỗi lần nhập; "
            + "viết thêm ở ngoài phần này) -->";
    static final String END = "<!-- cchc-import:end -->";
    private static final String BEGIN_PREFIX = "<!-- cchc-import:begin";

    private ImportBlock() {
    }

    /** The block around {@code markdown}. */
    static String wrap(String markdown) {
        return BEGIN + "\n\n" + markdown.strip() + "\n\n" + END;
    }

    /** Whether {@code text} holds a block (the file was made by the importer). */
    static boolean present(String text) {
        int begin = text.indexOf(BEGIN_PREFIX);
        return begin >= 0 && text.indexOf(END, begin) > 0;
    }

    /** {@code text} with its block replaced by {@code block}; {@code text} itself when it has none. */
    static String replace(String text, String block) {
        int begin = text.indexOf(BEGIN_PREFIX);
        int end = begin < 0 ? -1 : text.indexOf(END, begin);
        if (end < 0) {
            return text;
        }
        return text.substring(0, begin) + block + text.substring(end + END.length());
    }

    /** A Markdown section: a level-2 heading and a list ({@code numbered} or bullets) of plain text. */
    static String section(String heading, List<String> entries, boolean numbered) {
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("## ").append(heading).append("\n\n");
        int n = 1;
        for (String e : entries) {
            out.append(numbered ? (n++) + ". " : "- ").append(FrontMatterText.markdownText(e)).append('\n');
        }
        return out.append('\n').toString();
    }
}
