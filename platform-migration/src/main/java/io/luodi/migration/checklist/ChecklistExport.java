package io.luodi.migration.checklist;

import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.export.SheetWriter;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import io.luodi.migration.environment.EnvironmentDirectory;
import io.luodi.migration.environment.EnvironmentSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An environment's checklist as one Excel sheet, in the reader's language and time zone, evidence included. */
@Service
@Transactional(readOnly = true)
public class ChecklistExport {

    private static final List<String> HEADERS = List.of("component", "item", "blocking", "status", "owner", "dueOn",
            "observed", "evidence", "updatedBy", "updatedAt");
    private static final List<Integer> WIDTHS = List.of(20, 40, 8, 10, 12, 12, 40, 40, 14, 18);

    private final Checklists checklists;
    private final EnvironmentDirectory directory;
    private final ProjectManagement projects;
    private final MessageSource messages;
    private final AuditLog audit;

    ChecklistExport(Checklists checklists, EnvironmentDirectory directory, ProjectManagement projects,
                    MessageSource messages, AuditLog audit) {
        this.checklists = checklists;
        this.directory = directory;
        this.projects = projects;
        this.messages = messages;
        this.audit = audit;
    }

    public ExportedFile export(ProjectAccess access, long environmentId, Locale locale, ZoneId zone) {
        EnvironmentSummary environment = directory.environment(access.projectId(), environmentId)
                .orElseThrow(() -> new NotFoundException("environment " + environmentId));
        ChecklistView checklist = checklists.view(environmentId);
        String environmentWide = text("checklist.environmentWide", locale);
        byte[] content = SheetWriter.streamedWorkbook(environment.name(),
                HEADERS.stream().map(h -> text("checklist.export." + h, locale)).toList(), WIDTHS,
                sheet -> checklist.items().forEach(item -> sheet.row(Arrays.asList(
                        item.componentName() == null ? environmentWide : item.componentName(),
                        text("checklist.item." + item.key(), locale),
                        text(item.blocking() ? "checklist.blocking.yes" : "checklist.blocking.no", locale),
                        text("checklist.status." + item.status(), locale),
                        item.ownerName(),
                        item.dueOn(),
                        item.observedValue(),
                        item.evidenceNote(),
                        item.updatedBy(),
                        item.updatedAt() == null ? null : LocalDateTime.ofInstant(item.updatedAt(), zone)))));
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "environment", environmentId,
                access.projectId(), "checklist");
        String project = projects.overview(access).project().code();
        return ExportedFile.xlsx(project + "-" + environment.name() + "-" + text("checklist.export.file", locale),
                content);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
