package io.luodi.requirements;

import io.luodi.requirements.template.DraftProblem;

import java.util.List;

/** A question list that cannot become a template, with every problem and the line it stands on. */
public class QuestionListRejected extends RuntimeException {

    private final transient List<DraftProblem> problems;

    QuestionListRejected(List<DraftProblem> problems) {
        super(problems.size() + " problems in the question list");
        this.problems = List.copyOf(problems);
    }

    public List<DraftProblem> problems() {
        return problems;
    }
}
