package io.luodi.support.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * Reads a clock with a target of working time: how much it used, when it is due, and whether it was met. Pauses do
 * not count and push the due time out; while a pause lasts there is no due time.
 */
public final class SlaClock {

    private final WorkingTime workingTime;
    private final Duration target;

    public SlaClock(WorkingTime workingTime, Duration target) {
        this.workingTime = workingTime;
        this.target = target;
    }

    public ClockReading read(ClockCourse course, Instant now, double atRiskShare) {
        Instant end = course.stopped() != null ? course.stopped() : now;
        Duration elapsed = elapsed(course, end);
        Duration remaining = target.minus(elapsed).isNegative() ? Duration.ZERO : target.minus(elapsed);
        boolean paused = course.stopped() == null && !course.pauses().isEmpty()
                && course.pauses().get(course.pauses().size() - 1).to() == null;
        ClockState state;
        if (elapsed.compareTo(target) > 0) {
            state = ClockState.BREACHED;
        } else if (course.stopped() != null) {
            state = ClockState.MET;
        } else {
            state = paused ? ClockState.PAUSED : ClockState.RUNNING;
        }
        boolean atRisk = state == ClockState.RUNNING
                && elapsed.toMillis() >= (long) (target.toMillis() * atRiskShare);
        return new ClockReading(state, target, elapsed, remaining, reached(course, target), atRisk);
    }

    /** The instant the target is reached. */
    public Instant due(ClockCourse course) {
        return reached(course, target);
    }

    /**
     * The instant {@code amount} of working time is reached on this course, assuming the clock runs on after its
     * last resume; null if a pause still open began before it was reached.
     */
    public Instant reached(ClockCourse course, Duration amount) {
        Duration remaining = amount;
        Instant cursor = course.started();
        for (Pause pause : course.pauses()) {
            Duration worked = workingTime.workingTimeBetween(cursor, pause.from());
            if (worked.compareTo(remaining) >= 0) {
                return workingTime.addWorkingTime(cursor, remaining);
            }
            remaining = remaining.minus(worked);
            if (pause.to() == null) {
                return null;
            }
            cursor = pause.to();
        }
        return workingTime.addWorkingTime(cursor, remaining);
    }

    private Duration elapsed(ClockCourse course, Instant end) {
        Duration elapsed = workingTime.workingTimeBetween(course.started(), end);
        for (Pause pause : course.pauses()) {
            Instant resumed = pause.to() == null || pause.to().isAfter(end) ? end : pause.to();
            elapsed = elapsed.minus(workingTime.workingTimeBetween(pause.from(), resumed));
        }
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }
}
