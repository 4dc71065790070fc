package io.luodi.support.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One thing one user is told about a ticket, unread until they open it or mark everything read. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    private long projectId;

    private Long ticketId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String detail;

    private String actorName;

    private Instant createdAt;

    private Instant readAt;

    protected Notification() {
    }

    Notification(long userId, long projectId, long ticketId, NotificationKind kind, String detail, String actorName,
                 Instant createdAt) {
        this.userId = userId;
        this.projectId = projectId;
        this.ticketId = ticketId;
        this.kind = kind;
        this.detail = detail;
        this.actorName = actorName;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    long getProjectId() {
        return projectId;
    }

    Long getTicketId() {
        return ticketId;
    }
}
