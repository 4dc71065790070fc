package io.luodi.support.sla;

import java.time.Instant;
import java.util.Objects;

/** One pause of a clock (waiting for the customer); {@code to} is null while the pause lasts. */
public record Pause(Instant from, Instant to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a pause cannot end before it starts: " + from + " – " + to);
        }
    }
}
