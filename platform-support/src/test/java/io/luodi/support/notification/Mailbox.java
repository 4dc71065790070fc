package io.luodi.support.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The mails GreenMail received for one address, read as subject and text. */
record Mailbox(GreenMailExtension greenMail, String address) {

    record Mail(String subject, String body) {
    }

    List<Mail> mails() {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(this::isForMe).map(Mailbox::read).toList();
    }

    private boolean isForMe(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), (String) message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
