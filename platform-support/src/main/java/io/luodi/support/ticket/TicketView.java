package io.luodi.support.ticket;

import io.luodi.support.sla.ClockView;

import java.time.Instant;
import java.util.List;

/**
 * A ticket as one reader may see it. For a customer the internal parts are already gone: no root cause, no
 * internal notes or attachments, no internal history, no watchers or links.
 */
public record TicketView(long id, long projectId, String key, String title, String description, TicketType type,
                         Severity severity, String module, String environment, TicketStatus status,
                         TicketSource source, Long reporterId, String reporterName, Long assigneeId,
                         String assigneeName, String rootCause, Instant createdAt, Instant updatedAt,
                         Instant resolvedAt, Instant closedAt, long version, List<ClockView> clocks,
                         List<Comment> comments, List<Attachment> attachments, List<Event> history,
                         List<Watcher> watchers, List<Link> links, List<Article> articles, boolean watching) {

    public record Comment(long id, String authorName, boolean customer, boolean internal, String body,
                          Instant createdAt) {
    }

    public record Attachment(long id, String fileName, long sizeBytes, boolean internal, String uploadedBy,
                             Instant uploadedAt) {
    }

    public record Event(Instant at, String actor, TicketField field, String oldValue, String newValue,
                        boolean internal) {
    }

    public record Watcher(long userId, String displayName) {
    }

    public record Link(long ticketId, String key, String title, TicketStatus status) {
    }

    public record Article(long id, String title, String url) {
    }
}
