package io.luodi.support.standup;

import io.luodi.core.project.ProjectAccess;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketField;
import io.luodi.support.ticket.TicketQueries;
import io.luodi.support.ticket.TicketQuery;
import io.luodi.support.ticket.TicketStatus;
import io.luodi.support.ticket.TicketSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agenda a new stand-up starts with: the project's tickets raised, moved or resolved within the window, and
 * every ticket still open that is P1/P2, at risk or breached (those come back each day until they are dealt
 * with). Open tickets first, the most severe first; each ticket once, with all its reasons.
 */
@Component
class AgendaPrefill {

    private static final TicketQuery EVERY_TICKET = new TicketQuery("all", null, null, null, null, 0);
    private static final Set<Severity> HIGH = EnumSet.of(Severity.P1, Severity.P2);

    private final TicketQueries tickets;
    private final JdbcClient jdbc;

    AgendaPrefill(TicketQueries tickets, JdbcClient jdbc) {
        this.tickets = tickets;
        this.jdbc = jdbc;
    }

    List<AgendaEntry> compile(ProjectAccess access, Instant since, Instant until) {
        Map<Long, TicketActivitySince> activity = activity(access.projectId(), since, until);
        List<AgendaEntry> agenda = new ArrayList<>();
        tickets.each(access, EVERY_TICKET, ticket -> entry(ticket, activity.get(ticket.id())).ifPresent(agenda::add));
        agenda.sort(Comparator.comparing((AgendaEntry e) -> e.status().isDone()).thenComparing(AgendaEntry::severity));
        return agenda;
    }

    /** Whether and why a ticket belongs on the agenda, given what happened to it within the window (or null). */
    static Optional<AgendaEntry> entry(TicketSummary ticket, TicketActivitySince activity) {
        Set<AgendaReason> reasons = EnumSet.noneOf(AgendaReason.class);
        boolean open = ticket.status().isOpen();
        if (activity != null) {
            if (activity.opened()) {
                reasons.add(AgendaReason.OPENED);
            }
            if (activity.resolved() && !open) {
                reasons.add(AgendaReason.RESOLVED);
            } else if (activity.statusChanged()) {
                reasons.add(AgendaReason.STATUS_CHANGED);
            }
        }
        if (open && HIGH.contains(ticket.severity())) {
            reasons.add(AgendaReason.OPEN_HIGH_SEVERITY);
        }
        if (open && ticket.breached()) {
            reasons.add(AgendaReason.BREACHED);
        } else if (open && ticket.atRisk()) {
            reasons.add(AgendaReason.AT_RISK);
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        TicketStatus before = reasons.contains(AgendaReason.STATUS_CHANGED) || reasons.contains(AgendaReason.RESOLVED)
                ? activity.statusBefore() : null;
        return Optional.of(new AgendaEntry(ticket.id(), ticket.key(), ticket.title(), ticket.severity(),
                ticket.status(), before, ticket.assigneeName(), reasons));
    }

    /** The project's tickets raised or moved after {@code since} up to {@code until}, from their history. */
    private Map<Long, TicketActivitySince> activity(long projectId, Instant since, Instant until) {
        record Event(long ticketId, String field, String oldValue, String newValue) {
        }
        List<Event> events = jdbc.sql("""
                        SELECT e.ticket_id, e.field, e.old_value, e.new_value
                        FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id
                        WHERE t.project_id = :project AND e.at > :since AND e.at <= :until
                          AND e.field IN (:fields)
                        ORDER BY e.id""")
                .param("project", projectId)
                .param("since", Timestamp.from(since))
                .param("until", Timestamp.from(until))
                .param("fields", List.of(TicketField.CREATED.name(), TicketField.STATUS.name()))
                .query((rs, row) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        Map<Long, Fold> folds = new HashMap<>();
        for (Event event : events) {
            Fold fold = folds.computeIfAbsent(event.ticketId(), id -> new Fold());
            if (TicketField.CREATED.name().equals(event.field())) {
                fold.opened = true;
                continue;
            }
            if (fold.before == null) {
                fold.before = fold.opened ? TicketStatus.NEW : TicketStatus.valueOf(event.oldValue());
            }
            fold.resolved |= TicketStatus.RESOLVED.name().equals(event.newValue());
        }
        Map<Long, TicketActivitySince> activity = new HashMap<>();
        folds.forEach((id, fold) -> activity.put(id, new TicketActivitySince(fold.opened, fold.before, fold.resolved)));
        return activity;
    }

    /** One ticket's events folded oldest first: the first status change tells the status the window began with. */
    private static final class Fold {
        private boolean opened;
        private TicketStatus before;
        private boolean resolved;
    }
}
