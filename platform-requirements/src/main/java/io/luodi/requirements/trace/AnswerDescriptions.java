package io.luodi.requirements.trace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a survey answer says, for pain points and requirement sources. The one place that reads the surveys'
 * tables directly: at merge it becomes a call to the surveys module's {@code describeAnswer(projectId, answerId)}.
 */
@Component
@Transactional(readOnly = true)
public class AnswerDescriptions {

    private static final int MAX_SUMMARY = 500;

    private final JdbcClient jdbc;

    AnswerDescriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer, if it belongs to a survey of the project. */
    public Optional<AnswerDescription> describe(long projectId, long answerId) {
        return describe(projectId, List.of(answerId)).stream().findFirst();
    }

    /** Several answers in the order asked; ids not in the project are left out. */
    public List<AnswerDescription> describe(long projectId, Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        Map<Long, AnswerDescription> found = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.id, s.id AS survey_id, s.stakeholder_group, s.survey_date, q.code, q.text,
                               q.question_type, q.unit, q.grid_rows, q.grid_columns, a.answer_text, a.choices,
                               a.grid_cells
                        FROM survey_answer a
                        JOIN survey s ON s.id = a.survey_id
                        JOIN survey_template_question q ON q.id = a.question_id
                        WHERE s.project_id = :project AND a.id IN (:ids)""")
                .param("project", projectId)
                .param("ids", answerIds)
                .query((rs, row) -> new AnswerDescription(rs.getLong("id"), rs.getLong("survey_id"),
                        rs.getString("stakeholder_group") + " " + rs.getDate("survey_date").toLocalDate(),
                        rs.getString("code"), rs.getString("text"), summary(rs)))
                .list()
                .forEach(d -> found.put(d.answerId(), d));
        return answerIds.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The answer as one line: a number with its unit, ticked options joined, a grid as "row: column=value". */
    private static String summary(ResultSet rs) throws SQLException {
        String text = rs.getString("answer_text");
        List<String> choices = strings(rs.getArray("choices"));
        List<String> cells = strings(rs.getArray("grid_cells"));
        String summary = switch (rs.getString("question_type")) {
            case "MULTIPLE_CHOICE" -> String.join("; ", choices);
            case "NUMBER" -> text == null || rs.getString("unit") == null ? text : text + " " + rs.getString("unit");
            case "GRID" -> grid(strings(rs.getArray("grid_rows")), strings(rs.getArray("grid_columns")), cells);
            default -> text;
        };
        summary = summary == null ? "" : summary;
        return summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary;
    }

    private static String grid(List<String> rows, List<String> columns, List<String> cells) {
        List<String> filled = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                int index = r * columns.size() + c;
                String cell = index < cells.size() ? cells.get(index) : "";
                if (cell != null && !cell.isBlank()) {
                    values.add(columns.get(c) + "=" + cell);
                }
            }
            if (!values.isEmpty()) {
                filled.add(rows.get(r) + ": " + String.join("; ", values));
            }
        }
        return String.join(" | ", filled);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
