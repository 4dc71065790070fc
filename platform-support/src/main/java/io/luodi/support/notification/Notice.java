package io.luodi.support.notification;

/** One thing to tell one recipient: kept in their notification list and, when mail is set up, e-mailed. */
record Notice(Recipient recipient, NotifiedTicket ticket, NotificationKind kind, String detail, String actorName) {
}
