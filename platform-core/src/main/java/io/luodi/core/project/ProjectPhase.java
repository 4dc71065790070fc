package io.luodi.core.project;

import io.luodi.core.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One phase of a project with its plan and actual dates; changed only through its project. */
@Entity
@Table(name = "project_phase")
public class ProjectPhase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    @Enumerated(EnumType.STRING)
    private PhaseStatus status = PhaseStatus.NOT_STARTED;

    private LocalDate plannedStart;

    private LocalDate plannedEnd;

    private LocalDate actualStart;

    private LocalDate actualEnd;

    private String internalNote;

    protected ProjectPhase() {
    }

    ProjectPhase(Project project, Phase phase, LocalDate plannedStart, LocalDate plannedEnd) {
        this.project = project;
        this.phase = phase;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
    }

    void plan(LocalDate plannedStart, LocalDate plannedEnd, String internalNote) {
        if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
            throw BusinessRuleException.onField("plannedEnd", "phase.dates.order");
        }
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.internalNote = internalNote;
    }

    void start(LocalDate on) {
        if (status != PhaseStatus.NOT_STARTED) {
            throw new BusinessRuleException("phase.transition.illegal");
        }
        status = PhaseStatus.IN_PROGRESS;
        actualStart = on;
    }

    void complete(LocalDate on) {
        if (status != PhaseStatus.IN_PROGRESS) {
            throw new BusinessRuleException("phase.transition.illegal");
        }
        if (on.isBefore(actualStart)) {
            throw new BusinessRuleException("phase.dates.order");
        }
        status = PhaseStatus.DONE;
        actualEnd = on;
    }

    /** Work turned out not to be finished: the phase is open again and its end date forgotten. */
    void reopen() {
        if (status != PhaseStatus.DONE) {
            throw new BusinessRuleException("phase.transition.illegal");
        }
        status = PhaseStatus.IN_PROGRESS;
        actualEnd = null;
    }

    public Phase getPhase() {
        return phase;
    }

    public PhaseStatus getStatus() {
        return status;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public String getInternalNote() {
        return internalNote;
    }
}
