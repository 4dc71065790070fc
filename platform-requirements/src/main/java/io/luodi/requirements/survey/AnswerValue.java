package io.luodi.requirements.survey;

import io.luodi.requirements.template.QuestionType;

import java.time.LocalDate;
import java.util.List;

/**
 * What was answered to one question, stored as the schema keeps it: text, number, date, yes/no, single choice and
 * rating in {@code text}; a multiple choice in {@code choices}; a grid row-major in {@code gridCells}. A yes/no
 * answer is "是" or "否", the values a template's "ask only if" condition names.
 */
public record AnswerValue(String text, List<String> choices, List<String> gridCells) {

    public static final String YES = "是";
    public static final String NO = "否";
    public static final AnswerValue EMPTY = new AnswerValue(null, List.of(), List.of());

    public AnswerValue {
        text = text == null || text.isBlank() ? null : text;
        choices = List.copyOf(choices);
        gridCells = gridCells.stream().allMatch(String::isEmpty) ? List.of() : List.copyOf(gridCells);
    }

    public static AnswerValue text(String text) {
        return new AnswerValue(text, List.of(), List.of());
    }

    public boolean isEmpty() {
        return text == null && choices.isEmpty() && gridCells.isEmpty();
    }

    /** Whether this answer is the one a later question's "ask only if" condition names. */
    public boolean matches(QuestionType type, String expected) {
        return type == QuestionType.MULTIPLE_CHOICE ? choices.contains(expected) : expected.equals(text);
    }

    /** A date answer as a date, for showing it in the reader's format. */
    public LocalDate date() {
        return text == null ? null : LocalDate.parse(text);
    }

    public boolean isChosen(String option) {
        return choices.contains(option);
    }

    /** The grid cell at a row and column (0-based), blank when the grid is not filled in that far. */
    public String cell(int row, int column, int columns) {
        int index = row * columns + column;
        return index < gridCells.size() ? gridCells.get(index) : "";
    }
}
