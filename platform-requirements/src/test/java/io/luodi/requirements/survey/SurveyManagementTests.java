package io.luodi.requirements.survey;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.SystemType;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.requirements.TemplateLibrary;
import io.luodi.requirements.template.TemplateSummary;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithPostgres
class SurveyManagementTests {

    /** Required yes/no 1.1; required 1.2 only if 1.1 is 是; required multiple choice 1.3; 1.4 only if B ticked. */
    private static final List<List<String>> CONDITIONAL = List.of(
            List.of("章节", "题号", "题目", "题型", "必填", "选项", "单位", "填写说明", "前置题号", "前置答案"),
            List.of("一、分院", "1.1", "是否有分院？", "是否", "是", "", "", "", "", ""),
            List.of("", "1.2", "分院数量", "数字", "是", "", "个", "", "1.1", "是"),
            List.of("", "1.3", "使用的系统", "多选", "是", "A|B|C", "", "", "", ""),
            List.of("", "1.4", "B 系统的厂商", "短文本", "是", "", "", "", "1.3", "B"));

    @Autowired
    SurveyManagement surveys;
    @Autowired
    TemplateLibrary library;
    @Autowired
    ProjectFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    TestProject project;
    ProjectAccess consultant;

    @BeforeEach
    void freshProject() {
        project = fixture.create();
        consultant = project.access(project.consultant());
    }

    private long hisTemplate() {
        return library.summaries(project.pm()).stream()
                .filter(t -> t.createdBy().equals("system") && t.systemType() == SystemType.HIS)
                .mapToLong(TemplateSummary::id).findFirst().orElseThrow();
    }

    private long conditionalTemplate() {
        long id = library.importQuestionList(project.pm(), "分院调研", SystemType.HIS, CONDITIONAL);
        library.publish(project.pm(), id);
        return id;
    }

    private SurveyDetails details(long templateId, StakeholderKind kind, String group) {
        return new SurveyDetails(templateId, kind, group, LocalDate.of(2026, 3, 12), "张主任（信息科主任）、刘工（网络管理员）",
                List.of(project.consultant().id()), null);
    }

    private long hisSurvey() {
        return surveys.create(consultant, details(hisTemplate(), StakeholderKind.IT, "信息科"));
    }

    /** Every question of the survey by code, read page by page as the fieldwork pages do. */
    private Map<String, QuestionView> questions(long surveyId) {
        Map<String, QuestionView> byCode = new LinkedHashMap<>();
        for (SectionProgress section : surveys.detail(consultant, surveyId).sections()) {
            surveys.section(consultant, surveyId, section.position()).questions()
                    .forEach(q -> byCode.put(q.code(), q));
        }
        return byCode;
    }

    private SaveOutcome save(long surveyId, String code, AnswerInput input) {
        return surveys.saveAnswer(consultant, surveyId, questions(surveyId).get(code).id(), input);
    }

