package io.luodi.requirements.meeting;

import io.luodi.core.export.DocumentWriter;
import io.luodi.core.project.ProjectSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A meeting's minutes as a Word document in the reader's language: the title with the meeting's facts, who
 * attended for which side, the agenda, the minutes, the numbered decisions with the requirements they produced,
 * and the action items.
 */
@Component
class MinutesDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final MessageSource messages;

    MinutesDocument(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(ProjectSummary project, MeetingDetail meeting, Locale locale) {
        DocumentWriter document = DocumentWriter.a4().cover(meeting.title(),
                label(locale, "minutes.subtitle", project.code(), project.name()), List.of(
                        new DocumentWriter.Fact(label(locale, "meeting.kind"),
                                label(locale, "meeting.kind." + meeting.kind())),
                        new DocumentWriter.Fact(label(locale, "meeting.heldOn"), DAY.format(meeting.heldOn())),
                        new DocumentWriter.Fact(label(locale, "meeting.location"), orDash(meeting.location())),
                        new DocumentWriter.Fact(label(locale, "minutes.project"), project.name()),
                        new DocumentWriter.Fact(label(locale, "minutes.customer"), project.customerName())));

        document.heading(1, label(locale, "meeting.attendees"));
        if (meeting.attendees().isEmpty()) {
            document.note(label(locale, "minutes.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (AttendeeSide side : AttendeeSide.values()) {
                meeting.attendeesOn(side).forEach(a -> rows.add(List.of(label(locale, "meeting.side." + side),
                        a.name(), orDash(a.role()))));
            }
            document.table(List.of(label(locale, "meeting.attendee.side"), label(locale, "meeting.attendee.name"),
                    label(locale, "meeting.attendee.role")), List.of(25, 35, 40), rows);
        }

        document.heading(1, label(locale, "meeting.agenda"));
        text(document, meeting.agenda(), locale);
        document.heading(1, label(locale, "meeting.minutes"));
        text(document, meeting.minutes(), locale);

        document.heading(1, label(locale, "meeting.decisions"));
        if (meeting.decisions().isEmpty()) {
            document.note(label(locale, "minutes.none"));
        } else {
            document.table(List.of(label(locale, "minutes.number"), label(locale, "meeting.decision.text"),
                            label(locale, "meeting.decision.requirements")), List.of(8, 67, 25),
                    meeting.decisions().stream().map(d -> List.of(String.valueOf(d.number()), d.text(),
                            d.requirements().isEmpty() ? "—" : d.requirements().stream()
                                    .map(MeetingDetail.RequirementLink::key).collect(Collectors.joining(", "))))
                            .toList());
        }

        document.heading(1, label(locale, "meeting.actionItems"));
        if (meeting.actionItems().isEmpty()) {
            document.note(label(locale, "minutes.none"));
        } else {
            document.table(List.of(label(locale, "minutes.number"), label(locale, "meeting.actionItem.text"),
                            label(locale, "meeting.actionItem.owner"), label(locale, "meeting.actionItem.dueOn"),
                            label(locale, "meeting.actionItem.done")), List.of(8, 47, 17, 16, 12),
                    meeting.actionItems().stream().map(a -> List.of(String.valueOf(a.number()), a.text(), a.owner(),
                            a.dueOn() == null ? "—" : DAY.format(a.dueOn()),
                            label(locale, a.done() ? "meeting.actionItem.done.yes" : "meeting.actionItem.done.no"))).toList());
        }
        return document.toBytes();
    }

    private void text(DocumentWriter document, String text, Locale locale) {
        if (text == null || text.isBlank()) {
            document.note(label(locale, "minutes.none"));
        } else {
            document.text(text);
        }
    }

    private String label(Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
