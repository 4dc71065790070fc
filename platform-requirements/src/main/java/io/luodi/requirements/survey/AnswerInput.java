package io.luodi.requirements.survey;

import java.util.List;

/**
 * One question's answer as the fieldwork page sends it.
 *
 * @param version the version of the answer the consultant was editing, {@code null} when there was none yet; a
 *                different stored version means someone else saved meanwhile
 * @param value   the answer of a text, number, date, yes/no, single-choice or rating question
 * @param choices the options ticked in a multiple-choice question
 * @param cells   a grid's cells, row by row
 * @param note    the consultant's note on the answer
 */
public record AnswerInput(Long version, String value, List<String> choices, List<String> cells, String note) {

    public AnswerInput {
        choices = choices == null ? List.of() : List.copyOf(choices);
        cells = cells == null ? List.of() : cells.stream().map(c -> c == null ? "" : c).toList();
    }

    public static AnswerInput of(Long version, String value) {
        return new AnswerInput(version, value, List.of(), List.of(), null);
    }

    public static AnswerInput choices(Long version, List<String> choices) {
        return new AnswerInput(version, null, choices, List.of(), null);
    }

    public static AnswerInput grid(Long version, List<String> cells) {
        return new AnswerInput(version, null, List.of(), cells, null);
    }

    public AnswerInput withNote(String note) {
        return new AnswerInput(version, value, choices, cells, note);
    }

    public AnswerInput withVersion(Long version) {
        return new AnswerInput(version, value, choices, cells, note);
    }
}
