package io.luodi.support.sla;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** A dated exception of a stored calendar: a public holiday, or a weekend day worked instead (调休). */
@Embeddable
record CalendarDay(LocalDate day, @Enumerated(EnumType.STRING) DayKind kind, String name) {
}
