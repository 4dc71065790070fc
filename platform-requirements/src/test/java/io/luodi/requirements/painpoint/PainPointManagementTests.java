package io.luodi.requirements.painpoint;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.requirements.AnswerFixture;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.requirements.requirement.RequirementForm;
import io.luodi.requirements.requirement.RequirementManagement;
import io.luodi.requirements.requirement.RequirementSource;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithPostgres
class PainPointManagementTests {

    @Autowired
    ProjectFixture fixture;
    @Autowired
    AnswerFixture answers;
    @Autowired
    PainPointManagement painPoints;
    @Autowired
    RequirementManagement requirements;

    private static PainPointForm form(String title, String process, Severity severity, Frequency frequency) {
        return new PainPointForm(title, title + "，影响患者体验", process, severity, frequency, null, null);
    }

    @Test
    void theListShowsTheWorstFirstAndFiltersBySeverityAndProcess() {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.consultant());
        painPoints.create(access, form("月底报表手工汇总", "统计报表", Severity.MEDIUM, Frequency.MONTHLY));
        painPoints.create(access, form("缴费排队时间长", "门诊收费", Severity.CRITICAL, Frequency.DAILY));
        painPoints.create(access, form("退费需要多次签字", "门诊收费", Severity.HIGH, Frequency.WEEKLY));
        painPoints.create(access, form("医保对账不平", "医保结算", Severity.CRITICAL, Frequency.MONTHLY));

        assertThat(painPoints.list(access, new PainPointFilter(null, null))).extracting(PainPointSummary::title)
                .containsExactly("缴费排队时间长", "医保对账不平", "退费需要多次签字", "月底报表手工汇总");
        assertThat(painPoints.list(access, new PainPointFilter(Severity.CRITICAL, null)))
                .extracting(PainPointSummary::title).containsExactly("缴费排队时间长", "医保对账不平");
        assertThat(painPoints.list(access, new PainPointFilter(null, "门诊收费")))
                .extracting(PainPointSummary::title).containsExactly("缴费排队时间长", "退费需要多次签字");
        assertThat(painPoints.processes(access)).containsExactly("医保结算", "统计报表", "门诊收费");
    }

    @Test
    void aPainPointFromAnAnswerShowsTheQuestionAndTheAnswer() {
        TestProject project = fixture.create();
        TestProject other = fixture.create();
        ProjectAccess access = project.access(project.consultant());
        long answer = answers.answer(project.id(), "门诊部", "2.3", "缴费窗口高峰排队 40 分钟，自助机经常故障");
        long foreignAnswer = answers.answer(other.id(), "门诊部", "2.3", "别的医院");

        long id = painPoints.create(access, new PainPointForm("缴费排队", null, "门诊收费", Severity.HIGH,
                Frequency.DAILY, answer, null));

        PainPointDetail detail = painPoints.detail(access, id);
        assertThat(detail.answer().questionCode()).isEqualTo("2.3");
        assertThat(detail.answer().questionText()).isEqualTo(answers.questionText("2.3"));
        assertThat(detail.answer().answerSummary()).isEqualTo("缴费窗口高峰排队 40 分钟，自助机经常故障");
        assertThat(detail.answer().surveyLabel()).isEqualTo("门诊部 2026-03-12");
        assertThat(painPoints.list(access, new PainPointFilter(null, null)).get(0).fromAnswer()).isTrue();
        assertThatThrownBy(() -> painPoints.answer(access, foreignAnswer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> painPoints.create(access, new PainPointForm("x", null, "门诊", Severity.LOW,
                Frequency.RARELY, foreignAnswer, null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRequirementCreatedFromAPainPointIsTracedToItAndKeepsItFromBeingDeleted() {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.consultant());
        long id = painPoints.create(access, form("处方无法电子流转", "药房发药", Severity.HIGH, Frequency.DAILY));

        RequirementForm draft = requirements.draft(access, RequirementSource.Kind.PAIN_POINT, id);
        long requirement = requirements.create(access, draft);

        assertThat(draft.title()).isEqualTo("处方无法电子流转");
        assertThat(draft.category()).isEqualTo("药房发药");
        assertThat(draft.description()).isEqualTo("处方无法电子流转，影响患者体验");
        assertThat(painPoints.detail(access, id).requirements())
                .extracting(PainPointDetail.TracedRequirement::id, PainPointDetail.TracedRequirement::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(requirement, "REQ-001"));
        assertThatThrownBy(() -> painPoints.delete(access, id, 0L))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).arguments()).isEqualTo(new Object[]{"REQ-001"});

        requirements.removeSource(access, requirement, RequirementSource.Kind.PAIN_POINT, id);
        painPoints.delete(access, id, 0L);
        assertThatThrownBy(() -> painPoints.detail(access, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void editsCheckTheVersionTheFormWasLoadedAt() {
        TestProject project = fixture.create();
        ProjectAccess access = project.access(project.pm());
        long id = painPoints.create(access, form("挂号号源不透明", "门诊挂号", Severity.MEDIUM, Frequency.WEEKLY));
        PainPointForm loaded = painPoints.detail(access, id).toForm();

        painPoints.update(access, id, new PainPointForm("挂号号源不透明", "患者看不到余号", "门诊挂号", Severity.HIGH,
                Frequency.DAILY, null, loaded.version()));

        assertThatThrownBy(() -> painPoints.update(access, id, loaded))
                .extracting(e -> ((BusinessRuleException) e).messageCode()).isEqualTo("painPoint.stale");
        assertThat(painPoints.detail(access, id).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void painPointsDoNotExistForCustomersOrOtherProjects() {
        TestProject project = fixture.create();
        TestProject other = fixture.create();
        long id = painPoints.create(project.access(project.consultant()),
                form("病历书写重复录入", "电子病历", Severity.HIGH, Frequency.DAILY));

        ProjectAccess customer = project.access(project.customer());
        assertThatThrownBy(() -> painPoints.list(customer, new PainPointFilter(null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> painPoints.detail(customer, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> painPoints.create(customer, form("x", "y", Severity.LOW, Frequency.RARELY)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> painPoints.detail(other.access(other.pm()), id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requirements.draft(other.access(other.pm()), RequirementSource.Kind.PAIN_POINT, id))
                .isInstanceOf(NotFoundException.class);
    }
}
