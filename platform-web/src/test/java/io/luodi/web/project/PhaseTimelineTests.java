package io.luodi.web.project;

import io.luodi.core.project.Phase;
import io.luodi.core.project.PhaseStatus;
import io.luodi.core.project.ProjectOverview.PhaseView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseTimelineTests {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static PhaseView phase(Phase phase, PhaseStatus status, LocalDate plannedStart, LocalDate plannedEnd,
                                   LocalDate actualStart, LocalDate actualEnd) {
        return new PhaseView(phase, status, plannedStart, plannedEnd, actualStart, actualEnd, null);
    }

    @Test
    void laysPhasesOutOnOneAxisFromTheEarliestToTheLatestDate() {
        PhaseTimeline timeline = PhaseTimeline.of(List.of(
                phase(Phase.REQUIREMENTS, PhaseStatus.DONE, JAN_1, JAN_1.plusDays(9), JAN_1, JAN_1.plusDays(19)),
                phase(Phase.ENVIRONMENT, PhaseStatus.NOT_STARTED, JAN_1.plusDays(10), JAN_1.plusDays(19), null, null)),
                JAN_1.plusDays(30));

        assertThat(timeline.from()).isEqualTo(JAN_1);
        assertThat(timeline.to()).isEqualTo(JAN_1.plusDays(19));
        assertThat(timeline.rows().get(0).planned()).isEqualTo(new PhaseTimeline.Bar(0, 500));
        assertThat(timeline.rows().get(0).actual()).isEqualTo(new PhaseTimeline.Bar(0, 1000));
        assertThat(timeline.rows().get(1).planned()).isEqualTo(new PhaseTimeline.Bar(500, 500));
        assertThat(timeline.rows().get(1).actual()).isNull();
        assertThat(timeline.todayX()).as("today is past the axis").isNull();
    }

    @Test
    void aPhaseInProgressRunsUntilToday() {
        PhaseTimeline timeline = PhaseTimeline.of(List.of(
                phase(Phase.REQUIREMENTS, PhaseStatus.IN_PROGRESS, JAN_1, JAN_1.plusDays(99), JAN_1, null)),
                JAN_1.plusDays(49));

        assertThat(timeline.rows().get(0).actual()).isEqualTo(new PhaseTimeline.Bar(0, 500));
        assertThat(timeline.todayX()).isEqualTo(490);
    }

    @Test
    void phasesWithoutDatesHaveNoBars() {
        PhaseTimeline timeline = PhaseTimeline.of(List.of(
                phase(Phase.TRAINING, PhaseStatus.NOT_STARTED, null, null, null, null)), JAN_1);

        assertThat(timeline.rows().get(0).planned()).isNull();
        assertThat(timeline.rows().get(0).actual()).isNull();
    }
}
