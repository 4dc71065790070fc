package io.luodi.support.ticket;

/**
 * What a history event is about. Coded fields ({@link #coded}) store enum names, which pages translate; the
 * internal ones are hidden from customers.
 */
public enum TicketField {
    CREATED(false, false),
    TITLE(false, false),
    DESCRIPTION(false, false),
    TYPE(false, true),
    SEVERITY(false, true),
    MODULE(false, false),
    ENVIRONMENT(false, false),
    STATUS(false, true),
    ASSIGNEE(false, false),
    REPLY(false, false),
    NOTE(true, false),
    ATTACHMENT(false, false),
    ROOT_CAUSE(true, false),
    WATCHER(true, false),
    LINK(true, false),
    RATING(false, false);

    private final boolean internal;
    private final boolean coded;

    TicketField(boolean internal, boolean coded) {
        this.internal = internal;
        this.coded = coded;
    }

    public boolean internal() {
        return internal;
    }

    public boolean coded() {
        return coded;
    }
}
