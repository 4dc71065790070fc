package io.luodi.support.report;

import io.luodi.support.ticket.Severity;

import java.time.YearMonth;

/**
 * Mean times of a month: to the first response (MTTA) over the tickets first answered in it, and to resolution
 * (MTTR) over the tickets resolved in it, from the moment each was opened, in wall-clock time. {@code severity} is
 * null for a total over all severities and {@code month} null for a total over the period.
 */
public record Timing(YearMonth month, Severity severity, long responded, long responseSeconds, long resolved,
                     long resolutionSeconds) {

    /** Mean time to the first response in hours, or null when no ticket was answered. */
    public Double mttaHours() {
        return responded == 0 ? null : responseSeconds / 3600.0 / responded;
    }

    /** Mean time to resolution in hours, or null when no ticket was resolved. */
    public Double mttrHours() {
        return resolved == 0 ? null : resolutionSeconds / 3600.0 / resolved;
    }

    Timing plus(Timing other) {
        return new Timing(month, severity, responded + other.responded, responseSeconds + other.responseSeconds,
                resolved + other.resolved, resolutionSeconds + other.resolutionSeconds);
    }
}
