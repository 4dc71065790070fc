package io.luodi.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** 24×7: every hour counts. The zone only says how due times are read. */
public record AroundTheClock(ZoneId zone) implements WorkingTime {

    public AroundTheClock {
        Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Instant addWorkingTime(Instant start, Duration amount) {
        BusinessCalendar.requireNotNegative(amount);
        return start.plus(amount);
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }
}
