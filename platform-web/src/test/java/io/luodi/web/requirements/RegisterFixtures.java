package io.luodi.web.requirements;

import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectDetails;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectStatus;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.web.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * What the register's page tests need beyond the demo data: a fresh project with its own manager (for changes
 * that must not touch the demo projects, such as signing the scope), survey answers written straight into the
 * surveys' tables, and a signed scope baseline.
 */
@Component
class RegisterFixtures {

    private final TestData testData;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final JdbcClient jdbc;

    RegisterFixtures(TestData testData, ProjectManagement projects, ProjectAccessPolicy accessPolicy,
                     JdbcClient jdbc) {
        this.testData = testData;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.jdbc = jdbc;
    }

    record FreshProject(long id, UserAccount manager, UserAccount customer) {
    }

    FreshProject project() {
        long customerOrganisation = testData.customerOrganisation();
        UserAccount manager = testData.user(Role.PM, null);
        UserAccount customer = testData.user(Role.CUSTOMER, customerOrganisation);
        long id = projects.create(CurrentUser.of(manager), new ProjectDetails("R" + System.nanoTime() % 1_000_000_000L,
                "登记测试项目", null, customerOrganisation, SystemType.HIS, ProjectStatus.ACTIVE,
                LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(6)));
        accessPolicy.require(CurrentUser.of(manager), id);
        return new FreshProject(id, manager, customer);
    }

    void signScope(long projectId) {
        jdbc.sql("""
                        INSERT INTO scope_baseline (project_id, number, status, created_by, created_at, signed_at)
                        VALUES (?, 1, 'SIGNED', 'tester', now(), now())""")
                .param(projectId).update();
    }

    /** An answer to the seeded HIS questionnaire's question, in a new survey of the project. */
    long answer(long projectId, String questionCode, String text) {
        record Question(long id, long templateId) {
        }
        Question question = jdbc.sql("""
                        SELECT q.id, s.template_id FROM survey_template_question q
                        JOIN survey_template_section s ON s.id = q.section_id
                        JOIN survey_template t ON t.id = s.template_id
                        WHERE t.created_by = 'system' AND t.system_type = 'HIS' AND q.code = ?
                        ORDER BY t.id LIMIT 1""")
                .param(questionCode).query((rs, row) -> new Question(rs.getLong(1), rs.getLong(2))).single();
        long surveyId = jdbc.sql("""
                        INSERT INTO survey (project_id, template_id, stakeholder_kind, stakeholder_group, survey_date,
                                            status, created_by)
                        VALUES (?, ?, 'BUSINESS', '收费处', ?, 'OPEN', 'tester') RETURNING id""")
                .params(projectId, question.templateId(), LocalDate.of(2026, 3, 12)).query(Long.class).single();
        return jdbc.sql("""
                        INSERT INTO survey_answer (survey_id, question_id, answer_text, updated_by, updated_at)
                        VALUES (?, ?, ?, 'tester', now()) RETURNING id""")
                .params(surveyId, question.id(), text).query(Long.class).single();
    }
}
