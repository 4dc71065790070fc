package io.luodi.web.benchmark;

import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.organisation.OrganisationDetails;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.project.ProjectDetails;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectStatus;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.requirements.TemplateLibrary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The project the export benchmark measures: thousands of requirements and dozens of answered surveys, written
 * straight into the database in batches so that setting it up takes seconds, not the benchmark's time.
 */
final class BenchmarkProject {

    private static final String[] MODULES = {"门诊挂号", "门诊收费", "住院管理", "医保结算", "电子病历", "药房管理",
            "检验接口", "影像接口", "财务核算", "报表统计"};
    private static final String[] PRIORITIES = {"MUST", "SHOULD", "COULD", "WONT"};
    private static final String[] STATUSES = {"ACCEPTED", "ACCEPTED", "PROPOSED", "DEFERRED", "REJECTED"};
    private static final int QUESTIONS_PER_SURVEY = 50;

    private BenchmarkProject() {
    }

    record Figures(long projectId, int requirements, int surveys, int answers) {
    }

    static Figures create(CurrentUser admin, String code, int requirements, int surveys, int answers,
                          OrganisationManagement organisations, ProjectManagement projects, TemplateLibrary library,
                          JdbcClient jdbc, TransactionTemplate transaction) {
        long customer = organisations.create(new OrganisationDetails("BENCH-" + code, "基准测试医院 " + code,
                OrganisationKind.CUSTOMER)).getId();
        long projectId = projects.create(admin, new ProjectDetails(code, "导出基准项目 " + code, null, customer,
                SystemType.HIS, ProjectStatus.ACTIVE, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 1)));
        long templateId = library.importQuestionList(admin, "基准问卷 " + code, SystemType.HIS, questionList());
        library.publish(admin, templateId);
        transaction.executeWithoutResult(status -> {
            insertRequirements(jdbc, projectId, requirements);
            insertSurveys(jdbc, projectId, templateId, surveys, answers);
        });
        return new Figures(projectId, requirements, surveys, answers);
    }

    private static List<List<String>> questionList() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("章节", "题号", "题目", "题型", "必填", "选项"));
        for (int q = 0; q < QUESTIONS_PER_SURVEY; q++) {
            String section = q % 10 == 0 ? "第" + (q / 10 + 1) + "部分 业务现状" : "";
            boolean choice = q % 5 == 4;
            rows.add(List.of(section, (q / 10 + 1) + "." + (q % 10 + 1), "请描述贵科室在" + MODULES[q % MODULES.length]
                            + "环节的现状与问题（第" + (q + 1) + "题）", choice ? "单选" : "长文本", q % 3 == 0 ? "是" : "否",
                    choice ? "满意|一般|不满意" : ""));
        }
        return rows;
    }

    private static void insertRequirements(JdbcClient jdbc, long projectId, int count) {
        for (int n = 1; n <= count; n++) {
            String module = MODULES[n % MODULES.length];
            jdbc.sql("""
                            INSERT INTO requirement (project_id, number, title, description, category, priority, status,
                                in_scope, acceptance_criteria, created_by, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'benchmark', now())""")
                    .params(projectId, n, module + "：支持第" + n + "项业务规则的自动校验与提醒",
                            "现状：" + module + "依赖人工核对，高峰期排队严重，差错率约 3%。期望系统按规则自动校验，"
                                    + "异常时提醒操作员并记录原因，便于事后追溯与统计分析。",
                            module, PRIORITIES[n % PRIORITIES.length], STATUSES[n % STATUSES.length], n % 7 != 0,
                            "1. 规则命中时 1 秒内提示；2. 提醒记录可按日期导出；3. 科室主任可查看汇总。")
                    .update();
        }
        jdbc.sql("INSERT INTO requirement_counter (project_id, last_number) VALUES (?, ?)")
                .params(projectId, count).update();
    }

    private static void insertSurveys(JdbcClient jdbc, long projectId, long templateId, int surveys, int answers) {
        List<Long> questions = jdbc.sql("""
                        SELECT q.id FROM survey_template_question q JOIN survey_template_section s ON s.id = q.section_id
                        WHERE s.template_id = ? ORDER BY s.position, q.position""")
                .param(templateId).query(Long.class).list();
        int perSurvey = Math.min(questions.size(), (answers + surveys - 1) / surveys);
        int written = 0;
        for (int s = 1; s <= surveys; s++) {
            long surveyId = jdbc.sql("""
                            INSERT INTO survey (project_id, template_id, stakeholder_kind, stakeholder_group, survey_date,
                                participants, status, created_by)
                            VALUES (?, ?, 'BUSINESS', ?, ?, '科室主任、护士长、收费员', 'OPEN', 'benchmark') RETURNING id""")
                    .params(projectId, templateId, MODULES[s % MODULES.length] + "科室 " + s,
                            LocalDate.of(2026, 3, 1).plusDays(s))
                    .query(Long.class).single();
            for (int q = 0; q < perSurvey && written < answers; q++, written++) {
                jdbc.sql("""
                                INSERT INTO survey_answer (survey_id, question_id, answer_text, updated_by, updated_at)
                                VALUES (?, ?, ?, 'benchmark', now())""")
                        .params(surveyId, questions.get(q), q % 5 == 4 ? "一般"
                                : "目前主要靠纸质登记和电话沟通，每天约 300 人次，高峰时段患者平均等待 40 分钟；"
                                + "希望新系统能自动分诊并与医保实时结算对接。")
                        .update();
            }
        }
    }
}
