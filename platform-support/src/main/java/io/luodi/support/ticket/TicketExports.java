package io.luodi.support.ticket;

import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.export.SheetWriter;
import io.luodi.core.project.ProjectAccess;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A ticket list as an Excel workbook in the reader's language and time zone, the same rows the page filters to. */
@Service
@Transactional(readOnly = true)
public class TicketExports {

    private static final List<String> COLUMNS = List.of("key", "title", "type", "severity", "status", "reporter",
            "assignee", "created", "updated", "responseDue", "resolutionDue", "atRisk", "breached");
    private static final List<Integer> WIDTHS = List.of(12, 48, 14, 8, 14, 16, 16, 18, 18, 18, 18, 8, 8);

    private final TicketQueries queries;
    private final MessageSource messages;
    private final AuditLog audit;

    TicketExports(TicketQueries queries, MessageSource messages, AuditLog audit) {
        this.queries = queries;
        this.messages = messages;
        this.audit = audit;
    }

    public ExportedFile list(ProjectAccess access, TicketQuery query, Locale locale, ZoneId zone) {
        List<String> headers = COLUMNS.stream().map(c -> label(locale, "ticket.export." + c)).toList();
        String yes = label(locale, "ticket.export.yes");
        byte[] workbook = SheetWriter.streamedWorkbook(label(locale, "ticket.export.sheet"), headers, WIDTHS,
                sheet -> queries.each(access, query, t -> sheet.row(Arrays.asList(t.key(), t.title(),
                        label(locale, "ticket.type." + t.type()), t.severity().name(),
                        label(locale, "ticket.status." + t.status()), t.reporterName(), t.assigneeName(),
                        local(t.createdAt(), zone), local(t.updatedAt(), zone), local(t.responseDue(), zone),
                        local(t.resolutionDue(), zone), t.atRisk() ? yes : null, t.breached() ? yes : null))));
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "ticket", null, access.projectId(),
                "ticket list " + query.selectedView());
        return ExportedFile.xlsx(label(locale, "ticket.export.file"), workbook);
    }

    private String label(Locale locale, String code) {
        return messages.getMessage(code, null, code, locale);
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
