package io.luodi.support.notification;

import io.luodi.support.SupportProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * E-mails notices to recipients who have an address, when a mail host is configured. Luodi keeps no language per
 * user, so every mail says it in Chinese first and then in English. A mail that cannot be sent is logged and
 * dropped: the notice is in the recipient's list anyway, and nothing a caller did is undone for it.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final SupportProperties properties;
    private final String publicUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
                       SupportProperties properties,
                       @Value("${luodi.public-url:http://localhost:8080}") String publicUrl) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.properties = properties;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Answers how many mails went out. */
    int send(List<Notice> notices) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Notice notice : notices) {
            String address = notice.recipient().email();
            if (address == null || address.isBlank()) {
                continue;
            }
            try {
                sender.send(message(sender, notice));
                sent++;
            } catch (MailException | MessagingException failed) {
                log.warn("{} e-mail about ticket {} to {} failed: {}", notice.kind(), notice.ticket().key(), address,
                        failed.getMessage());
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender sender, Notice notice) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.notifications().mailFrom());
        helper.setTo(notice.recipient().email());
        String labels = LANGUAGES.stream().map(locale -> messages.getMessage(notice.kind().labelKey(), null, locale))
                .collect(Collectors.joining(" / "));
        helper.setSubject(messages.getMessage("notification.mail.subject",
                new Object[]{notice.ticket().key(), notice.ticket().title(), labels}, Locale.SIMPLIFIED_CHINESE));
        String link = publicUrl + notice.ticket().link().path();
        helper.setText(LANGUAGES.stream().map(locale -> messages.getMessage("notification.mail.body",
                        new Object[]{notice.recipient().displayName(), text(notice, locale), link}, locale))
                .collect(Collectors.joining("\n\n————————\n\n")));
        return message;
    }

    private String text(Notice notice, Locale locale) {
        String actor = notice.actorName() != null ? notice.actorName()
                : messages.getMessage("notification.actor.system", null, locale);
        String detailKey = notice.kind().detailKey(notice.detail());
        String detail = detailKey == null ? "" : messages.getMessage(detailKey, null, notice.detail(), locale);
        return messages.getMessage(notice.kind().textKey(),
                new Object[]{actor, notice.ticket().key(), notice.ticket().title(), detail}, locale);
    }
}
