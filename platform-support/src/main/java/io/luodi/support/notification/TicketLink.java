package io.luodi.support.notification;

/** Where an opened notification leads: its ticket's page. */
public record TicketLink(long projectId, long ticketId) {

    public String path() {
        return "/projects/" + projectId + "/tickets/" + ticketId;
    }
}
