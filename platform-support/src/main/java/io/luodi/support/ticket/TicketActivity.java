package io.luodi.support.ticket;

/**
 * Something happened to a ticket that people may need to hear about; published inside the transaction that did
 * it, so listeners choose whether to act before or after the commit.
 */
public record TicketActivity(long ticketId, long projectId, Kind kind, Long actorId, boolean byCustomer,
                             TicketStatus status) {

    public enum Kind {
        OPENED, STATUS_CHANGED, PUBLIC_REPLY, ASSIGNED, SEVERITY_CHANGED
    }
}
