package io.luodi.support.satisfaction;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The reporter's rating of one resolution of a ticket; a new resolution after a reopen gets a rating of its own. */
@Entity
@Table(name = "ticket_rating")
class TicketRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ticketId;

    private Instant resolvedAt;

    private long userId;

    private int score;

    private String comment;

    private Instant ratedAt;

    @Version
    private long version;

    protected TicketRating() {
    }

    TicketRating(long ticketId, Instant resolvedAt, long userId) {
        this.ticketId = ticketId;
        this.resolvedAt = resolvedAt;
        this.userId = userId;
    }

    void rate(int score, String comment, Instant at) {
        this.score = score;
        this.comment = comment;
        this.ratedAt = at;
    }

    Long getId() {
        return id;
    }

    boolean isNew() {
        return id == null;
    }
}
