package io.luodi.support.notification;

/** What a notification needs to know of its ticket. */
record NotifiedTicket(long id, long projectId, String key, String title, Long reporterId, Long assigneeId) {

    TicketLink link() {
        return new TicketLink(projectId, id);
    }
}
