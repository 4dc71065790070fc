package io.luodi.support.standup;

/** Why an item is on a stand-up's agenda; an item may be there for several reasons. */
public enum AgendaReason {
    /** Raised since the previous stand-up. */
    OPENED,
    /** Moved to another status since the previous stand-up. */
    STATUS_CHANGED,
    /** Resolved since the previous stand-up (and not reopened). */
    RESOLVED,
    /** Still open with severity P1 or P2: discussed every day until it is resolved. */
    OPEN_HIGH_SEVERITY,
    /** Still open with an SLA clock past its at-risk point. */
    AT_RISK,
    /** Still open with an SLA clock past its due time. */
    BREACHED,
    /** Put on the agenda by hand in the meeting. */
    ADDED
}
