package vn.cchc.site.core;

import java.util.Comparator;

/**
 * One thing wrong with the input, located in a file and (where known) a line.
 *
 * @param file    path of the file as the editor knows it, relative to the site root (e.g. {@code content/tin/a.md})
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param severity error or warning
 * @param message Vietnamese explanation, saying what is wrong and how to fix it
 */
public record Problem(String file, int line, Severity severity, String message) {

    /** Orders problems by file, then line, then message, so reports are stable. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public static Problem error(String file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Formats as {@code file:line: lỗi: message} (the line is left out when unknown). */
    public String format() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.label() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
