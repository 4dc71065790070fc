package io.luodi.support.standup;

import java.time.LocalDate;

/**
 * A row of the project's stand-up list.
 *
 * @param tickets  agenda items about a ticket
 * @param breached agenda items about a ticket past its SLA
 */
public record StandupSummary(long id, LocalDate day, String facilitatorName, int present, int items, int tickets,
                             int breached, boolean finalised) {
}
