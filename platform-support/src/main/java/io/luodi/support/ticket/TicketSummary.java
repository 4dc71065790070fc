package io.luodi.support.ticket;

import java.time.Instant;

/**
 * A row of a ticket list: the ticket with where its clocks stand. {@code responseDue}/{@code resolutionDue} are
 * null when the clock is stopped or paused.
 */
public record TicketSummary(long id, long projectId, String projectCode, String key, String title, TicketType type,
                            Severity severity, TicketStatus status, String reporterName, String assigneeName,
                            Instant createdAt, Instant updatedAt, Instant responseDue, Instant resolutionDue,
                            boolean atRisk, boolean breached, TicketSource source) {
}
