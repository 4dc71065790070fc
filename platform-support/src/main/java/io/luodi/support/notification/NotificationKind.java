package io.luodi.support.notification;

/** What a notification tells its reader; pages and e-mails word it from the bundle in the reader's language. */
public enum NotificationKind {
    /** A ticket was raised; for its assignee, or the project's managers while nobody is assigned. */
    TICKET_OPENED,
    /** A ticket moved to another status (the notification's detail). */
    STATUS_CHANGED,
    /** A public reply. */
    REPLIED,
    /** An internal note, told to staff only. */
    NOTE_ADDED,
    /** An SLA clock (the detail) passed its at-risk share of the target. */
    SLA_AT_RISK,
    /** An SLA clock (the detail) passed its target; told to the assignee. */
    SLA_BREACHED,
    /** An SLA clock (the detail) passed its target; escalated to the project's managers. */
    SLA_ESCALATED;

    /** The bundle key of the sentence that tells it. */
    public String textKey() {
        return "notification.text." + name();
    }

    /** The bundle key of its short label. */
    public String labelKey() {
        return "notification.kind." + name();
    }

    /** The bundle key that names the notification's detail (a status or a clock), or null when it has none. */
    public String detailKey(String detail) {
        return switch (this) {
            case STATUS_CHANGED -> "ticket.status." + detail;
            case SLA_AT_RISK, SLA_BREACHED, SLA_ESCALATED -> "sla.clock." + detail;
            case TICKET_OPENED, REPLIED, NOTE_ADDED -> null;
        };
    }
}
