package io.luodi.support.notification;

import io.luodi.core.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds who is told about a ticket: its assignee, reporter and watchers, and its project's managers. */
@Component
class Audience {

    private final JdbcClient jdbc;

    Audience(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NotifiedTicket> ticket(long ticketId) {
        return jdbc.sql("""
                        SELECT t.id, t.project_id, p.code || '-' || t.number, t.title, t.reporter_id, t.assignee_id
                        FROM ticket t JOIN project p ON p.id = t.project_id WHERE t.id = :id""")
                .param("id", ticketId)
                .query((rs, row) -> new NotifiedTicket(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getObject(6, Long.class)))
                .optional();
    }

    /** The assignee, or the project's managers while nobody is assigned. */
    List<Recipient> assigneeOrManagers(NotifiedTicket ticket) {
        return ticket.assigneeId() != null ? users(List.of(ticket.assigneeId())) : managers(ticket.projectId());
    }

    List<Recipient> assignee(NotifiedTicket ticket) {
        return ticket.assigneeId() == null ? List.of() : users(List.of(ticket.assigneeId()));
    }

    List<Recipient> reporterAndWatchers(NotifiedTicket ticket) {
        Set<Long> ids = new LinkedHashSet<>();
        if (ticket.reporterId() != null) {
            ids.add(ticket.reporterId());
        }
        ids.addAll(watcherIds(ticket));
        return users(ids);
    }

    /** The watchers on the implementer's side: those who may read internal notes. */
    List<Recipient> staffWatchers(NotifiedTicket ticket) {
        return users(watcherIds(ticket)).stream().filter(r -> !r.customer()).toList();
    }

    /** The members with the project manager role. */
    List<Recipient> managers(long projectId) {
        return users(jdbc.sql("""
                        SELECT user_id FROM project_member
                        WHERE project_id = :project AND project_role = 'PROJECT_MANAGER'""")
                .param("project", projectId).query(Long.class).list());
    }

    Optional<String> name(long userId) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE id = :id").param("id", userId)
                .query(String.class).optional();
    }

    private List<Long> watcherIds(NotifiedTicket ticket) {
        return jdbc.sql("SELECT user_id FROM ticket_watcher WHERE ticket_id = :ticket ORDER BY user_id")
                .param("ticket", ticket.id()).query(Long.class).list();
    }

    /** The enabled ones among these users. */
    private List<Recipient> users(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, display_name, email, role FROM app_user
                        WHERE id IN (:ids) AND enabled ORDER BY id""")
                .param("ids", ids)
                .query((rs, row) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)) == Role.CUSTOMER))
                .list();
    }
}
