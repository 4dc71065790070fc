package io.luodi.support.ticket;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A ticket list's filter. {@code view} is one of the saved views: open (default), mine (assigned to or raised by
 * the reader), unassigned, breaching (at risk or breached, still open), done, all.
 */
public record TicketQuery(String view, Severity severity, TicketStatus status, TicketType type, String text,
                          Integer page) {

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

    /** The filter as the list's query string (without the page), for saving it under a name. */
    public String queryString() {
        StringBuilder query = new StringBuilder("view=").append(selectedView().slug());
        if (severity != null) {
            query.append("&severity=").append(severity);
        }
        if (status != null) {
            query.append("&status=").append(status);
        }
        if (type != null) {
            query.append("&type=").append(type);
        }
        if (searchText() != null) {
            query.append("&text=").append(URLEncoder.encode(searchText(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public int pageIndex() {
        return page == null ? 0 : Math.max(page, 0);
    }

    public String searchText() {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
