package io.luodi.support.ticket;

/**
 * Something happened to a ticket that people may want to hear about. Published inside the changing transaction;
 * listeners that tell people act after it commits, so nobody hears of a change that was rolled back.
 *
 * @param actorUserId who did it, {@code null} when the system did (a monitoring alert)
 * @param status      the ticket's status after the change
 * @param internal    an internal note, never told to customers
 */
public record TicketActivity(long ticketId, long projectId, Kind kind, Long actorUserId, TicketStatus status,
                             boolean internal) {

    public enum Kind { OPENED, STATUS_CHANGED, REPLIED }
}
