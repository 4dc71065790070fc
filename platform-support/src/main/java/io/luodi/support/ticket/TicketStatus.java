package io.luodi.support.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * A ticket's workflow: new → acknowledged → in progress → waiting for the customer → resolved → closed. A resolved
 * or closed ticket may be reopened (back to in progress) within the project's reopen window.
 */
public enum TicketStatus {
    NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED;

    /** The statuses staff may move a ticket to from this one; reopening is decided separately. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED);
            case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(WAITING_FOR_CUSTOMER, RESOLVED);
            case WAITING_FOR_CUSTOMER -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    public boolean isDone() {
        return !isOpen();
    }
}
