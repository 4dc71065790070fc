package io.luodi.support.sla;

import java.time.LocalTime;
import java.util.Objects;

/** One stretch of working hours within a day, e.g. 09:00–12:00. */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a working period must end after it starts: " + start + "–" + end);
        }
    }
}
