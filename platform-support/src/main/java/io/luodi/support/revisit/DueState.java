package io.luodi.support.revisit;

import java.time.LocalDate;

/** How pressing an open occurrence is: past its day, due within a week, or later. */
public enum DueState {
    OVERDUE, DUE_SOON, LATER;

    static final int SOON_DAYS = 7;

    static DueState of(LocalDate dueOn, LocalDate today) {
        if (dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return dueOn.isAfter(today.plusDays(SOON_DAYS)) ? LATER : DUE_SOON;
    }
}
