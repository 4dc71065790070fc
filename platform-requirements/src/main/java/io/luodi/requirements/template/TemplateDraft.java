package io.luodi.requirements.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A whole questionnaire in sections, as read from a question list, with the rules a template must keep. */
public record TemplateDraft(List<SectionDraft> sections) {

    public TemplateDraft {
        sections = List.copyOf(sections);
    }

    public List<QuestionDraft> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** Every rule the questions break; empty when the draft can become a template. */
    public List<DraftProblem> problems() {
        List<DraftProblem> problems = new ArrayList<>();
        if (questions().isEmpty()) {
            problems.add(new DraftProblem(1, "template.problem.empty"));
        }
        Map<String, QuestionDraft> earlier = new HashMap<>();
        for (QuestionDraft question : questions()) {
            check(question, earlier, problems);
            earlier.putIfAbsent(question.code(), question);
        }
        return problems;
    }

    private static void check(QuestionDraft q, Map<String, QuestionDraft> earlier, List<DraftProblem> problems) {
        if (earlier.containsKey(q.code())) {
            problems.add(new DraftProblem(q.line(), "template.problem.code.duplicate", q.code()));
        }
        if (q.type().hasOptions() && q.options().size() < 2) {
            problems.add(new DraftProblem(q.line(), "template.problem.options.missing", q.code()));
        }
        if (q.type() == QuestionType.GRID && (q.gridRows().isEmpty() || q.gridColumns().isEmpty())) {
            problems.add(new DraftProblem(q.line(), "template.problem.grid.missing", q.code()));
        }
        if (q.isConditional()) {
            QuestionDraft condition = earlier.get(q.askIfCode());
            if (condition == null) {
                problems.add(new DraftProblem(q.line(), "template.problem.condition.unknown", q.code(),
                        q.askIfCode()));
            } else if (!condition.possibleAnswers().contains(q.askIfAnswer())) {
                problems.add(new DraftProblem(q.line(), "template.problem.condition.answer", q.code(),
                        q.askIfAnswer(), q.askIfCode()));
            }
        }
    }
}
