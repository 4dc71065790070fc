package io.luodi.support.ticket;

/** Where a ticket came from: raised by the implementer's staff, by a customer user, or by a monitoring alert. */
public enum TicketSource {
    INTERNAL, PORTAL, MONITORING
}
