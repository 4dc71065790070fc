package io.luodi.support.ticket;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A public reply (seen by the customer) or an internal note (never shown to the customer) on a ticket. */
@Entity
@Table(name = "ticket_comment")
class TicketComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ticketId;

    private Long authorId;

    private String authorName;

    private boolean customer;

    private boolean internal;

    private String body;

    private Instant createdAt;

    protected TicketComment() {
    }

    TicketComment(long ticketId, Long authorId, String authorName, boolean customer, boolean internal, String body,
                  Instant createdAt) {
        this.ticketId = ticketId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.customer = customer;
        this.internal = internal;
        this.body = body;
        this.createdAt = createdAt;
    }

    TicketView.Comment view() {
        return new TicketView.Comment(id, authorName, customer, internal, body, createdAt);
    }

    boolean isInternal() {
        return internal;
    }
}
