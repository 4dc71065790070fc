package io.luodi.web.benchmark;

import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.TemplateLibrary;
import io.luodi.requirements.requirement.RequirementExports;
import io.luodi.requirements.requirement.RequirementQuery;
import io.luodi.requirements.scope.ScopeManagement;
import io.luodi.requirements.survey.SurveyExports;
import io.luodi.web.LuodiWebTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export benchmark of docs/benchmarks.md: a project of 2,000 requirements, 30 surveys and 1,500 answers
 * exported to Word and Excel, each timed and weighed beside a plain POI write of the same cells; and the
 * requirement list once more at 20,000 rows to show that the streamed workbook's memory does not grow with rows.
 * Runs only with {@code -Pbenchmark}; it measures, it asserts nothing about speed.
 */
@LuodiWebTest
@Tag("benchmark")
class ExportBenchmark {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final int WARM_UPS = 2;
    private static final int RUNS = 5;

    @Autowired
    OrganisationManagement organisations;
    @Autowired
    ProjectManagement projects;
    @Autowired
    ProjectAccessPolicy accessPolicy;
    @Autowired
    UserManagement users;
    @Autowired
    TemplateLibrary library;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ScopeManagement scope;
    @Autowired
    RequirementExports requirementExports;
    @Autowired
    SurveyExports surveyExports;

    private record Result(String name, Measurement export, Measurement baseline) {
    }

    @Test
    void exportsOfALargeProject() throws IOException {
        CurrentUser admin = CurrentUser.of(users.findByUsername("admin").orElseThrow());
        BenchmarkProject.Figures project = BenchmarkProject.create(admin, "BENCH2K", 2_000, 30, 1_500,
                organisations, projects, library, jdbc, transaction);
        BenchmarkProject.Figures large = BenchmarkProject.create(admin, "BENCH20K", 20_000, 1, 10,
                organisations, projects, library, jdbc, transaction);
        ProjectAccess access = accessPolicy.require(admin, project.projectId());
        ProjectAccess largeAccess = accessPolicy.require(admin, large.projectId());

        List<List<String>> requirementCells = requirementCells(project.projectId());
        List<List<String>> answerCells = answerCells(project.projectId());
        List<Result> results = new ArrayList<>();
        results.add(measure("Scope statement, 2,000 requirements (.docx)",
                () -> scope.exportDraft(access, CHINESE).content(),
                () -> PlainPoi.document(requirementCells)));
        results.add(measure("Requirement list, 2,000 rows (.xlsx)",
                () -> requirementExports.requirementList(access, RequirementQuery.all(), CHINESE),
                () -> PlainPoi.workbook(List.of(requirementCells))));
        results.add(measure("Survey answers, 30 surveys / 1,500 answers (.xlsx)",
                () -> surveyExports.projectAnswers(access, "BENCH2K", CHINESE).content(),
                () -> PlainPoi.workbook(List.of(answerCells))));
        List<List<String>> largeCells = requirementCells(large.projectId());
        results.add(measure("Requirement list, 20,000 rows (.xlsx)",
                () -> requirementExports.requirementList(largeAccess, RequirementQuery.all(), CHINESE),
                () -> PlainPoi.workbook(List.of(largeCells))));

        String report = report(results);
        System.out.println(report);
        Path file = Path.of("target", "benchmarks", "exports.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        assertThat(results).allSatisfy(r -> assertThat(r.export().fileBytes()).isPositive());
    }

    private static Result measure(String name, Supplier<byte[]> export, Supplier<byte[]> baseline) {
        return new Result(name, median(export), median(baseline));
    }

    /** The run of median time after warm-ups, carrying the largest peak heap seen over all runs. */
    private static Measurement median(Supplier<byte[]> work) {
        for (int i = 0; i < WARM_UPS; i++) {
            work.get();
        }
        List<Measurement> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(Measurement.of(work));
        }
        long peak = runs.stream().mapToLong(Measurement::peakLiveHeapBytes).max().orElse(0);
        Measurement middle = runs.stream().sorted(Comparator.comparingLong(Measurement::millis)).toList()
                .get(RUNS / 2);
        return new Measurement(middle.millis(), middle.allocatedBytes(), peak, middle.fileBytes());
    }

    private List<List<String>> requirementCells(long projectId) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("编号", "标题", "描述", "模块", "优先级", "状态", "范围", "验收标准"));
        rows.addAll(jdbc.sql("""
                        SELECT number, title, description, category, priority, status, in_scope, acceptance_criteria
                        FROM requirement WHERE project_id = ? ORDER BY number""")
                .param(projectId)
                .query((rs, n) -> List.of("REQ-" + rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list());
        return rows;
    }

    private List<List<String>> answerCells(long projectId) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("调研", "题号", "题目", "答案", "记录人", "记录日期"));
        rows.addAll(jdbc.sql("""
                        SELECT s.stakeholder_group, q.code, q.text, a.answer_text, a.updated_by, a.updated_at::date
                        FROM survey_answer a JOIN survey s ON s.id = a.survey_id
                        JOIN survey_template_question q ON q.id = a.question_id
                        WHERE s.project_id = ? ORDER BY s.id, q.id""")
                .param(projectId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list());
        return rows;
    }

    private static String report(List<Result> results) {
        StringBuilder table = new StringBuilder("""
                | export | time | baseline time | ratio | peak live heap | baseline peak | allocated | file |
                |---|---:|---:|---:|---:|---:|---:|---:|
                """);
        for (Result r : results) {
            table.append("| %s | %d ms | %d ms | %.1f× | %s | %s | %s | %s |%n".formatted(r.name(),
                    r.export().millis(), r.baseline().millis(),
                    (double) r.export().millis() / Math.max(1, r.baseline().millis()),
                    megabytes(r.export().peakLiveHeapBytes()), megabytes(r.baseline().peakLiveHeapBytes()),
                    megabytes(r.export().allocatedBytes()), "%d KB".formatted(r.export().fileBytes() / 1024)));
        }
        return table.toString();
    }

    private static String megabytes(long bytes) {
        return "%.1f MB".formatted(bytes / 1024.0 / 1024.0);
    }
}
