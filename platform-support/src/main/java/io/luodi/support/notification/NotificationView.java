package io.luodi.support.notification;

import java.time.Instant;

/**
 * A notification as its reader's list shows it.
 *
 * @param detail    the status or clock it concerns, see {@link NotificationKind#detailKey}
 * @param actorName who acted, {@code null} when the system did
 */
public record NotificationView(long id, NotificationKind kind, String detail, String actorName, long projectId,
                               long ticketId, String ticketKey, String ticketTitle, Instant createdAt,
                               boolean read) {

    /** The bundle key naming the detail, or null when the kind has none. */
    public String detailKey() {
        return kind.detailKey(detail);
    }
}
