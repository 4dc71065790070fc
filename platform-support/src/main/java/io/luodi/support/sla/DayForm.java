package io.luodi.support.sla;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A dated exception to add to a calendar: a holiday, or a weekend day that is worked (调休). */
public record DayForm(@NotNull LocalDate day, @NotNull DayKind kind, @Size(max = 100) String name) {
}
