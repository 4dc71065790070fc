package io.luodi.support.alert;

import io.luodi.core.CoreProperties;
import io.luodi.support.ticket.TicketManagement;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns alerts into tickets. A firing alert without an unclosed ticket opens an incident; one that fires as we
 * last heard changes nothing unless it now reports a more urgent severity, which raises the ticket's (monitors
 * repeat a firing alert every few minutes, which must not flood the ticket); one that fires again after resolving gets one internal note (and its ticket, if
 * resolved meanwhile, reopens). A resolution gets one internal note and, with the project's auto-resolve on,
 * resolves the ticket. Each alert is its own transaction, so one bad alert does not lose the others.
 */
@Service
public class AlertIntake {

    /** Ticket text is written once for every reader; Luodi's users read Chinese. */
    private static final Locale TEXT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final TicketManagement tickets;
    private final TicketAlertRepository alerts;
    private final AlertWebhooks webhooks;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final CoreProperties core;
    private final Clock clock;

    AlertIntake(TicketManagement tickets, TicketAlertRepository alerts, AlertWebhooks webhooks,
                MessageSource messages, PlatformTransactionManager transactionManager, CoreProperties core,
                Clock clock) {
        this.tickets = tickets;
        this.alerts = alerts;
        this.webhooks = webhooks;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactionManager);
        this.core = core;
        this.clock = clock;
    }

    /** Applies a notification's alerts in order; the caller has authenticated the sender for the project. */
    public List<AlertOutcome> receive(long projectId, List<AlertNotice> notices) {
        WebhookSettings settings = webhooks.settings(projectId);
        return notices.stream().map(notice -> receive(projectId, settings, notice)).toList();
    }

    private AlertOutcome receive(long projectId, WebhookSettings settings, AlertNotice notice) {
        try {
            return transaction.execute(status -> apply(projectId, settings, notice));
        } catch (DataIntegrityViolationException concurrent) {
            // Another delivery of the same alert opened its ticket first (the unique index on open alert tickets
            // refused ours, and everything this attempt wrote was rolled back); now we find that ticket.
            return transaction.execute(status -> apply(projectId, settings, notice));
        }
    }

    private AlertOutcome apply(long projectId, WebhookSettings settings, AlertNotice notice) {
        Instant now = clock.instant();
        Optional<Long> existing = tickets.findAlertTicket(projectId, notice.fingerprint());
        if (existing.isEmpty()) {
            if (!notice.firing()) {
                return new AlertOutcome(notice.fingerprint(), AlertOutcome.Kind.IGNORED, null);
            }
            long ticketId = tickets.openForAlert(projectId, notice.fingerprint(), notice.monitor().displayName(),
                    notice.title(), description(notice),
                    notice.severity() != null ? notice.severity() : settings.defaultSeverity(), notice.module(),
                    notice.environment());
            alerts.save(new TicketAlert(ticketId, notice.monitor(), startOf(notice, now), now));
            return new AlertOutcome(notice.fingerprint(), AlertOutcome.Kind.OPENED, ticketId);
        }
        long ticketId = existing.get();
        TicketAlert alert = alerts.findById(ticketId)
                .orElseThrow(() -> new IllegalStateException("alert ticket " + ticketId + " without its alert"));
        if (notice.firing()) {
            if (!alert.firesAgain(notice.startedAt())) {
                boolean escalated = notice.severity() != null
                        && tickets.escalateFromMonitoring(ticketId, notice.severity());
                return new AlertOutcome(notice.fingerprint(),
                        escalated ? AlertOutcome.Kind.ESCALATED : AlertOutcome.Kind.UNCHANGED, ticketId);
            }
            alert.fire(startOf(notice, now), now);
            tickets.noteFromMonitoring(ticketId, notice.monitor().displayName(),
                    text("alerts.note.firedAgain", time(startOf(notice, now))));
            tickets.reopenFromMonitoring(ticketId);
            return new AlertOutcome(notice.fingerprint(), AlertOutcome.Kind.FIRED_AGAIN, ticketId);
        }
        if (!alert.resolve(now)) {
            return new AlertOutcome(notice.fingerprint(), AlertOutcome.Kind.UNCHANGED, ticketId);
        }
        Instant end = notice.endedAt() != null ? notice.endedAt() : now;
        tickets.noteFromMonitoring(ticketId, notice.monitor().displayName(), text(settings.autoResolve()
                ? "alerts.note.resolved" : "alerts.note.resolvedForPerson", time(end)));
        if (settings.autoResolve()) {
            tickets.resolveFromMonitoring(ticketId);
        }
        return new AlertOutcome(notice.fingerprint(), AlertOutcome.Kind.RESOLVED, ticketId);
    }

    private static Instant startOf(AlertNotice notice, Instant now) {
        return notice.startedAt() != null ? notice.startedAt() : now;
    }

    /** The ticket's description: where it came from, when it started, the alert's labels, annotations and link. */
    private String description(AlertNotice notice) {
        StringBuilder text = new StringBuilder(text("alerts.text.opened", notice.monitor().displayName()));
        if (notice.startedAt() != null) {
            text.append('\n').append(text("alerts.text.started", time(notice.startedAt())));
        }
        section(text, "alerts.text.labels", notice.labels());
        section(text, "alerts.text.annotations", notice.annotations());
        if (notice.link() != null) {
            text.append("\n\n").append(text("alerts.text.link", notice.monitor().displayName(), notice.link()));
        }
        return text.toString();
    }

    private void section(StringBuilder text, String heading, Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        text.append("\n\n").append(text(heading));
        values.forEach((key, value) -> text.append("\n- ").append(key).append(": ")
                .append(value == null ? "" : value.strip()));
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(core.timeZone()));
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, TEXT_LOCALE);
    }
}
