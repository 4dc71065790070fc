package io.luodi.requirements.survey;

import io.luodi.requirements.template.QuestionType;
import io.luodi.requirements.template.TemplateQuestion;

import java.util.List;

/**
 * A question of a survey's template with the survey's answer to it.
 *
 * @param sectionPosition the section (page) it stands on, from 1
 * @param asked           whether its "ask only if" condition is met (always true without one)
 */
public record QuestionView(long id, int sectionPosition, String code, String text, QuestionType type,
                           boolean required, List<String> options, String unit, String helpText, String askIfCode,
                           String askIfAnswer, List<String> gridRows, List<String> gridColumns, boolean asked,
                           AnswerView answer) {

    static QuestionView of(TemplateQuestion q, int sectionPosition, boolean asked, AnswerView answer) {
        return new QuestionView(q.getId(), sectionPosition, q.getCode(), q.getText(), q.getType(), q.isRequired(),
                List.copyOf(q.getOptions()), q.getUnit(), q.getHelpText(), q.getAskIfCode(), q.getAskIfAnswer(),
                List.copyOf(q.getGridRows()), List.copyOf(q.getGridColumns()), asked, answer);
    }

    public boolean isConditional() {
        return askIfCode != null;
    }

    /** Required, asked and not answered: what keeps the survey from being complete. */
    public boolean isMissing() {
        return required && asked && !answer.isAnswered();
    }
}
