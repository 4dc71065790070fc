package io.luodi.support.standup;

import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketStatus;

import java.util.Set;

/**
 * What goes on the agenda: a ticket as it stands now and why it is there, or a free topic (no ticket, only a
 * title).
 *
 * @param statusBefore the ticket's status before the activity that put it on the agenda, when its status changed
 */
record AgendaEntry(Long ticketId, String ticketKey, String title, Severity severity, TicketStatus status,
                   TicketStatus statusBefore, String assignee, Set<AgendaReason> reasons) {

    static AgendaEntry topic(String title) {
        return new AgendaEntry(null, null, title, null, null, null, null, Set.of(AgendaReason.ADDED));
    }
}
