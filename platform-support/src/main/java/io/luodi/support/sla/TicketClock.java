package io.luodi.support.sla;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One SLA clock of a ticket, with the target and working time copied from the policy when it started. Every move
 * re-derives the due and at-risk instants so lists and the watch job can query them. The columns recording when
 * the watch job told people ({@code at_risk_notified_at}, {@code breach_notified_at}) are the job's alone and not
 * mapped here, so saving a clock never overwrites a mark the job set meanwhile.
 */
@Entity
@Table(name = "sla_clock")
class TicketClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ticketId;

    @Enumerated(EnumType.STRING)
    private ClockKind kind;

    private int targetMinutes;

    /** Null for a clock that runs around the clock. */
    private Long calendarId;

    private String zoneId;

    private Instant startedAt;

    private Instant stoppedAt;

    private Instant dueAt;

    private Instant atRiskAt;

    @OneToMany(mappedBy = "clock", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("pausedAt")
    private List<ClockPause> pauses = new ArrayList<>();

    protected TicketClock() {
    }

    TicketClock(long ticketId, ClockKind kind, int targetMinutes, Long calendarId, ZoneId zone, Instant startedAt) {
        this.ticketId = ticketId;
        this.kind = kind;
        this.targetMinutes = targetMinutes;
        this.calendarId = calendarId;
        this.zoneId = zone.getId();
        this.startedAt = startedAt;
    }

    boolean isRunning() {
        return stoppedAt == null && !isPaused();
    }

    boolean isPaused() {
        return stoppedAt == null && pauses.stream().anyMatch(ClockPause::isOpen);
    }

    void pause(Instant at) {
        if (isRunning()) {
            pauses.add(new ClockPause(this, at, null));
        }
    }

    void resume(Instant at) {
        pauses.stream().filter(ClockPause::isOpen).forEach(p -> p.resume(at));
    }

    void stop(Instant at) {
        if (stoppedAt == null) {
            resume(at);
            stoppedAt = at;
        }
    }

    /** A reopened ticket's clock runs on; the time it spent resolved does not count. */
    void restart(Instant at) {
        if (stoppedAt != null) {
            pauses.add(new ClockPause(this, stoppedAt, at));
            stoppedAt = null;
        }
    }

    void retarget(int minutes, Long calendarId, ZoneId zone) {
        this.targetMinutes = minutes;
        this.calendarId = calendarId;
        this.zoneId = zone.getId();
    }

    ClockCourse course() {
        return new ClockCourse(startedAt, pauses.stream().map(ClockPause::pause).toList(), stoppedAt);
    }

    Duration target() {
        return Duration.ofMinutes(targetMinutes);
    }

    /** Keeps the stored due and at-risk instants in step with the course; both are null while paused. */
    void derive(WorkingTime workingTime, double atRiskShare) {
        SlaClock clock = new SlaClock(workingTime, target());
        dueAt = clock.due(course());
        atRiskAt = clock.reached(course(), Duration.ofSeconds((long) (target().toSeconds() * atRiskShare)));
    }

    Long getId() {
        return id;
    }

    long getTicketId() {
        return ticketId;
    }

    ClockKind getKind() {
        return kind;
    }

    Long getCalendarId() {
        return calendarId;
    }

    ZoneId getZone() {
        return ZoneId.of(zoneId);
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getStoppedAt() {
        return stoppedAt;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getAtRiskAt() {
        return atRiskAt;
    }

    List<Pause> getPauses() {
        return pauses.stream().map(ClockPause::pause).toList();
    }
}
