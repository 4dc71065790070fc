package io.luodi.support.sla;

import io.luodi.support.settings.SupportSettingsChanged;
import io.luodi.support.settings.SupportSettingsManagement;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The SLA clocks of tickets. They follow the ticket: both start when it is opened; the response clock stops at the
 * first response; both pause while the ticket waits for the customer and run on when the customer answers; the
 * resolution clock stops when the ticket is resolved and runs on (not counting the resolved time) if it is reopened.
 */
@Service
@Transactional(readOnly = true)
public class TicketClocks {

    private final TicketClockRepository clocks;
    private final SlaPolicies policies;
    private final Calendars calendars;
    private final SupportSettingsManagement settings;

    TicketClocks(TicketClockRepository clocks, SlaPolicies policies, Calendars calendars,
                 SupportSettingsManagement settings) {
        this.clocks = clocks;
        this.policies = policies;
        this.calendars = calendars;
        this.settings = settings;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void start(long ticketId, long projectId, PolicyKind kind, Severity severity, Instant now) {
        SlaPolicy policy = policies.policy(projectId, kind);
        SlaTarget target = policy.target(severity);
        for (ClockKind clockKind : ClockKind.values()) {
            TicketClock clock = new TicketClock(ticketId, clockKind, target.minutes(clockKind),
                    target.aroundTheClock() ? null : policy.getCalendarId(), zone(policy), now);
            save(projectId, clock);
        }
    }

    /** Follows a move of the ticket from one status to another. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void follow(long ticketId, long projectId, TicketStatus from, TicketStatus to, Instant now) {
        if (to == TicketStatus.WAITING_FOR_CUSTOMER) {
            each(ticketId, projectId, clock -> clock.pause(now));
        } else if (to.isDone()) {
            each(ticketId, projectId, clock -> clock.stop(now));
        } else if (from.isDone()) {
            each(ticketId, projectId, clock -> {
                if (clock.getKind() == ClockKind.RESOLUTION) {
                    clock.restart(now);
                }
            });
        } else {
            each(ticketId, projectId, clock -> {
                clock.resume(now);
                if (to != TicketStatus.NEW && clock.getKind() == ClockKind.RESPONSE) {
                    clock.stop(now);
                }
            });
        }
    }

    /** The implementer's side answered publicly: the response clock stops. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void responded(long ticketId, long projectId, Instant now) {
        each(ticketId, projectId, clock -> {
            if (clock.getKind() == ClockKind.RESPONSE) {
                clock.stop(now);
            }
        });
    }

    /** The ticket's severity changed: its clocks count towards the new severity's targets from their start. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void retarget(long ticketId, long projectId, PolicyKind kind, Severity severity) {
        SlaPolicy policy = policies.policy(projectId, kind);
        SlaTarget target = policy.target(severity);
        each(ticketId, projectId, clock -> clock.retarget(target.minutes(clock.getKind()),
                target.aroundTheClock() ? null : policy.getCalendarId(), zone(policy)));
    }

    /** The calendar's days or hours changed: running clocks on it get their due and at-risk instants anew. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void calendarChanged(long calendarId) {
        rederive(clocks.findRunningOnCalendar(calendarId));
    }

    /** The project's at-risk share may have changed: its running clocks get their at-risk instants anew. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void settingsChanged(SupportSettingsChanged change) {
        rederive(clocks.findRunningInProject(change.projectId()));
    }

    private void rederive(List<TicketClockRepository.RunningClock> running) {
        Map<Long, List<Long>> byProject = running.stream().collect(Collectors.groupingBy(
                TicketClockRepository.RunningClock::getProjectId,
                Collectors.mapping(TicketClockRepository.RunningClock::getClockId, Collectors.toList())));
        byProject.forEach((projectId, ids) -> clocks.findAllById(ids).forEach(clock -> save(projectId, clock)));
    }

    public List<ClockView> views(long ticketId, long projectId, Instant now) {
        double share = settings.of(projectId).atRiskShare();
        return clocks.findByTicketId(ticketId).stream()
                .sorted(java.util.Comparator.comparing(TicketClock::getKind)).map(clock -> view(clock, share, now)).toList();
    }

    ClockView view(TicketClock clock, double atRiskShare, Instant now) {
        WorkingTime workingTime = calendars.workingTime(clock.getCalendarId(), clock.getZone());
        ClockReading reading = new SlaClock(workingTime, clock.target()).read(clock.course(), now, atRiskShare);
        return new ClockView(clock.getKind(), reading.state(), clock.target(), reading.elapsed(), reading.remaining(),
                clock.getStartedAt(), clock.getPauses(), clock.getDueAt(), clock.getStoppedAt(), reading.atRisk(),
                clock.getCalendarId() == null, calendars.name(clock.getCalendarId()), workingTime.zone());
    }

    private void each(long ticketId, long projectId, Consumer<TicketClock> change) {
        clocks.findByTicketId(ticketId).forEach(clock -> {
            change.accept(clock);
            save(projectId, clock);
        });
    }

    private void save(long projectId, TicketClock clock) {
        WorkingTime workingTime = calendars.workingTime(clock.getCalendarId(), clock.getZone());
        clock.derive(workingTime, settings.of(projectId).atRiskShare());
        clocks.save(clock);
    }

    private ZoneId zone(SlaPolicy policy) {
        return calendars.get(policy.getCalendarId()).zone();
    }
}
