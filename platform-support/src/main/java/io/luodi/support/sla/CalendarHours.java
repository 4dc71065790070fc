package io.luodi.support.sla;

import jakarta.persistence.Embeddable;

import java.time.LocalTime;

/** One working period of a weekday in a stored calendar ({@code dayOfWeek} 1 = Monday … 7 = Sunday). */
@Embeddable
record CalendarHours(short dayOfWeek, LocalTime startTime, LocalTime endTime) {
}
