package io.luodi.support.standup;

import io.luodi.support.ticket.TicketStatus;

/**
 * What happened to one ticket within a stand-up's window, from its history.
 *
 * @param opened        raised within the window
 * @param statusBefore  its status when the window opened (new for a ticket raised within it); null without a
 *                      status change
 * @param resolved      moved to resolved within the window
 */
record TicketActivitySince(boolean opened, TicketStatus statusBefore, boolean resolved) {

    boolean statusChanged() {
        return statusBefore != null;
    }
}
