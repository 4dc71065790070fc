package io.luodi.support.ticket;

/** The kinds of trouble a go-live brings. */
public enum TicketType {
    PERMISSION, PERFORMANCE, INTEGRATION, DATA, DEFECT, QUESTION, INCIDENT
}
