package io.luodi.web.api;

import io.luodi.core.project.Phase;
import io.luodi.core.project.PhaseStatus;
import io.luodi.core.project.ProjectOverview;
import io.luodi.core.project.ProjectStatus;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.project.SystemType;

import java.time.LocalDate;
import java.util.List;

/** A project as the API returns it; phases only in the single-project read. */
record ApiProject(long id, String code, String name, String customer, SystemType systemType, ProjectStatus status,
                  LocalDate startDate, LocalDate plannedGoLive, List<ApiPhase> phases) {

    record ApiPhase(Phase phase, PhaseStatus status, LocalDate plannedStart, LocalDate plannedEnd,
                    LocalDate actualStart, LocalDate actualEnd) {
    }

    static ApiProject of(ProjectSummary p) {
        return new ApiProject(p.id(), p.code(), p.name(), p.customerName(), p.systemType(), p.status(),
                p.startDate(), p.plannedGoLive(), null);
    }

    static ApiProject of(ProjectOverview overview) {
        ProjectSummary p = overview.project();
        return new ApiProject(p.id(), p.code(), p.name(), p.customerName(), p.systemType(), p.status(),
                p.startDate(), p.plannedGoLive(), overview.phases().stream()
                .map(phase -> new ApiPhase(phase.phase(), phase.status(), phase.plannedStart(), phase.plannedEnd(),
                        phase.actualStart(), phase.actualEnd()))
                .toList());
    }
}
