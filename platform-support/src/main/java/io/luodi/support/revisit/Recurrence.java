package io.luodi.support.revisit;

import java.time.LocalDate;
import java.util.Optional;

/** How often a revisit recurs. */
public enum Recurrence {
    ONCE, WEEKLY, MONTHLY, QUARTERLY;

    /**
     * The due day of the occurrence with the given sequence number (0 is the first). Counted from the first day
     * rather than from the previous occurrence, so a plan that starts on 31 January is due on 28 (or 29) February
     * and again on 31 March.
     *
     * @return empty when the plan does not recur that often
     */
    public Optional<LocalDate> dueOn(LocalDate first, int sequence) {
        if (sequence == 0) {
            return Optional.of(first);
        }
        return switch (this) {
            case ONCE -> Optional.empty();
            case WEEKLY -> Optional.of(first.plusWeeks(sequence));
            case MONTHLY -> Optional.of(first.plusMonths(sequence));
            case QUARTERLY -> Optional.of(first.plusMonths(3L * sequence));
        };
    }
}
