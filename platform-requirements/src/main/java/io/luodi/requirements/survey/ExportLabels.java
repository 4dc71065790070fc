package io.luodi.requirements.survey;

import io.luodi.requirements.template.QuestionType;
import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;

/** The words an export needs, in the reader's language. */
record ExportLabels(MessageSource messages, Locale locale) {

    String get(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    String type(QuestionType type) {
        return get("question.type." + type);
    }

    String kind(StakeholderKind kind) {
        return get("survey.kind." + kind);
    }

    String answer(QuestionView question, AnswerValue value, String rowSeparator) {
        return AnswerText.of(question, value, get("survey.answer.yes"), get("survey.answer.no"), rowSeparator);
    }

    List<String> columns() {
        return List.of(get("survey.export.section"), get("survey.export.code"), get("survey.export.question"),
                get("survey.export.type"), get("survey.export.answer"), get("survey.export.note"),
                get("survey.export.answeredBy"), get("survey.export.answeredAt"));
    }
}
