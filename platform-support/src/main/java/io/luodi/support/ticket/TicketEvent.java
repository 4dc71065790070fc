package io.luodi.support.ticket;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One change in a ticket's history: a field with its old and new value as codes the page translates. Changes of
 * internal fields and internal notes are internal events, hidden from customers.
 */
@Entity
@Table(name = "ticket_event")
class TicketEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ticketId;

    private Instant at;

    private String actor;

    private String field;

    private String oldValue;

    private String newValue;

    private boolean internal;

    protected TicketEvent() {
    }

    TicketEvent(long ticketId, Instant at, String actor, TicketField field, String oldValue, String newValue,
                boolean internal) {
        this.ticketId = ticketId;
        this.at = at;
        this.actor = actor;
        this.field = field.name();
        this.oldValue = truncate(oldValue);
        this.newValue = truncate(newValue);
        this.internal = internal || field.internal();
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 497) + "…";
    }

    TicketView.Event view() {
        return new TicketView.Event(at, actor, TicketField.valueOf(field), oldValue, newValue, internal);
    }

    boolean isInternal() {
        return internal;
    }
}
