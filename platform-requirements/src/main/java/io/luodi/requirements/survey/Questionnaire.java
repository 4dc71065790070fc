package io.luodi.requirements.survey;

import io.luodi.requirements.template.TemplateQuestion;
import io.luodi.requirements.template.TemplateSection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A template's questions with one survey's answers: which questions are asked and how far the survey has come.
 * A question with an "ask only if" condition is asked when the earlier question is asked and has the named
 * answer (for a multiple choice: that option is among those ticked). Answers are keyed by question code.
 */
final class Questionnaire {

    private final List<TemplateSection> sections;
    private final Map<String, TemplateQuestion> questionsByCode = new HashMap<>();
    private final Map<String, AnswerValue> answersByCode;

    Questionnaire(List<TemplateSection> sections, Map<String, AnswerValue> answersByCode) {
        this.sections = sections;
        this.answersByCode = answersByCode;
        sections.forEach(s -> s.getQuestions().forEach(q -> questionsByCode.putIfAbsent(q.getCode(), q)));
    }

    List<TemplateSection> sections() {
        return sections;
    }

    AnswerValue answer(TemplateQuestion question) {
        return answersByCode.getOrDefault(question.getCode(), AnswerValue.EMPTY);
    }

    /** Conditions name only earlier questions (the template library checks it), so this always ends. */
    boolean isAsked(TemplateQuestion question) {
        if (question.getAskIfCode() == null) {
            return true;
        }
        TemplateQuestion condition = questionsByCode.get(question.getAskIfCode());
        return condition != null && isAsked(condition)
                && answer(condition).matches(condition.getType(), question.getAskIfAnswer());
    }

    boolean isAnswered(TemplateQuestion question) {
        return !answer(question).isEmpty();
    }

    boolean isMissing(TemplateQuestion question) {
        return question.isRequired() && isAsked(question) && !isAnswered(question);
    }

    Progress progress(TemplateSection section) {
        int required = 0;
        int answered = 0;
        for (TemplateQuestion question : section.getQuestions()) {
            if (question.isRequired() && isAsked(question)) {
                required++;
                if (isAnswered(question)) {
                    answered++;
                }
            }
        }
        return new Progress(answered, required);
    }

    Progress progress() {
        return sections.stream().map(this::progress).reduce(Progress.NONE, Progress::plus);
    }

    /** The required questions asked but not answered yet, in the template's order. */
    List<TemplateQuestion> missing() {
        return sections.stream().flatMap(s -> s.getQuestions().stream()).filter(this::isMissing).toList();
    }
}
