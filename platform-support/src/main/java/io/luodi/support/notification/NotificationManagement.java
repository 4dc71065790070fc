package io.luodi.support.notification;

import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A user's own notifications: the list, the unread count, opening one and marking all read. Nobody reaches another
 * user's notifications, and notifications of a project the user no longer sees are gone for them too (404).
 */
@Service
@Transactional(readOnly = true)
public class NotificationManagement {

    /** Pages are short: the list is for catching up, not an archive. */
    private static final int PAGE_SIZE = 20;

    private final NotificationRepository notifications;
    private final ProjectAccessPolicy accessPolicy;
    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationManagement(NotificationRepository notifications, ProjectAccessPolicy accessPolicy, JdbcClient jdbc,
                           Clock clock) {
        this.notifications = notifications;
        this.accessPolicy = accessPolicy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The user's notifications, newest first. */
    public Page<NotificationView> page(CurrentUser user, int page) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        List<Long> projects = accessPolicy.visibleProjectIds(user);
        if (projects.isEmpty()) {
            return Page.empty(pageable);
        }
        long total = jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :user AND project_id IN (:projects)")
                .param("user", user.id()).param("projects", projects).query(Long.class).single();
        List<NotificationView> content = jdbc.sql("""
                        SELECT n.id, n.kind, n.detail, n.actor_name, n.project_id, n.ticket_id,
                               p.code || '-' || t.number, t.title, n.created_at, n.read_at IS NOT NULL
                        FROM notification n
                        JOIN ticket t ON t.id = n.ticket_id
                        JOIN project p ON p.id = n.project_id
                        WHERE n.user_id = :user AND n.project_id IN (:projects)
                        ORDER BY n.created_at DESC, n.id DESC
                        LIMIT :limit OFFSET :offset""")
                .param("user", user.id()).param("projects", projects)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, row) -> new NotificationView(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getString(7),
                        rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getBoolean(10)))
                .list();
        return new PageImpl<>(content, pageable, total);
    }

    public long unreadCount(CurrentUser user) {
        List<Long> projects = accessPolicy.visibleProjectIds(user);
        return projects.isEmpty() ? 0 : notifications.countByUserIdAndProjectIdInAndReadAtIsNull(user.id(), projects);
    }

    /** Marks one of the user's notifications read and answers the ticket it leads to. */
    @Transactional
    public TicketLink open(CurrentUser user, long id) {
        Notification notification = notifications.findByIdAndUserIdAndProjectIdIn(id, user.id(),
                        accessPolicy.visibleProjectIds(user))
                .filter(n -> n.getTicketId() != null)
                .orElseThrow(() -> new NotFoundException("notification " + id));
        notification.markRead(clock.instant());
        return new TicketLink(notification.getProjectId(), notification.getTicketId());
    }

    /** Marks every unread notification of the user read; answers how many there were. */
    @Transactional
    public int markAllRead(CurrentUser user) {
        return notifications.markAllRead(user.id(), clock.instant());
    }

    /** Keeps the notices in their recipients' lists, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void store(List<Notice> notices, Instant at) {
        notifications.saveAll(notices.stream().map(n -> new Notification(n.recipient().userId(),
                n.ticket().projectId(), n.ticket().id(), n.kind(), n.detail(), n.actorName(), at)).toList());
    }
}
