package io.luodi.support.standup;

import io.luodi.core.export.DocumentWriter;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.project.ProjectSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A stand-up as a Word document in the reader's language, named in it too ("HIS 每日站会 2026-11-25"): the day's
 * facts, who attended for which side, the agenda as a table, then progress, plan, risks and decisions.
 */
@Component
class StandupDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final MessageSource messages;

    StandupDocument(MessageSource messages) {
        this.messages = messages;
    }

    ExportedFile write(ProjectSummary project, StandupDetail standup, Locale locale) {
        DocumentWriter document = DocumentWriter.a4().cover(label(locale, "standup.title"),
                label(locale, "standup.export.subtitle", project.code(), project.name()), List.of(
                        new DocumentWriter.Fact(label(locale, "standup.day"), DAY.format(standup.day())),
                        new DocumentWriter.Fact(label(locale, "standup.facilitator"), orDash(standup.facilitatorName())),
                        new DocumentWriter.Fact(label(locale, "standup.export.customer"), project.customerName()),
                        new DocumentWriter.Fact(label(locale, "standup.state"), label(locale,
                                standup.finalised() ? "standup.state.finalised" : "standup.state.draft"))));

        document.heading(1, label(locale, "standup.attendees"));
        List<List<String>> present = new ArrayList<>();
        for (OrganisationKind side : OrganisationKind.values()) {
            standup.present().stream().filter(a -> a.side() == side)
                    .forEach(a -> present.add(List.of(label(locale, "standup.side." + side), a.name())));
        }
        if (present.isEmpty()) {
            document.note(label(locale, "standup.none"));
        } else {
            document.table(List.of(label(locale, "standup.attendee.side"), label(locale, "standup.attendee.name")),
                    List.of(30, 70), present);
        }

        document.heading(1, label(locale, "standup.agenda"));
        if (standup.items().isEmpty()) {
            document.note(label(locale, "standup.none"));
        } else {
            document.table(List.of(label(locale, "standup.export.number"), label(locale, "standup.item.ticket"),
                            label(locale, "standup.item.severityStatus"), label(locale, "standup.item.assignee"),
                            label(locale, "standup.item.changes"), label(locale, "standup.item.note"),
                            label(locale, "standup.item.owner"), label(locale, "standup.item.nextStep")),
                    List.of(5, 21, 11, 9, 14, 19, 9, 12),
                    standup.items().stream().map(item -> row(item, locale)).toList());
        }

        for (SectionKind kind : SectionKind.values()) {
            document.heading(1, label(locale, "standup.section." + kind));
            String text = standup.section(kind).text();
            if (text == null) {
                document.note(label(locale, "standup.none"));
            } else {
                document.text(text);
            }
        }
        return ExportedFile.docx(project.code() + " " + label(locale, "standup.export.file") + " "
                + DAY.format(standup.day()), document.toBytes());
    }

    private List<String> row(StandupDetail.ItemView item, Locale locale) {
        String ticket = item.topic() ? item.title() : item.ticketKey() + "\n" + item.title();
        String severityStatus = item.topic() ? "—" : label(locale, "ticket.severity." + item.severity()) + "\n"
                + label(locale, "ticket.status." + item.status());
        return List.of(String.valueOf(item.number()), ticket, severityStatus, orDash(item.assignee()),
                changes(item, locale), orDash(item.note()), orDash(item.owner()), orDash(item.nextStep()));
    }

    /** The reasons an item is on the agenda, a status change spelt out as "In progress → Resolved". */
    private String changes(StandupDetail.ItemView item, Locale locale) {
        return item.reasons().stream().map(reason -> switch (reason) {
            case STATUS_CHANGED, RESOLVED -> label(locale, "standup.reason." + reason) + ": "
                    + label(locale, "ticket.status." + item.statusBefore()) + " → "
                    + label(locale, "ticket.status." + item.status());
            default -> label(locale, "standup.reason." + reason);
        }).collect(Collectors.joining("\n"));
    }

    private String label(Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
