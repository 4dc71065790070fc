package io.luodi.support.ticket;

import java.util.Locale;

/**
 * A ticket list's filter. {@code view} is one of the saved views: open (default), mine (assigned to or raised by
 * the reader), unassigned, breaching (at risk or breached, still open), done, all.
 */
public record TicketQuery(String view, Severity severity, TicketStatus status, TicketType type, String text,
                          int page) {

    public static final int PAGE_SIZE = 50;

    public enum View {
        OPEN, MINE, UNASSIGNED, BREACHING, DONE, ALL;

        static View of(String name) {
            if (name == null || name.isBlank()) {
                return OPEN;
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return OPEN;
            }
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public View selectedView() {
        return View.of(view);
    }

    public String searchText() {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
