package io.luodi.requirements.requirement;

import io.luodi.core.CoreProperties;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.export.SheetWriter;
import io.luodi.core.project.ProjectAccess;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requirement list and the change log as Excel workbooks, headed in the reader's language. Rows stream from a
 * database cursor into a streaming workbook that keeps only a window of rows in memory, so a project's size does
 * not decide the memory an export needs. Internal notes and their history go only to implementer staff. Every
 * export is recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class RequirementExports {

    private final RequirementQueries queries;
    private final MessageSource messages;
    private final CoreProperties core;
    private final AuditLog audit;

    RequirementExports(RequirementQueries queries, MessageSource messages, CoreProperties core, AuditLog audit) {
        this.queries = queries;
        this.messages = messages;
        this.core = core;
        this.audit = audit;
    }

    /** The requirements the query matches, in its order, every one of them (the query's page is ignored). */
    public byte[] requirementList(ProjectAccess access, RequirementQuery query, Locale locale) {
        boolean internal = access.seesInternal();
        ZoneId zone = core.timeZone();
        List<String> headers = new ArrayList<>(List.of("key", "title", "description", "category", "priority",
                "status", "scope", "acceptanceCriteria", "sources", "createdBy", "createdAt", "updatedAt"));
        List<Integer> widths = new ArrayList<>(List.of(10, 40, 60, 16, 10, 10, 10, 50, 8, 14, 12, 12));
        if (internal) {
            headers.add("internalNote");
            widths.add(50);
        }
        AtomicInteger rows = new AtomicInteger();
        byte[] workbook = write(locale, "export.requirements.sheet", headers, widths, sheet ->
                queries.eachRequirement(access.projectId(), query, rs -> {
                    List<Object> row = new ArrayList<>(Arrays.asList(
                            Requirement.key(rs.getInt("number")), rs.getString("title"),
                            rs.getString("description"), rs.getString("category"),
                            label(locale, "requirement.priority." + rs.getString("priority")),
                            label(locale, "requirement.status." + rs.getString("status")),
                            label(locale, "requirement.scope." + rs.getBoolean("in_scope")),
                            rs.getString("acceptance_criteria"), rs.getInt("sources"), rs.getString("created_by"),
                            day(rs.getTimestamp("created_at"), zone), day(rs.getTimestamp("updated_at"), zone)));
                    if (internal) {
                        row.add(rs.getString("internal_note"));
                    }
                    sheet.row(row);
                    rows.incrementAndGet();
                }));
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "requirement", null,
                access.projectId(), "requirement list, " + rows.get() + " rows" + (internal ? " with internal notes" : ""));
        return workbook;
    }

    /** Every change of the project's requirements, oldest first. */
    public byte[] changeLog(ProjectAccess access, Locale locale) {
        boolean internal = access.seesInternal();
        ZoneId zone = core.timeZone();
        AtomicInteger rows = new AtomicInteger();
        byte[] workbook = write(locale, "export.changes.sheet",
                List.of("key", "field", "oldValue", "newValue", "changedBy", "changedAt", "cause"),
                List.of(10, 16, 40, 40, 18, 18, 30), sheet ->
                        queries.eachChange(access.projectId(), internal, change -> {
                            sheet.row(Arrays.asList(change.key(),
                                    label(locale, "requirement.field." + change.field()),
                                    value(locale, change.oldLabel(), change.oldValue()),
                                    value(locale, change.newLabel(), change.newValue()),
                                    change.changedByName(),
                                    LocalDateTime.ofInstant(change.changedAt(), zone), change.cause()));
                            rows.incrementAndGet();
                        }));
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "requirement-change", null,
                access.projectId(), "change log, " + rows.get() + " rows" + (internal ? " with internal notes" : ""));
        return workbook;
    }

    @FunctionalInterface
    private interface Rows {
        void writeTo(SheetWriter sheet);
    }

    private byte[] write(Locale locale, String sheetName, List<String> columns, List<Integer> widths, Rows rows) {
        List<String> headers = columns.stream().map(c -> label(locale, "export.column." + c)).toList();
        return SheetWriter.streamedWorkbook(label(locale, sheetName), headers, widths, rows::writeTo);
    }

    private String label(Locale locale, String code) {
        return messages.getMessage(code, null, code, locale);
    }

    private String value(Locale locale, String labelCode, String value) {
        return labelCode != null ? label(locale, labelCode) : value;
    }

    private static LocalDate day(Timestamp timestamp, ZoneId zone) {
        return timestamp.toInstant().atZone(zone).toLocalDate();
    }
}
