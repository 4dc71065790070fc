package io.luodi.requirements.template;

import java.util.List;

/**
 * A question as written in a question list, before it belongs to a template.
 *
 * @param line        where it stands in the file it came from (1-based, the header is line 1), for messages
 * @param askIfCode   the code of an earlier question whose answer decides whether this one is asked
 * @param askIfAnswer the answer to that question that makes this one asked
 */
public record QuestionDraft(int line, String code, String text, QuestionType type, boolean required,
                            List<String> options, String unit, String helpText, String askIfCode,
                            String askIfAnswer, List<String> gridRows, List<String> gridColumns) {

    public QuestionDraft {
        options = List.copyOf(options);
        gridRows = List.copyOf(gridRows);
        gridColumns = List.copyOf(gridColumns);
    }

    public boolean isConditional() {
        return askIfCode != null;
    }

    /** The answers a later question's condition may name. */
    List<String> possibleAnswers() {
        return switch (type) {
            case YES_NO -> List.of("是", "否");
            case SINGLE_CHOICE, MULTIPLE_CHOICE, RATING -> options;
            default -> List.of();
        };
    }
}
