package io.luodi.core.project;

import io.luodi.core.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final LocalDate GO_LIVE = LocalDate.of(2026, 5, 5);

    private static Project newProject() {
        return Project.open(new ProjectDetails("HIS", "市一院 HIS 上线", null, 1L, SystemType.HIS,
                ProjectStatus.ACTIVE, START, GO_LIVE));
    }

    @Test
    void opensWithSixPhasesPlannedInOrderUpToGoLiveAndBeyond() {
        Project project = newProject();

        assertThat(project.getPhases()).extracting(ProjectPhase::getPhase).containsExactly(Phase.values());
        assertThat(project.phase(Phase.REQUIREMENTS).getPlannedStart()).isEqualTo(START);
        assertThat(project.phase(Phase.TRAINING).getPlannedEnd()).isEqualTo(GO_LIVE.minusDays(1));
        assertThat(project.phase(Phase.GO_LIVE_SUPPORT).getPlannedStart()).isEqualTo(GO_LIVE);
        for (int i = 1; i < Phase.values().length; i++) {
            ProjectPhase previous = project.phase(Phase.values()[i - 1]);
            ProjectPhase next = project.phase(Phase.values()[i]);
            assertThat(next.getPlannedStart()).isAfter(previous.getPlannedEnd());
        }
        assertThat(project.getPhases()).allMatch(p -> p.getStatus() == PhaseStatus.NOT_STARTED);
    }

    @Test
    void opensOnAGoLiveOnItsFirstDayWithoutInvertedPhases() {
        Project project = Project.open(new ProjectDetails("X1", "x", null, 1L, SystemType.ERP,
                ProjectStatus.PLANNING, START, START));

        assertThat(project.getPhases()).allMatch(p -> !p.getPlannedEnd().isBefore(p.getPlannedStart()));
    }

    @Test
    void refusesAGoLiveBeforeTheStart() {
        assertThatThrownBy(() -> Project.open(new ProjectDetails("X1", "x", null, 1L, SystemType.ERP,
                ProjectStatus.PLANNING, GO_LIVE, START)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("field").isEqualTo("plannedGoLive");
    }

    @Test
    void movesAPhaseThroughItsStatusesAndRecordsActualDates() {
        Project project = newProject();

        project.startPhase(Phase.REQUIREMENTS, START);
        project.completePhase(Phase.REQUIREMENTS, START.plusDays(20));

        ProjectPhase phase = project.phase(Phase.REQUIREMENTS);
        assertThat(phase.getStatus()).isEqualTo(PhaseStatus.DONE);
        assertThat(phase.getActualStart()).isEqualTo(START);
        assertThat(phase.getActualEnd()).isEqualTo(START.plusDays(20));
        assertThat(project.currentPhase().getPhase()).isEqualTo(Phase.ENVIRONMENT);
    }

    @Test
    void refusesToCompleteAPhaseThatHasNotStarted() {
        Project project = newProject();

        assertThatThrownBy(() -> project.completePhase(Phase.TRAINING, START))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("phase.transition.illegal");
    }

    @Test
    void reopeningForgetsTheEndDate() {
        Project project = newProject();
        project.startPhase(Phase.ENVIRONMENT, START);
        project.completePhase(Phase.ENVIRONMENT, START.plusDays(3));

        project.reopenPhase(Phase.ENVIRONMENT);

        assertThat(project.phase(Phase.ENVIRONMENT).getStatus()).isEqualTo(PhaseStatus.IN_PROGRESS);
        assertThat(project.phase(Phase.ENVIRONMENT).getActualEnd()).isNull();
    }

    @Test
    void refusesPlannedDatesInTheWrongOrder() {
        Project project = newProject();

        assertThatThrownBy(() -> project.planPhase(Phase.TRAINING, GO_LIVE, START, null))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("field").isEqualTo("plannedEnd");
    }

    @Test
    void keepsTheLastProjectManager() {
        Project project = newProject();
        project.addMember(7L, ProjectRole.PROJECT_MANAGER);
        project.addMember(8L, ProjectRole.CONSULTANT);

        project.removeMember(8L);

        assertThatThrownBy(() -> project.removeMember(7L)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("member.last.manager");
        assertThat(project.getMembers()).hasSize(1);
    }

    @Test
    void refusesTheSameMemberTwice() {
        Project project = newProject();
        project.addMember(7L, ProjectRole.CONSULTANT);

        assertThatThrownBy(() -> project.addMember(7L, ProjectRole.PROJECT_MANAGER))
                .isInstanceOf(BusinessRuleException.class);
    }
}
