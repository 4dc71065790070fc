package io.luodi.core.project;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The planned dates of a phase and the implementer's internal note on it. */
public record PhasePlan(LocalDate plannedStart, LocalDate plannedEnd, @Size(max = 4000) String internalNote) {
}
