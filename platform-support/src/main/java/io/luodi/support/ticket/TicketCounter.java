package io.luodi.support.ticket;

import io.luodi.core.project.ProjectNumbers;

/** Tickets are numbered per project without gaps: the project's code and the number make the key, e.g. HIS-12. */
enum TicketCounter implements ProjectNumbers.Counter {
    TICKET;

    @Override
    public String table() {
        return "ticket_counter";
    }
}
