package io.luodi.support.ticket;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** A user's own saved ticket filters in a project: a name and the list's query string. */
@Service
@Transactional(readOnly = true)
public class TicketFilters {

    public record SavedFilter(long id, String name, String query) {
    }

    private final JdbcClient jdbc;

    TicketFilters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SavedFilter> of(ProjectAccess access) {
        return jdbc.sql("SELECT id, name, query FROM ticket_filter WHERE user_id = ? AND project_id = ? ORDER BY name")
                .params(access.user().id(), access.projectId())
                .query((rs, n) -> new SavedFilter(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Saves the filter under its name, replacing one of the same name. */
    @Transactional
    public void save(ProjectAccess access, String name, String query) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            throw new BusinessRuleException("ticket.filter.name");
        }
        if (query.length() > 500 || query.contains("://")) {
            throw new BusinessRuleException("ticket.filter.query");
        }
        jdbc.sql("""
                        INSERT INTO ticket_filter (user_id, project_id, name, query) VALUES (?, ?, ?, ?)
                        ON CONFLICT (user_id, project_id, name) DO UPDATE SET query = excluded.query""")
                .params(access.user().id(), access.projectId(), trimmed, query).update();
    }

    @Transactional
    public void delete(ProjectAccess access, long id) {
        jdbc.sql("DELETE FROM ticket_filter WHERE id = ? AND user_id = ? AND project_id = ?")
                .params(id, access.user().id(), access.projectId()).update();
    }
}
