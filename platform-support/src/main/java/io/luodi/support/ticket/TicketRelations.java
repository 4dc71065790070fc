package io.luodi.support.ticket;

import io.luodi.core.BusinessRuleException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** What hangs off a ticket besides its own fields: watchers, links to other tickets, and knowledge-base articles. */
@Component
class TicketRelations {

    private final JdbcClient jdbc;

    TicketRelations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String projectCode(long projectId) {
        return jdbc.sql("SELECT code FROM project WHERE id = ?").param(projectId).query(String.class).single();
    }

    void watch(long ticketId, long userId) {
        jdbc.sql("INSERT INTO ticket_watcher (ticket_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(ticketId, userId).update();
    }

    void unwatch(long ticketId, long userId) {
        jdbc.sql("DELETE FROM ticket_watcher WHERE ticket_id = ? AND user_id = ?").params(ticketId, userId).update();
    }

    boolean isWatching(long ticketId, long userId) {
        return jdbc.sql("SELECT count(*) FROM ticket_watcher WHERE ticket_id = ? AND user_id = ?")
                .params(ticketId, userId).query(Integer.class).single() > 0;
    }

    List<TicketView.Watcher> watchers(long ticketId) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name FROM ticket_watcher w JOIN app_user u ON u.id = w.user_id
                        WHERE w.ticket_id = ? ORDER BY u.display_name""")
                .param(ticketId).query((rs, n) -> new TicketView.Watcher(rs.getLong(1), rs.getString(2))).list();
    }

    void link(long ticketId, long otherId) {
        jdbc.sql("INSERT INTO ticket_link (ticket_id, linked_ticket_id) VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING")
                .params(ticketId, otherId, otherId, ticketId).update();
    }

    void unlink(long ticketId, long otherId) {
        jdbc.sql("DELETE FROM ticket_link WHERE (ticket_id = ? AND linked_ticket_id = ?) "
                + "OR (ticket_id = ? AND linked_ticket_id = ?)").params(ticketId, otherId, otherId, ticketId).update();
    }

    List<TicketView.Link> links(long ticketId) {
        return jdbc.sql("""
                        SELECT t.id, p.code || '-' || t.number, t.title, t.status
                        FROM ticket_link l JOIN ticket t ON t.id = l.linked_ticket_id JOIN project p ON p.id = t.project_id
                        WHERE l.ticket_id = ? ORDER BY t.number""")
                .param(ticketId).query((rs, n) -> new TicketView.Link(rs.getLong(1), rs.getString(2), rs.getString(3),
                        TicketStatus.valueOf(rs.getString(4)))).list();
    }

    void addArticle(long ticketId, String title, String url) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw BusinessRuleException.onField("title", "ticket.article.title.invalid");
        }
        if (!isWebAddress(url)) {
            throw BusinessRuleException.onField("url", "ticket.article.url.invalid");
        }
        jdbc.sql("INSERT INTO ticket_article (ticket_id, title, url) VALUES (?, ?, ?)")
                .params(ticketId, title.strip(), url.strip()).update();
    }

    void removeArticle(long ticketId, long articleId) {
        jdbc.sql("DELETE FROM ticket_article WHERE id = ? AND ticket_id = ?").params(articleId, ticketId).update();
    }

    List<TicketView.Article> articles(long ticketId) {
        return jdbc.sql("SELECT id, title, url FROM ticket_article WHERE ticket_id = ? ORDER BY id").param(ticketId)
                .query((rs, n) -> new TicketView.Article(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Only http(s) addresses: a javascript: or data: link would run in the reader's page. */
    private static boolean isWebAddress(String url) {
        if (url == null || url.isBlank() || url.strip().length() > 1000) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
