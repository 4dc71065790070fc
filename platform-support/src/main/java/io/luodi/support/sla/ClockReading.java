package io.luodi.support.sla;

import java.time.Duration;
import java.time.Instant;

/** What a clock shows at an instant: its state, time used and left, its due time (null while paused), and whether it is at risk. */
public record ClockReading(ClockState state, Duration target, Duration elapsed, Duration remaining, Instant due,
                           boolean atRisk) {
}
