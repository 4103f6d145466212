package vn.cchc.site.cli;

import vn.cchc.site.core.Problem;

import java.io.PrintWriter;
import java.util.List;

/** Prints problems as {@code file:line: lỗi: message}, then a summary count. */
final class ProblemPrinter {
    private ProblemPrinter() {
    }

    static void print(List<Problem> problems, PrintWriter err) {
        for (Problem p : problems) {
            err.println(p.format());
        }
    }

    static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return errors + " lỗi, " + warnings + " cảnh báo";
    }
}
