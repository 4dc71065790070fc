package io.luodi.support.timeline;

import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.support.improvement.ImprovementCategory;
import io.luodi.support.improvement.ImprovementForm;
import io.luodi.support.improvement.ImprovementManagement;
import io.luodi.support.improvement.ImprovementStatus;
import io.luodi.support.improvement.StatusChangeForm;
import io.luodi.support.revisit.OccurrenceForm;
import io.luodi.support.revisit.Recurrence;
import io.luodi.support.revisit.RevisitKind;
import io.luodi.support.revisit.RevisitManagement;
import io.luodi.support.revisit.RevisitPlanForm;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@WithPostgres
class RelationshipTimelineTests {

    @Autowired
    ProjectFixture fixture;
    @Autowired
    RelationshipTimeline timeline;
    @Autowired
    ImprovementManagement improvements;
    @Autowired
    RevisitManagement revisits;

    @Test
    void theTimelineListsRevisitsHeldAndImprovementsRaisedAndDoneNewestFirst() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long plan = revisits.create(pm, new RevisitPlanForm(RevisitKind.ON_SITE, Recurrence.ONCE,
                LocalDate.of(2020, 3, 1), "信息科 陈主任", project.pm().id(), null, null));
        revisits.record(pm, plan, new OccurrenceForm(revisits.detail(pm, plan).open().id(), LocalDate.of(2020, 3, 2),
                "整体满意。\n第二行", 4, List.of()));
        long raised = improvements.raise(project.access(project.customer()),
                new ImprovementForm("报表导出", null, ImprovementCategory.REPORTS, null, null, null));
        long done = improvements.raise(pm,
                new ImprovementForm("快捷键", null, ImprovementCategory.SHORTCUTS, "v2.0", null, null));
        for (ImprovementStatus status : List.of(ImprovementStatus.UNDER_REVIEW, ImprovementStatus.PLANNED,
                ImprovementStatus.IN_PROGRESS, ImprovementStatus.DONE)) {
            improvements.changeStatus(pm, done, new StatusChangeForm(status, null, null,
                    improvements.detail(pm, done).version()));
        }

        RelationshipTimeline.View view = timeline.timeline(project.consultant(), project.customer().organisationId());

        assertThat(view.projects()).extracting(p -> p.id()).containsExactly(project.id());
        assertThat(view.events()).extracting(e -> e.event().kind(), e -> e.event().title(), e -> e.event().detail())
                .containsExactly(
                        tuple("IMPROVEMENT_DONE", "快捷键", "v2.0"),
                        tuple("IMPROVEMENT_RAISED", "快捷键", project.pm().displayName()),
                        tuple("IMPROVEMENT_RAISED", "报表导出", project.customer().displayName()),
                        tuple("REVISIT_HELD_ON_SITE", "信息科 陈主任", "★★★★☆ 整体满意。"));
        assertThat(view.events().get(2).event().link())
                .isEqualTo("/projects/" + project.id() + "/improvements/" + raised);
        assertThat(view.events().get(3).event().link()).isEqualTo("/projects/" + project.id() + "/revisits/" + plan);
        assertThat(timeline.timeline(project.admin(), project.customer().organisationId()).events()).hasSize(4);
    }

    @Test
    void onlyImplementerStaffOnTheCustomersProjectsSeeTheTimeline() {
        TestProject project = fixture.create();
        long organisation = project.customer().organisationId();

        assertThat(timeline.timeline(project.pm(), organisation).organisationName()).endsWith("有限公司");
        assertThatThrownBy(() -> timeline.timeline(project.customer(), organisation))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timeline.timeline(project.outsider(), organisation))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timeline.timeline(project.pm(), project.otherCustomer().organisationId()))
                .isInstanceOf(NotFoundException.class);
    }
}
