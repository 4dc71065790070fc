package io.luodi.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A ticket's clock as pages show it: when it started, its pauses, its due time, and whether it was met or
 * breached. {@code zone} is the time zone of the working time it counts in.
 */
public record ClockView(ClockKind kind, ClockState state, Duration target, Duration elapsed, Duration remaining,
                        Instant startedAt, List<Pause> pauses, Instant dueAt, Instant stoppedAt, boolean atRisk,
                        boolean aroundTheClock, String calendarName, ZoneId zone) {
}
