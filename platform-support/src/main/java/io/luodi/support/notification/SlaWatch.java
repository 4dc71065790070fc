package io.luodi.support.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the running SLA clocks of open tickets. A clock past its at-risk instant is told to the ticket's assignee
 * (the project's managers while nobody is assigned); a clock past its due instant is told to the assignee and
 * escalated to the project's managers. A clock already breached when first seen is reported as breached only.
 *
 * <p>Each clock is told once per instant: the job marks it with one {@code UPDATE … RETURNING} that only matches a
 * clock whose mark is missing or older than its current instant, so two runs or two nodes never both claim it, and
 * a clock whose instant moved later (a longer target after a severity change) is told again when it gets there.
 * A clock whose instant moved earlier keeps its mark: its people already know. The marks and the in-app
 * notifications commit together; e-mails go out after.
 */
@Component
class SlaWatch {

    private record Claimed(long ticketId, String clock) {
    }

    private final JdbcClient jdbc;
    private final Audience audience;
    private final NotificationManagement notifications;
    private final NotificationMailer mailer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SlaWatch(JdbcClient jdbc, Audience audience, NotificationManagement notifications, NotificationMailer mailer,
             PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.audience = audience;
        this.notifications = notifications;
        this.mailer = mailer;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Tells what is due now; answers how many notifications that made. */
    int watch() {
        Instant now = clock.instant();
        List<Notice> notices = transaction.execute(status -> {
            List<Notice> told = new ArrayList<>();
            for (Claimed breached : claimBreached(now)) {
                audience.ticket(breached.ticketId()).ifPresent(ticket -> told.addAll(breached(ticket, breached.clock())));
            }
            for (Claimed atRisk : claimAtRisk(now)) {
                audience.ticket(atRisk.ticketId()).ifPresent(ticket -> told.addAll(audience.assigneeOrManagers(ticket)
                        .stream().map(r -> new Notice(r, ticket, NotificationKind.SLA_AT_RISK, atRisk.clock(), null))
                        .toList()));
            }
            notifications.store(told, now);
            return told;
        });
        mailer.send(notices);
        return notices.size();
    }

    /** The assignee hears it breached; the managers (but an assignee who is one) hear it escalated. */
    private List<Notice> breached(NotifiedTicket ticket, String clockKind) {
        List<Notice> told = new ArrayList<>();
        List<Recipient> assignee = audience.assignee(ticket);
        assignee.forEach(r -> told.add(new Notice(r, ticket, NotificationKind.SLA_BREACHED, clockKind, null)));
        audience.managers(ticket.projectId()).stream()
                .filter(r -> assignee.stream().noneMatch(a -> a.userId() == r.userId()))
                .forEach(r -> told.add(new Notice(r, ticket, NotificationKind.SLA_ESCALATED, clockKind, null)));
        return told;
    }

    /** A breach also stands for being at risk, so both marks are set. */
    private List<Claimed> claimBreached(Instant now) {
        return claim("""
                UPDATE sla_clock c SET breach_notified_at = :now, at_risk_notified_at = :now
                FROM ticket t
                WHERE t.id = c.ticket_id AND t.status NOT IN ('RESOLVED', 'CLOSED') AND c.stopped_at IS NULL
                  AND c.due_at <= :now AND (c.breach_notified_at IS NULL OR c.breach_notified_at < c.due_at)
                  AND NOT EXISTS (SELECT 1 FROM sla_clock_pause p WHERE p.clock_id = c.id AND p.resumed_at IS NULL)
                RETURNING c.ticket_id, c.kind""", now);
    }

    private List<Claimed> claimAtRisk(Instant now) {
        return claim("""
                UPDATE sla_clock c SET at_risk_notified_at = :now
                FROM ticket t
                WHERE t.id = c.ticket_id AND t.status NOT IN ('RESOLVED', 'CLOSED') AND c.stopped_at IS NULL
                  AND c.at_risk_at <= :now AND (c.at_risk_notified_at IS NULL OR c.at_risk_notified_at < c.at_risk_at)
                  AND NOT EXISTS (SELECT 1 FROM sla_clock_pause p WHERE p.clock_id = c.id AND p.resumed_at IS NULL)
                RETURNING c.ticket_id, c.kind""", now);
    }

    private List<Claimed> claim(String update, Instant now) {
        return jdbc.sql(update).param("now", Timestamp.from(now))
                .query((rs, row) -> new Claimed(rs.getLong(1), rs.getString(2))).list();
    }
}
