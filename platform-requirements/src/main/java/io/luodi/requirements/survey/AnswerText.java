package io.luodi.requirements.survey;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer as readable text, for exports and traceability: a number with its unit, ticked options joined, a
 * grid as "row: column=value; column=value" per filled row.
 */
final class AnswerText {

    private AnswerText() {
    }

    /**
     * @param yes          how to write a yes in the reader's language
     * @param no           how to write a no
     * @param rowSeparator what goes between a grid's rows
     */
    static String of(QuestionView question, AnswerValue value, String yes, String no, String rowSeparator) {
        if (value.isEmpty()) {
            return "";
        }
        return switch (question.type()) {
            case YES_NO -> AnswerValue.YES.equals(value.text()) ? yes : no;
            case NUMBER -> question.unit() == null ? value.text() : value.text() + " " + question.unit();
            case MULTIPLE_CHOICE -> String.join("; ", value.choices());
            case GRID -> grid(question, value, rowSeparator);
            default -> value.text();
        };
    }

    private static String grid(QuestionView question, AnswerValue value, String rowSeparator) {
        int columns = question.gridColumns().size();
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < question.gridRows().size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                String cell = value.cell(r, c, columns);
                if (!cell.isBlank()) {
                    cells.add(question.gridColumns().get(c) + "=" + cell);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(question.gridRows().get(r) + ": " + String.join("; ", cells));
            }
        }
        return String.join(rowSeparator, rows);
    }
}
