package io.luodi.support.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A stretch during which a ticket's clock did not run: waiting for the customer, or resolved until reopened. */
@Entity
@Table(name = "sla_clock_pause")
class ClockPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "clock_id")
    private TicketClock clock;

    private Instant pausedAt;

    private Instant resumedAt;

    protected ClockPause() {
    }

    ClockPause(TicketClock clock, Instant pausedAt, Instant resumedAt) {
        this.clock = clock;
        this.pausedAt = pausedAt;
        this.resumedAt = resumedAt;
    }

    boolean isOpen() {
        return resumedAt == null;
    }

    void resume(Instant at) {
        resumedAt = at;
    }

    Pause pause() {
        return new Pause(pausedAt, resumedAt);
    }
}
