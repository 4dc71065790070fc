package io.luodi.support.revisit;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@WithPostgres
class RevisitManagementTests {

    @Autowired
    ProjectFixture fixture;
    @Autowired
    RevisitManagement revisits;
    @Autowired
    Clock clock;

    static RevisitPlanForm monthly(long ownerId, LocalDate first) {
        return new RevisitPlanForm(RevisitKind.ON_SITE, Recurrence.MONTHLY, first, "信息科 陈主任", ownerId,
                "了解系统使用情况，收集优化建议", null);
    }

    @Test
    void recordingAnOccurrenceSchedulesTheNextOneByTheRecurrenceEvenAtMonthEnd() {
        TestProject project = fixture.create();
        ProjectAccess consultant = project.access(project.consultant());
        long id = revisits.create(consultant, monthly(project.consultant().id(), LocalDate.of(2026, 1, 31)));
        RevisitDetail plan = revisits.detail(consultant, id);
        assertThat(plan.open().dueOn()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(plan.ownerName()).isEqualTo(project.consultant().displayName());

        revisits.record(consultant, id, new OccurrenceForm(plan.open().id(), LocalDate.of(2026, 2, 2),
                "客户反馈报销流程顺畅。\n希望增加报表。", 4,
                List.of(new OccurrenceForm.FollowUpRow("整理报表需求", "李强", LocalDate.of(2026, 2, 10)),
                        new OccurrenceForm.FollowUpRow(" ", "", null))));

        RevisitDetail after = revisits.detail(consultant, id);
        assertThat(after.open().dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(after.open().number()).isEqualTo(2);
        assertThat(after.held()).singleElement().satisfies(held -> {
            assertThat(held.heldOn()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(held.satisfaction()).isEqualTo(4);
            assertThat(held.followUps()).extracting(RevisitDetail.FollowUpView::text, RevisitDetail.FollowUpView::done)
                    .containsExactly(tuple("整理报表需求", false));
        });

        revisits.record(consultant, id, new OccurrenceForm(after.open().id(), LocalDate.of(2026, 3, 1), null, null,
                List.of()));
        assertThat(revisits.detail(consultant, id).open().dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aOneOffRevisitHasNothingLeftOnceHeld() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long id = revisits.create(pm, new RevisitPlanForm(RevisitKind.PHONE, Recurrence.ONCE,
                LocalDate.of(2026, 2, 1), "财务部 赵经理", project.pm().id(), null, null));

        revisits.record(pm, id, new OccurrenceForm(revisits.detail(pm, id).open().id(), LocalDate.of(2026, 2, 1),
                "电话回访完成", 5, List.of()));

        assertThat(revisits.detail(pm, id).open()).isNull();
        assertThat(revisits.list(pm)).singleElement().satisfies(summary -> {
            assertThat(summary.nextDueOn()).isNull();
            assertThat(summary.lastSatisfaction()).isEqualTo(5);
        });
    }

    @Test
    void theListHighlightsOverdueAndDueWithinAWeek() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        LocalDate today = LocalDate.now(clock);
        long later = revisits.create(pm, monthly(project.pm().id(), today.plusDays(20)));
        long soon = revisits.create(pm, monthly(project.pm().id(), today.plusDays(3)));
        long overdue = revisits.create(pm, monthly(project.consultant().id(), today.minusDays(1)));

        assertThat(revisits.list(pm)).extracting(RevisitSummary::id, RevisitSummary::dueState)
                .containsExactly(tuple(overdue, DueState.OVERDUE), tuple(soon, DueState.DUE_SOON),
                        tuple(later, DueState.LATER));
    }

    @Test
    void theOwnerMustBeAnImplementerMemberOfTheProject() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());

        for (long notAnOwner : new long[]{project.customer().id(), project.outsider().id()}) {
            assertThatThrownBy(() -> revisits.create(pm, monthly(notAnOwner, LocalDate.of(2026, 4, 1))))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.field()).isEqualTo("ownerUserId");
                        assertThat(e.messageCode()).isEqualTo("revisit.owner.notMember");
                    });
        }
    }

    @Test
    void customersNeverSeeRevisits() {
        TestProject project = fixture.create();
        long id = revisits.create(project.access(project.pm()), monthly(project.pm().id(), LocalDate.of(2026, 4, 1)));
        ProjectAccess customer = project.access(project.customer());

        assertThatThrownBy(() -> revisits.list(customer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revisits.detail(customer, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revisits.create(customer, monthly(project.pm().id(), LocalDate.of(2026, 4, 1))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSecondRecordingOfTheSameOccurrenceAndAStalePlanEditAreRefused() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long id = revisits.create(pm, monthly(project.pm().id(), LocalDate.of(2026, 1, 15)));
        RevisitDetail loaded = revisits.detail(pm, id);
        OccurrenceForm held = new OccurrenceForm(loaded.open().id(), LocalDate.of(2026, 1, 15), "第一次", 3, List.of());
        revisits.record(pm, id, held);

        assertThatThrownBy(() -> revisits.record(pm, id, held))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("revisit.occurrence.stale"));
        assertThatThrownBy(() -> revisits.update(pm, id, loaded.toForm()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("revisit.stale"));
        assertThatThrownBy(() -> revisits.record(pm, id, new OccurrenceForm(revisits.detail(pm, id).open().id(),
                LocalDate.now(clock).plusDays(1), null, null, List.of())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("revisit.heldOn.future"));
    }

    @Test
    void changingThePlanMovesTheOpenOccurrenceAndFollowUpsAreTickedOff() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long id = revisits.create(pm, monthly(project.pm().id(), LocalDate.of(2026, 1, 10)));
        revisits.record(pm, id, new OccurrenceForm(revisits.detail(pm, id).open().id(), LocalDate.of(2026, 1, 10),
                null, 2, List.of(new OccurrenceForm.FollowUpRow("修复打印模板", "王芳", LocalDate.of(2026, 1, 20)))));
        RevisitDetail plan = revisits.detail(pm, id);

        revisits.update(pm, id, new RevisitPlanForm(RevisitKind.VIDEO, Recurrence.QUARTERLY, plan.firstDueOn(),
                plan.contactPerson(), project.consultant().id(), plan.purpose(), plan.version()));
        RevisitDetail changed = revisits.detail(pm, id);
        assertThat(changed.open().dueOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(changed.ownerUserId()).isEqualTo(project.consultant().id());

        long followUp = changed.held().get(0).followUps().get(0).id();
        revisits.markFollowUp(pm, id, followUp, true);
        assertThat(revisits.detail(pm, id).followUp(followUp).done()).isTrue();
    }
}
