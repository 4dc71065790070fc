package io.luodi.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The time an SLA counts: business hours of a calendar, or around the clock. */
public interface WorkingTime {

    ZoneId zone();

    /** The instant at which {@code amount} of working time has passed after {@code start}; start may lie outside working hours. */
    Instant addWorkingTime(Instant start, Duration amount);

    /** Working time between two instants; zero when {@code to} is not after {@code from}. */
    Duration workingTimeBetween(Instant from, Instant to);
}
