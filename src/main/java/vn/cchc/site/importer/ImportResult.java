package vn.cchc.site.importer;

import vn.cchc.site.core.Problem;

import java.util.List;

/**
 * What an import did (or, with {@code --dry-run}, would do).
 *
 * @param lines    one Vietnamese line per file created, updated or marked, then a summary
 * @param problems every problem of the input, as {@code file:line}
 * @param usable   false when the input held nothing that could be imported
 */
public record ImportResult(List<String> lines, List<Problem> problems, boolean usable) {
    public ImportResult {
        lines = List.copyOf(lines);
        problems = problems.stream().sorted(Problem.ORDER).toList();
    }
}
