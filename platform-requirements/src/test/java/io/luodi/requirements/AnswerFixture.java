package io.luodi.requirements;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Survey answers written straight into the surveys' tables, so pain points and requirements can be traced to them
 * without the surveys module: a survey of the project on a seeded template, and one answer to one of its questions.
 */
@Component
public class AnswerFixture {

    private final JdbcClient jdbc;

    AnswerFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An answer to the seeded template question with the given code, in a new survey of the project. */
    public long answer(long projectId, String group, String questionCode, String text) {
        record Question(long id, long templateId) {
        }
        Question question = jdbc.sql("""
                        SELECT q.id, s.template_id FROM survey_template_question q
                        JOIN survey_template_section s ON s.id = q.section_id
                        JOIN survey_template t ON t.id = s.template_id
                        WHERE t.created_by = 'system' AND t.system_type = 'HIS' AND q.code = ?
                        ORDER BY t.id LIMIT 1""")
                .param(questionCode)
                .query((rs, row) -> new Question(rs.getLong(1), rs.getLong(2))).single();
        long surveyId = jdbc.sql("""
                        INSERT INTO survey (project_id, template_id, stakeholder_kind, stakeholder_group, survey_date,
                                            status, created_by)
                        VALUES (?, ?, 'BUSINESS', ?, ?, 'OPEN', 'tester') RETURNING id""")
                .params(projectId, question.templateId(), group, LocalDate.of(2026, 3, 12))
                .query(Long.class).single();
        return jdbc.sql("""
                        INSERT INTO survey_answer (survey_id, question_id, answer_text, updated_by, updated_at)
                        VALUES (?, ?, ?, 'tester', ?) RETURNING id""")
                .params(surveyId, question.id(), text, java.sql.Timestamp.from(Instant.now()))
                .query(Long.class).single();
    }

    /** The text of the seeded HIS template's question with the given code. */
    public String questionText(String questionCode) {
        return jdbc.sql("""
                        SELECT q.text FROM survey_template_question q
                        JOIN survey_template_section s ON s.id = q.section_id
                        JOIN survey_template t ON t.id = s.template_id
                        WHERE t.created_by = 'system' AND t.system_type = 'HIS' AND q.code = ?
                        ORDER BY t.id LIMIT 1""")
                .param(questionCode).query(String.class).single();
    }
}
