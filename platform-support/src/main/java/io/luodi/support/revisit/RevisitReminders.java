package io.luodi.support.revisit;

import io.luodi.core.CoreProperties;
import io.luodi.support.SupportProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * E-mails each revisit's owner when an open occurrence is due within {@code reminder-days-ahead} days, or overdue,
 * once per occurrence. Does nothing when no mail host is configured. An occurrence is claimed (its reminded_at set
 * and committed) before its mail goes out, so two runs never both send it; a mail that fails is released for the
 * next run.
 */
@Component
public class RevisitReminders {

    private static final Logger log = LoggerFactory.getLogger(RevisitReminders.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private record Due(long occurrenceId, LocalDate dueOn, long planId, long projectId, String kind,
                       String contactPerson, String purpose, String email, String ownerName, String projectCode,
                       String projectName, String customerName) {
    }

    private final ObjectProvider<JavaMailSender> mailSender;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final SupportProperties properties;
    private final Clock clock;
    private final String publicUrl;

    RevisitReminders(ObjectProvider<JavaMailSender> mailSender, JdbcClient jdbc, MessageSource messages,
                     SupportProperties properties, CoreProperties core, Clock clock,
                     @Value("${luodi.public-url:http://localhost:8080}") String publicUrl) {
        this.mailSender = mailSender;
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock.withZone(core.timeZone());
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Scheduled(cron = "${luodi.support.revisits.reminder-cron:0 0 8 * * *}",
            zone = "${luodi.core.time-zone:Asia/Shanghai}")
    void onSchedule() {
        int sent = sendDueReminders();
        if (sent > 0) {
            log.info("Sent {} revisit reminder(s)", sent);
        }
    }

    /** Sends the reminders that are due and not yet sent; answers how many went out. */
    public int sendDueReminders() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        LocalDate until = LocalDate.now(clock).plusDays(properties.revisits().reminderDaysAhead());
        List<Due> due = jdbc.sql("""
                        SELECT o.id, o.due_on, p.id, p.project_id, p.kind, p.contact_person, p.purpose, u.email,
                               u.display_name, pr.code, pr.name, org.name
                        FROM revisit_occurrence o
                        JOIN revisit_plan p ON p.id = o.plan_id
                        JOIN app_user u ON u.id = p.owner_user_id
                        JOIN project pr ON pr.id = p.project_id
                        JOIN organisation org ON org.id = pr.customer_organisation_id
                        WHERE o.held_on IS NULL AND o.reminded_at IS NULL AND o.due_on <= :until
                          AND u.enabled AND u.email IS NOT NULL
                        ORDER BY o.due_on, o.id""")
                .param("until", until)
                .query((rs, row) -> new Due(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3),
                        rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)))
                .list();
        int sent = 0;
        for (Due reminder : due) {
            if (!claim(reminder)) {
                continue;
            }
            try {
                sender.send(message(sender, reminder));
                sent++;
            } catch (MailException | MessagingException failed) {
                log.warn("Revisit reminder for occurrence {} to {} failed, will retry: {}", reminder.occurrenceId(),
                        reminder.email(), failed.getMessage());
                jdbc.sql("UPDATE revisit_occurrence SET reminded_at = NULL WHERE id = :id")
                        .param("id", reminder.occurrenceId()).update();
            }
        }
        return sent;
    }

    private boolean claim(Due reminder) {
        return jdbc.sql("""
                        UPDATE revisit_occurrence SET reminded_at = :now
                        WHERE id = :id AND reminded_at IS NULL AND held_on IS NULL""")
                .param("now", Timestamp.from(clock.instant())).param("id", reminder.occurrenceId())
                .update() == 1;
    }

    private MimeMessage message(JavaMailSender sender, Due reminder) throws MessagingException {
        String kind = messages.getMessage("revisit.kind." + reminder.kind(), null, reminder.kind(), CHINESE);
        String link = publicUrl + "/projects/" + reminder.projectId() + "/revisits/" + reminder.planId();
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.revisits().reminderFrom());
        helper.setTo(reminder.email());
        helper.setSubject(messages.getMessage("revisit.reminder.subject",
                new Object[]{reminder.customerName(), kind, reminder.dueOn().toString()}, CHINESE));
        helper.setText(messages.getMessage("revisit.reminder.body", new Object[]{reminder.ownerName(),
                reminder.projectCode(), reminder.projectName(), reminder.customerName(), kind,
                reminder.contactPerson(), reminder.purpose() == null ? "—" : reminder.purpose(),
                reminder.dueOn().toString(), link}, CHINESE));
        return message;
    }
}
