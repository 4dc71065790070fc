package io.luodi.support.revisit;

import java.time.LocalDate;

/**
 * A row of the revisit list.
 *
 * @param nextDueOn the open occurrence's day; null once a plan has nothing left to schedule
 * @param dueState  how pressing the open occurrence is; null without one
 */
public record RevisitSummary(long id, RevisitKind kind, Recurrence recurrence, String contactPerson,
                             String ownerName, String purpose, LocalDate nextDueOn, DueState dueState,
                             LocalDate lastHeldOn, Integer lastSatisfaction) {
}
