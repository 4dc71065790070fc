package io.luodi.support.improvement;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@WithPostgres
class ImprovementManagementTests {

    @Autowired
    ProjectFixture fixture;
    @Autowired
    ImprovementManagement improvements;
    @Autowired
    JdbcClient jdbc;

    static ImprovementForm suggestion(String title, ImprovementCategory category) {
        return new ImprovementForm(title, "每次都要翻三页才能找到。", category, "v2.1", "内部：工作量约 3 人天", null);
    }

    @Test
    void aCustomerRaisesAnImprovementAndIsRecordedAsTheCustomerSide() {
        TestProject project = fixture.create();
        ProjectAccess customer = project.access(project.customer());

        long id = improvements.raise(customer, suggestion("报销单列表增加快捷筛选", ImprovementCategory.SHORTCUTS));

        ImprovementDetail detail = improvements.detail(project.access(project.consultant()), id);
        assertThat(detail.status()).isEqualTo(ImprovementStatus.PROPOSED);
        assertThat(detail.raisedByName()).isEqualTo(project.customer().displayName());
        assertThat(detail.raisedBySide()).isEqualTo(OrganisationKind.CUSTOMER);
        // Customers do not set the implementer's fields.
        assertThat(detail.targetRelease()).isNull();
        assertThat(detail.internalNote()).isNull();
        assertThat(detail.history()).extracting(ImprovementDetail.StatusChangeView::to)
                .containsExactly(ImprovementStatus.PROPOSED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'improvement' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyoneVotesOnceAndASecondClickTakesTheVoteBack() {
        TestProject project = fixture.create();
        long id = improvements.raise(project.access(project.consultant()),
                suggestion("审批页面一键通过", ImprovementCategory.APPROVAL_FLOW));

        assertThat(improvements.toggleVote(project.access(project.customer()), id))
                .extracting(VoteView::votes, VoteView::votedByMe).containsExactly(1, true);
        assertThat(improvements.toggleVote(project.access(project.pm()), id).votes()).isEqualTo(2);
        assertThat(improvements.toggleVote(project.access(project.customer()), id))
                .extracting(VoteView::votes, VoteView::votedByMe).containsExactly(1, false);
        assertThat(improvements.toggleVote(project.access(project.customer()), id).votes()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM improvement_vote WHERE improvement_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theBacklogListsMostVotesFirstAndFiltersByStatusAndCategory() {
        TestProject project = fixture.create();
        ProjectAccess consultant = project.access(project.consultant());
        long report = improvements.raise(consultant, suggestion("月报导出 Excel", ImprovementCategory.REPORTS));
        long speed = improvements.raise(consultant, suggestion("首页加载太慢", ImprovementCategory.PERFORMANCE));
        long keys = improvements.raise(consultant, suggestion("增加快捷键", ImprovementCategory.SHORTCUTS));
        improvements.toggleVote(project.access(project.customer()), speed);
        improvements.toggleVote(project.access(project.pm()), speed);
        improvements.toggleVote(project.access(project.customer()), report);
        improvements.changeStatus(consultant, keys,
                new StatusChangeForm(ImprovementStatus.UNDER_REVIEW, null, null, 0L));

        assertThat(improvements.list(project.access(project.customer()), null, null))
                .extracting(ImprovementSummary::id, ImprovementSummary::votes)
                .containsExactly(tuple(speed, 2), tuple(report, 1), tuple(keys, 0));
        assertThat(improvements.list(consultant, ImprovementStatus.UNDER_REVIEW, null))
                .extracting(ImprovementSummary::id).containsExactly(keys);
        assertThat(improvements.list(consultant, null, ImprovementCategory.REPORTS))
                .extracting(ImprovementSummary::id).containsExactly(report);
        assertThat(improvements.list(consultant, ImprovementStatus.DONE, ImprovementCategory.REPORTS)).isEmpty();
    }

    @Test
    void theStatusMovesStepByStepWithHistoryAndDecliningNeedsAReason() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long id = improvements.raise(project.access(project.customer()),
                suggestion("凭证打印支持批量", ImprovementCategory.OTHER));

        assertThatThrownBy(() -> improvements.changeStatus(pm, id,
                new StatusChangeForm(ImprovementStatus.DONE, null, null, 0L)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("improvement.status.illegal"));
        assertThatThrownBy(() -> improvements.changeStatus(pm, id,
                new StatusChangeForm(ImprovementStatus.DECLINED, "  ", null, 0L)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("improvement.declineReason.missing");
                    assertThat(e.field()).isEqualTo("reason");
                });

        improvements.changeStatus(pm, id, new StatusChangeForm(ImprovementStatus.UNDER_REVIEW, null, null, 0L));
        improvements.changeStatus(pm, id, new StatusChangeForm(ImprovementStatus.PLANNED, null, "v2.3", 1L));
        improvements.changeStatus(pm, id, new StatusChangeForm(ImprovementStatus.IN_PROGRESS, null, null, 2L));
        improvements.changeStatus(pm, id, new StatusChangeForm(ImprovementStatus.DONE, null, null, 3L));

        ImprovementDetail done = improvements.detail(project.access(project.customer()), id);
        assertThat(done.status()).isEqualTo(ImprovementStatus.DONE);
        assertThat(done.targetRelease()).isEqualTo("v2.3");
        assertThat(done.doneAt()).isNotNull();
        assertThat(done.history()).extracting(ImprovementDetail.StatusChangeView::from,
                        ImprovementDetail.StatusChangeView::to)
                .containsExactly(tuple(null, ImprovementStatus.PROPOSED),
                        tuple(ImprovementStatus.PROPOSED, ImprovementStatus.UNDER_REVIEW),
                        tuple(ImprovementStatus.UNDER_REVIEW, ImprovementStatus.PLANNED),
                        tuple(ImprovementStatus.PLANNED, ImprovementStatus.IN_PROGRESS),
                        tuple(ImprovementStatus.IN_PROGRESS, ImprovementStatus.DONE));
        assertThatThrownBy(() -> improvements.toggleVote(project.access(project.customer()), id))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("improvement.vote.closed"));

        long other = improvements.raise(pm, suggestion("换肤", ImprovementCategory.UI_INTERACTION));
        improvements.changeStatus(pm, other, new StatusChangeForm(ImprovementStatus.DECLINED, "与集团视觉规范冲突", null, 0L));
        assertThat(improvements.detail(project.access(project.customer()), other))
                .extracting(ImprovementDetail::status, ImprovementDetail::declineReason)
                .containsExactly(ImprovementStatus.DECLINED, "与集团视觉规范冲突");
    }

    @Test
    void customersNeitherChangeStatusNorEditNorSeeTheInternalNote() {
        TestProject project = fixture.create();
        long id = improvements.raise(project.access(project.consultant()),
                suggestion("报表增加部门维度", ImprovementCategory.REPORTS));
        ProjectAccess customer = project.access(project.customer());

        assertThat(improvements.detail(customer, id).internalNote()).isNull();
        assertThat(improvements.detail(project.access(project.pm()), id).internalNote()).isEqualTo("内部：工作量约 3 人天");
        assertThatThrownBy(() -> improvements.changeStatus(customer, id,
                new StatusChangeForm(ImprovementStatus.UNDER_REVIEW, null, null, 0L)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> improvements.update(customer, id,
                suggestion("改个标题", ImprovementCategory.REPORTS)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> project.access(project.otherCustomer())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEditFromAStaleFormIsRefused() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long id = improvements.raise(pm, suggestion("移动端审批", ImprovementCategory.APPROVAL_FLOW));
        ImprovementForm loaded = improvements.detail(pm, id).toForm();
        improvements.changeStatus(pm, id, new StatusChangeForm(ImprovementStatus.UNDER_REVIEW, null, null, 0L));

        assertThatThrownBy(() -> improvements.update(pm, id, loaded))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("improvement.stale"));
    }
}
