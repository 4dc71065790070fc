package io.luodi.support.notification;

import io.luodi.support.ticket.TicketActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Tells people what happened to a ticket once the change has committed: a new ticket its assignee (or the
 * project's managers while nobody is assigned), a status change or public reply its reporter and watchers, an
 * internal note the staff among its watchers. Whoever acted is never told of their own doing.
 */
@Component
class TicketActivityNotifier {

    private static final Logger log = LoggerFactory.getLogger(TicketActivityNotifier.class);

    private final Audience audience;
    private final NotificationManagement notifications;
    private final NotificationMailer mailer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TicketActivityNotifier(Audience audience, NotificationManagement notifications, NotificationMailer mailer,
                           PlatformTransactionManager transactionManager, Clock clock) {
        this.audience = audience;
        this.notifications = notifications;
        this.mailer = mailer;
        // The ticket's own transaction has committed; the notifications are kept in one of their own.
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Runs after the ticket's change committed, in the request that made it. Nothing here may fail that request:
     * the change is done and the user must see it so, so a failure to tell people is logged instead.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(TicketActivity activity) {
        try {
            List<Notice> notices = transaction.execute(status -> {
                List<Notice> told = notices(activity);
                notifications.store(told, clock.instant());
                return told;
            });
            mailer.send(notices);
        } catch (RuntimeException failed) {
            log.error("Could not tell people about {} of ticket {}", activity.kind(), activity.ticketId(), failed);
        }
    }

    private List<Notice> notices(TicketActivity activity) {
        NotifiedTicket ticket = audience.ticket(activity.ticketId()).orElse(null);
        if (ticket == null) {
            return List.of();
        }
        String actor = activity.actorUserId() == null ? null : audience.name(activity.actorUserId()).orElse(null);
        NotificationKind kind = switch (activity.kind()) {
            case OPENED -> NotificationKind.TICKET_OPENED;
            case STATUS_CHANGED -> NotificationKind.STATUS_CHANGED;
            case REPLIED -> activity.internal() ? NotificationKind.NOTE_ADDED : NotificationKind.REPLIED;
        };
        List<Recipient> recipients = switch (activity.kind()) {
            case OPENED -> audience.assigneeOrManagers(ticket);
            case STATUS_CHANGED -> audience.reporterAndWatchers(ticket);
            case REPLIED -> activity.internal() ? audience.staffWatchers(ticket) : audience.reporterAndWatchers(ticket);
        };
        String detail = activity.kind() == TicketActivity.Kind.STATUS_CHANGED ? activity.status().name() : null;
        return recipients.stream()
                .filter(r -> !Objects.equals(r.userId(), activity.actorUserId()))
                .map(r -> new Notice(r, ticket, kind, detail, actor))
                .toList();
    }
}
