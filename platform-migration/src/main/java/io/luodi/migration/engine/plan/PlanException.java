package io.luodi.migration.engine.plan;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A plan that cannot be used, with every problem found rather than the first, so a user fixes them in one go.
 * Thrown when reading a plan's YAML and when a dataset's mapping does not fit its source header or target table.
 */
public class PlanException extends RuntimeException {

    private final List<PlanProblem> problems;

    public PlanException(List<PlanProblem> problems) {
        super(problems.stream().map(PlanProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A plan exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }

    /** All problems in that language, one per line, for the command line. */
    public String describe(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining(System.lineSeparator()));
    }
}
