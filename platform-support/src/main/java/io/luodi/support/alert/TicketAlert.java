package io.luodi.support.alert;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the alert behind an alert ticket stands. Monitors repeat themselves (Alertmanager re-sends every firing
 * alert of a group at each notification), so only a change is news: a resolution, or a firing after one.
 */
@Entity
@Table(name = "ticket_alert")
class TicketAlert {

    @Id
    private Long ticketId;

    @Enumerated(EnumType.STRING)
    private Monitor monitor;

    private boolean firing;

    private Instant startedAt;

    private Instant changedAt;

    protected TicketAlert() {
    }

    TicketAlert(long ticketId, Monitor monitor, Instant startedAt, Instant now) {
        this.ticketId = ticketId;
        this.monitor = monitor;
        this.firing = true;
        this.startedAt = startedAt;
        this.changedAt = now;
    }

    /**
     * Whether a firing notification is news: the alert had resolved, or it reports a different start (it resolved
     * and fired again while the resolution was not sent to us).
     */
    boolean firesAgain(Instant reportedStart) {
        return !firing || reportedStart != null && !Objects.equals(reportedStart, startedAt);
    }

    void fire(Instant start, Instant now) {
        firing = true;
        startedAt = start;
        changedAt = now;
    }

    /** Records the resolution; false when the alert had resolved already (a repeated notification). */
    boolean resolve(Instant now) {
        if (!firing) {
            return false;
        }
        firing = false;
        changedAt = now;
        return true;
    }
}
