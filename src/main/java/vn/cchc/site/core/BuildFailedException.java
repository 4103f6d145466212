package vn.cchc.site.core;

import java.util.List;

/** Thrown when a build stops because of problems in its input; carries all of them. */
public final class BuildFailedException extends Exception {
    private final List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the input");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
