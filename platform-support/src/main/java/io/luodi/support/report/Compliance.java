package io.luodi.support.report;

import io.luodi.support.sla.ClockKind;
import io.luodi.support.ticket.Severity;

import java.time.YearMonth;

/**
 * The decided clocks of one kind in a month, met and breached; {@code severity} is null for a total over all
 * severities and {@code month} null for a total over the period.
 */
public record Compliance(YearMonth month, Severity severity, ClockKind kind, long met, long breached) {

    public long decided() {
        return met + breached;
    }

    /** The share met, in percent, or null when no clock was decided. */
    public Double percent() {
        return decided() == 0 ? null : 100.0 * met / decided();
    }

    Compliance plus(Compliance other) {
        return new Compliance(month, severity, kind, met + other.met, breached + other.breached);
    }
}
