package io.luodi.core.project;

import java.time.LocalDate;
import java.util.List;

/**
 * A project with its phases and members, read in one transaction for the overview page and the API. Internal
 * notes are blank unless the reader is on the implementer's side.
 */
public record ProjectOverview(ProjectSummary project, String description, long version, Long customerOrganisationId,
                              List<PhaseView> phases, List<MemberView> members) {

    public record PhaseView(Phase phase, PhaseStatus status, LocalDate plannedStart, LocalDate plannedEnd,
                            LocalDate actualStart, LocalDate actualEnd, String internalNote) {
    }

    public record MemberView(long userId, String username, String displayName, ProjectRole role) {
    }

    public PhaseView phase(Phase phase) {
        return phases.stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
    }

    /** The first phase not yet done, or the last one once all are. */
    public PhaseView currentPhase() {
        return phases.stream().filter(p -> p.status() != PhaseStatus.DONE).findFirst()
                .orElse(phases.get(phases.size() - 1));
    }
}