    @Test
    void aNewSurveyIsListedWithItsTemplateConductorsProgressAndTheGapsInCoverage() {
        long id = hisSurvey();
        surveys.create(project.access(project.pm()), details(hisTemplate(), StakeholderKind.BUSINESS, "门诊部"));

        SurveyList list = surveys.list(project.access(project.pm()));

        assertThat(list.surveys()).extracting(SurveySummary::stakeholderGroup).containsExactlyInAnyOrder("信息科", "门诊部");
        SurveySummary it = list.surveys().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        assertThat(it.templateName()).isEqualTo("医院信息系统（HIS）需求调研表");
        assertThat(it.conductors()).containsExactly(project.consultant().displayName());
        assertThat(it.status()).isEqualTo(SurveyStatus.OPEN);
        assertThat(it.progress()).isEqualTo(new Progress(0, 20));
        assertThat(list.coverage()).extracting(StakeholderCoverage::kind, StakeholderCoverage::isGap)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StakeholderKind.IT, false),
                        org.assertj.core.groups.Tuple.tuple(StakeholderKind.BUSINESS, false),
                        org.assertj.core.groups.Tuple.tuple(StakeholderKind.LEADERSHIP, true),
                        org.assertj.core.groups.Tuple.tuple(StakeholderKind.OTHER, true));
        SurveyHeader header = surveys.detail(consultant, id).header();
        assertThat(header.participants()).isEqualTo("张主任（信息科主任）、刘工（网络管理员）");
        assertThat(header.createdBy()).isEqualTo(project.consultant().username());
    }

    @Test
    void onlyPublishedTemplatesAndTheProjectsImplementerMembersAreAccepted() {
        long draft = library.importQuestionList(project.pm(), "草稿模板", null, CONDITIONAL);

        assertThatThrownBy(() -> surveys.create(consultant, details(draft, StakeholderKind.IT, "信息科")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("survey.template.unpublished"));
        for (long notAConductor : List.of(project.outsider().id(), project.customer().id())) {
            SurveyDetails details = new SurveyDetails(hisTemplate(), StakeholderKind.IT, "信息科", LocalDate.now(), null,
                    List.of(notAConductor), null);
            assertThatThrownBy(() -> surveys.create(consultant, details))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.messageCode()).isEqualTo("survey.conductors.invalid");
                        assertThat(e.field()).isEqualTo("conductorIds");
                    });
        }
        assertThat(surveys.templateChoices(consultant)).extracting(TemplateSummary::id)
                .contains(hisTemplate()).doesNotContain(draft);
        assertThat(surveys.conductorChoices(consultant)).extracting(m -> m.userId())
                .containsExactlyInAnyOrder(project.pm().id(), project.consultant().id());
    }

    @Test
    void everyQuestionTypeIsSavedAndReadBack() {
        long id = hisSurvey();

        save(id, "1.1", AnswerInput.of(null, "三级甲等"));
        save(id, "1.2", AnswerInput.of(null, "１,２００"));
        save(id, "1.4", AnswerInput.of(null, "  本部和东院两个院区  ").withNote("东院 2027 年开业"));
        save(id, "1.5", AnswerInput.of(null, "是"));
        save(id, "2.1", AnswerInput.choices(null, List.of("自助机", "窗口挂号")));
        save(id, "2.3", AnswerInput.of(null, "缴费排队最长，\n高峰期 40 分钟。"));
        save(id, "3.2", AnswerInput.grid(null, List.of("8:00-17:00", "1200", "是", "", "", "", "24 小时", "", "否",
                "", "", "", "", "", "")));
        save(id, "5.1", AnswerInput.of(null, "一般"));
        save(id, "5.2", AnswerInput.of(null, "2026-10-01"));

        Map<String, QuestionView> q = questions(id);
        assertThat(q.get("1.1").answer().value().text()).isEqualTo("三级甲等");
        assertThat(q.get("1.2").answer().value().text()).isEqualTo("1200");
        assertThat(q.get("1.4").answer().value().text()).isEqualTo("本部和东院两个院区");
        assertThat(q.get("1.4").answer().note()).isEqualTo("东院 2027 年开业");
        assertThat(q.get("1.5").answer().value().text()).isEqualTo("是");
        assertThat(q.get("2.1").answer().value().choices()).as("in the template's order").containsExactly("窗口挂号", "自助机");
        assertThat(q.get("2.3").answer().value().text()).isEqualTo("缴费排队最长，\n高峰期 40 分钟。");
        AnswerValue grid = q.get("3.2").answer().value();
        assertThat(grid.gridCells()).hasSize(15);
        assertThat(grid.cell(0, 1, 3)).isEqualTo("1200");
        assertThat(grid.cell(2, 0, 3)).isEqualTo("24 小时");
        assertThat(q.get("5.1").answer().value().text()).isEqualTo("一般");
        assertThat(q.get("5.2").answer().value().text()).isEqualTo("2026-10-01");
        assertThat(q.get("1.1").answer().updatedBy()).isEqualTo(project.consultant().username());
        assertThat(q.get("1.1").answer().updatedByName()).isEqualTo(project.consultant().displayName());
        assertThat(q.get("1.1").answer().version()).isZero();
        assertThat(jdbc.queryForObject("select grid_cells[2] || '/' || grid_cells[7] from survey_answer where id = ?",
                String.class, q.get("3.2").answer().id())).as("row-major, as the schema says").isEqualTo("1200/24 小时");
    }

    @Test
    void anAnswerTheQuestionCannotHaveIsRefusedAndNothingIsStored() {
        long id = hisSurvey();

        assertRefused(id, "1.2", AnswerInput.of(null, "约800"), "survey.answer.number.invalid");
        assertRefused(id, "5.2", AnswerInput.of(null, "明年十月"), "survey.answer.date.invalid");
        assertRefused(id, "1.1", AnswerInput.of(null, "社区医院"), "survey.answer.option.unknown");
        assertRefused(id, "2.1", AnswerInput.choices(null, List.of("窗口挂号", "传真")), "survey.answer.option.unknown");
        assertRefused(id, "1.5", AnswerInput.of(null, "也许"), "survey.answer.option.unknown");

        assertThat(questions(id).values()).noneMatch(q -> q.answer().exists());
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where survey_id = ?", Long.class, id)).isZero();
    }

    private void assertRefused(long surveyId, String code, AnswerInput input, String messageCode) {
        assertThatThrownBy(() -> save(surveyId, code, input))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo(messageCode);
                    assertThat(e.field()).isEqualTo("value");
                });
    }

    @Test
    void progressCountsOnlyRequiredQuestionsWhoseConditionIsMet() {
        long id = surveys.create(consultant, details(conditionalTemplate(), StakeholderKind.IT, "信息科"));
        assertThat(surveys.detail(consultant, id).progress()).isEqualTo(new Progress(0, 2));

        SaveOutcome yes = save(id, "1.1", AnswerInput.of(null, "是"));
        assertThat(((SaveOutcome.Saved) yes).progress()).isEqualTo(new Progress(1, 3));
        assertThat(questions(id).get("1.2").asked()).isTrue();

        save(id, "1.1", AnswerInput.of(0L, "否"));
        assertThat(surveys.detail(consultant, id).progress()).isEqualTo(new Progress(1, 2));
        assertThat(questions(id).get("1.2").asked()).isFalse();

        SaveOutcome ticked = save(id, "1.3", AnswerInput.choices(null, List.of("A", "B")));
        assertThat(((SaveOutcome.Saved) ticked).sections()).singleElement()
                .satisfies(s -> assertThat(s.progress()).isEqualTo(new Progress(2, 3)));
        assertThat(surveys.detail(consultant, id).missing()).extracting(QuestionView::code).containsExactly("1.4");
    }

    @Test
    void aStaleVersionIsAConflictShowingBothAnswersAndKeepMineSavesOverTheirs() {
        long id = hisSurvey();
        long question = questions(id).get("1.4").id();
        ProjectAccess manager = project.access(project.pm());

        SaveOutcome first = surveys.saveAnswer(manager, id, question, AnswerInput.of(null, "两个院区"));
        assertThat(first.question().answer().version()).isZero();
        SaveOutcome second = surveys.saveAnswer(manager, id, question, AnswerInput.of(0L, "两个院区，东院在建"));
        assertThat(second.question().answer().version()).isEqualTo(1L);

        // The consultant had loaded version 0 and types something else: the same version twice.
        SaveOutcome stale = surveys.saveAnswer(consultant, id, question, AnswerInput.of(0L, "三个院区").withNote("含分院"));

        assertThat(stale).isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict -> {
            assertThat(conflict.question().answer().value().text()).isEqualTo("两个院区，东院在建");
            assertThat(conflict.question().answer().updatedByName()).isEqualTo(project.pm().displayName());
            assertThat(conflict.question().answer().updatedAt()).isNotNull();
            assertThat(conflict.question().answer().version()).isEqualTo(1L);
            assertThat(conflict.mine().text()).isEqualTo("三个院区");
            assertThat(conflict.myNote()).isEqualTo("含分院");
        });
        assertThat(jdbc.queryForObject("select answer_text from survey_answer where survey_id = ? and question_id = ?",
                String.class, id, question)).isEqualTo("两个院区，东院在建");

        SaveOutcome keptMine = surveys.saveAnswer(consultant, id, question,
                AnswerInput.of(1L, "三个院区").withNote("含分院"));
        assertThat(keptMine).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(keptMine.question().answer().version()).isEqualTo(2L);
        assertThat(keptMine.question().answer().updatedBy()).isEqualTo(project.consultant().username());
        assertThat(jdbc.queryForObject("select answer_text from survey_answer where survey_id = ? and question_id = ?",
                String.class, id, question)).isEqualTo("三个院区");
    }

    @Test
    void aFirstAnswerSavedByTwoConsultantsAtOnceIsAConflictForOneOfThem() throws Exception {
        long id = hisSurvey();
        long question = questions(id).get("1.4").id();
        ProjectAccess manager = project.access(project.pm());
        List<Callable<SaveOutcome>> saves = List.of(
                () -> surveys.saveAnswer(consultant, id, question, AnswerInput.of(null, "一个院区")),
                () -> surveys.saveAnswer(manager, id, question, AnswerInput.of(null, "两个院区")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<SaveOutcome> outcomes = new ArrayList<>();
        try {
            for (Future<SaveOutcome> outcome : pool.invokeAll(saves)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes).filteredOn(SaveOutcome.Saved.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(SaveOutcome.Conflict.class::isInstance).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where survey_id = ?", Long.class, id))
                .isOne();
    }

    @Test
    void savingTheSameAnswerAgainNeitherConflictsNorWrites() {
        long id = hisSurvey();
        save(id, "1.5", AnswerInput.of(null, "是"));

        SaveOutcome again = save(id, "1.5", AnswerInput.of(null, "是"));

        assertThat(again).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(again.question().answer().version()).isZero();
    }

    @Test
    void completingWithRequiredQuestionsUnansweredNeedsConfirmationAndFreezesTheAnswers() {
        long id = surveys.create(consultant, details(conditionalTemplate(), StakeholderKind.IT, "信息科"));
        save(id, "1.1", AnswerInput.of(null, "否"));

        assertThatThrownBy(() -> surveys.complete(consultant, id, false))
                .isInstanceOfSatisfying(MissingAnswersException.class, e -> assertThat(e.missing()).isEqualTo(1));
        assertThat(surveys.detail(consultant, id).header().status()).isEqualTo(SurveyStatus.OPEN);

        surveys.complete(consultant, id, true);
        assertThat(surveys.detail(consultant, id).header().status()).isEqualTo(SurveyStatus.COMPLETED);
        assertThatThrownBy(() -> save(id, "1.3", AnswerInput.choices(null, List.of("A"))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("survey.completed.readonly"));

        surveys.reopen(consultant, id);
        assertThat(save(id, "1.3", AnswerInput.choices(null, List.of("A")))).isInstanceOf(SaveOutcome.Saved.class);
        surveys.complete(consultant, id, false);
        assertThat(surveys.detail(consultant, id).header().status()).isEqualTo(SurveyStatus.COMPLETED);
    }

    @Test
    void aChangeMadeMeanwhileToTheSurveysParticularsIsNotOverwritten() {
        long id = hisSurvey();
        SurveyDetails opened = surveys.detail(consultant, id).header().details();
        surveys.update(project.access(project.pm()), id, new SurveyDetails(null, StakeholderKind.IT, "信息中心",
                opened.surveyDate(), opened.participants(), List.of(project.pm().id()), opened.version()));

        SurveyDetails stale = new SurveyDetails(null, StakeholderKind.BUSINESS, "信息科", opened.surveyDate(), null,
                opened.conductorIds(), opened.version());
        assertThatThrownBy(() -> surveys.update(consultant, id, stale))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("survey.changed.meanwhile"));
        SurveyHeader header = surveys.detail(consultant, id).header();
        assertThat(header.stakeholderGroup()).isEqualTo("信息中心");
        assertThat(header.conductorNames()).containsExactly(project.pm().displayName());
    }

    @Test
    void customersAndOtherProjectsSeeNoSurvey() {
        long id = hisSurvey();
        long question = questions(id).get("1.4").id();
        ProjectAccess customer = project.access(project.customer());
        TestProject other = fixture.create();
        ProjectAccess otherProject = other.access(other.pm());

        assertThatThrownBy(() -> surveys.list(customer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.detail(customer, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.saveAnswer(customer, id, question, AnswerInput.of(null, "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.create(customer, details(hisTemplate(), StakeholderKind.IT, "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.detail(otherProject, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.section(otherProject, id, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.saveAnswer(otherProject, id, question, AnswerInput.of(null, "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.complete(otherProject, id, true)).isInstanceOf(NotFoundException.class);
        long otherSurvey = surveys.create(otherProject, new SurveyDetails(conditionalTemplate(), StakeholderKind.IT,
                "信息科", LocalDate.now(), null, List.of(other.pm().id()), null));
        long otherQuestion = surveys.section(otherProject, otherSurvey, 1).questions().get(0).id();
        assertThatThrownBy(() -> surveys.saveAnswer(consultant, id, otherQuestion, AnswerInput.of(null, "是")))
                .as("a question of another template").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.section(consultant, id, 99)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAnswerIsDescribedForTraceabilityOnlyWithinItsProject() {
        long id = hisSurvey();
        save(id, "3.2", AnswerInput.grid(null, List.of("8:00-17:00", "1200", "是", "", "", "", "", "", "", "", "", "",
                "", "", "")));
        save(id, "4.6", AnswerInput.of(null, "否"));
        Map<String, QuestionView> q = questions(id);
        long grid = q.get("3.2").answer().id();
        long yesNo = q.get("4.6").answer().id();

        AnswerReference reference = surveys.describeAnswer(project.id(), grid).orElseThrow();

        assertThat(reference).isEqualTo(new AnswerReference(grid, id, "信息科 2026-03-12", "3.2", "药房设置情况",
                "门诊西药房: 服务时间=8:00-17:00; 日均处方量=1200; 是否使用自动发药机=是"));
        assertThat(surveys.describeAnswers(project.id(), List.of(yesNo, grid, 0L)))
                .extracting(AnswerReference::answerId, AnswerReference::answerSummary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(yesNo, "否"),
                        org.assertj.core.groups.Tuple.tuple(grid, reference.answerSummary()));
        assertThat(surveys.describeAnswer(fixture.create().id(), grid)).isEmpty();
    }
}
