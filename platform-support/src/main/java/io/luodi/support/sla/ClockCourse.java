package io.luodi.support.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A clock's course: when it started, its pauses in order, and when it stopped (first response given, ticket
 * resolved) or null. Pauses must not overlap and lie between start and stop; only the last may still be open.
 */
public record ClockCourse(Instant started, List<Pause> pauses, Instant stopped) {

    public ClockCourse {
        Objects.requireNonNull(started, "started");
        pauses = List.copyOf(pauses);
        if (stopped != null && stopped.isBefore(started)) {
            throw new IllegalArgumentException("a clock cannot stop before it starts");
        }
        Instant cursor = started;
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = pauses.get(i);
            if (pause.from().isBefore(cursor)) {
                throw new IllegalArgumentException("pauses must be in order, after the start, and not overlap: " + pause);
            }
            if (pause.to() == null && (i < pauses.size() - 1 || stopped != null)) {
                throw new IllegalArgumentException("only the last pause of a running clock may be open");
            }
            if (stopped != null && (pause.to().isAfter(stopped))) {
                throw new IllegalArgumentException("a pause cannot outlast the clock: " + pause);
            }
            cursor = pause.to() == null ? pause.from() : pause.to();
        }
    }
}
