package vn.cchc.site.bake;

import vn.cchc.site.core.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Limits that keep the rendering of one body bounded in time and stack, checked on the Markdown
 * before it is parsed. flexmark nests quotes and lists by recursion, so no line may open more than
 * {@value #MAX_NESTING} of them. Its inline parser copies the rest of a block for each link or
 * tag it matches, and its block parser re-reads a paragraph (a table is one) for each line added,
 * so a block costs about (links and tags) x (characters) + {@value #LINE_WEIGHT} x (lines)^2: one
 * block may cost {@value #BLOCK_WORK} and a whole body {@value #FILE_WORK} (a few seconds at most).
 * A long article with ordinary paragraphs and a table of a few thousand rows stays far below; the
 * message says how to split the text.
 */
final class BodyLimits {
    static final int MAX_NESTING = 32;
    static final long LINE_WEIGHT = 3;
    static final long BLOCK_WORK = 25_000_000L;
    static final long FILE_WORK = 60_000_000L;

    private BodyLimits() {
    }

    /** What is over a limit in {@code markdown}, which starts at line {@code bodyLine} of {@code file}. */
    static List<Problem> check(String markdown, String file, int bodyLine) {
        List<Problem> problems = new ArrayList<>(0);
        Block block = new Block();
        long total = 0;
        int line = bodyLine;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            boolean blank = blank(markdown, start, end);
            if (!blank) {
                block.add(markdown, start, end, line);
                if (nesting(markdown, start, end) > MAX_NESTING) {
                    problems.add(Problem.error(file, line, "Dòng này lồng quá nhiều trích dẫn (>) hoặc danh sách (-, *, "
                            + "1.) vào nhau (hơn " + MAX_NESTING + " tầng). Bỏ bớt các dấu ở đầu dòng."));
                }
            }
            if (blank || end == markdown.length()) {
                long work = block.work();
                if (work > BLOCK_WORK) {
                    problems.add(Problem.error(file, block.firstLine, "Đoạn văn hoặc bảng bắt đầu ở dòng này quá dài "
                            + "hoặc có quá nhiều liên kết, thẻ (" + block.lines + " dòng, " + block.chars + " ký tự, "
                            + block.specials + " liên kết và thẻ). Chia thành nhiều đoạn hoặc nhiều bảng nhỏ hơn, "
                            + "cách nhau bằng một dòng trống."));
                } else if (total <= FILE_WORK && total + work > FILE_WORK) {
                    problems.add(Problem.error(file, block.firstLine, "Bài quá dài để hiển thị trong thời gian cho phép "
                            + "(tính đến đoạn bắt đầu ở dòng này). Chia thành nhiều bài, hoặc đưa bảng dài vào tệp "
                            + "đính kèm (.xlsx, .pdf)."));
                }
                total += work;
                block = new Block();
            }
            line++;
            start = end + 1;
        }
        return problems;
    }

    /** Lines without an empty line between them, measured. */
    private static final class Block {
        int firstLine = -1;
        long lines;
        long chars;
        long specials;

        void add(String text, int start, int end, int line) {
            if (firstLine < 0) {
                firstLine = line;
            }
            lines++;
            chars += end - start;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '[' || c == '<') {
                    specials++;
                }
            }
        }

        long work() {
            return specials * chars + LINE_WEIGHT * lines * lines;
        }
    }

    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many quote and list markers open the line between {@code start} and {@code end}. */
    static int nesting(String text, int start, int end) {
        int depth = 0;
        int i = start;
        while (true) {
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= end) {
                return depth;
            }
            char c = text.charAt(i);
            int next;
            if (c == '>') {
                next = i + 1;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text.charAt(i + 1) == ' ') {
                next = i + 2;
            } else {
                next = orderedMarkerEnd(text, i, end);
                if (next < 0) {
                    return depth;
                }
            }
            depth++;
            i = next;
        }
    }

    /** The index after an ordered-list marker ({@code 12.} or {@code 12)} and a space) at {@code i}, or -1. */
    private static int orderedMarkerEnd(String text, int i, int end) {
        int j = i;
        while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j == i || j + 1 >= end || (text.charAt(j) != '.' && text.charAt(j) != ')') || text.charAt(j + 1) != ' ') {
            return -1;
        }
        return j + 2;
    }
}
