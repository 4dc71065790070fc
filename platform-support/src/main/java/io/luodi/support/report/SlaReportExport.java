package io.luodi.support.report;

import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.export.SheetWriter;
import io.luodi.core.project.ProjectAccess;
import io.luodi.support.satisfaction.SatisfactionFigures;
import io.luodi.support.sla.ClockKind;
import io.luodi.support.ticket.Severity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The SLA report as an Excel workbook in the reader's language and time zone: compliance, mean times, open tickets
 * by age, satisfaction, and every ticket opened in the period. Each download is audited.
 */
@Service
@Transactional(readOnly = true)
public class SlaReportExport {

    private final SlaReports reports;
    private final SlaReportQueries queries;
    private final SatisfactionFigures satisfaction;
    private final MessageSource messages;
    private final AuditLog audit;

    SlaReportExport(SlaReports reports, SlaReportQueries queries, SatisfactionFigures satisfaction,
                    MessageSource messages, AuditLog audit) {
        this.reports = reports;
        this.queries = queries;
        this.satisfaction = satisfaction;
        this.messages = messages;
        this.audit = audit;
    }

    public ExportedFile workbook(ProjectAccess access, String projectCode, ReportPeriod period, Locale locale,
                                 ZoneId zone) {
        SlaReport report = reports.report(access, period, zone);
        byte[] bytes = SheetWriter.streamedWorkbook(workbook -> {
            complianceSheet(SheetWriter.start(workbook, text(locale, "report.sheet.compliance"),
                    headers(locale, "month", "severity", "clock", "met", "breached", "compliance"),
                    List.of(10, 10, 14, 8, 8, 10)), report, locale);
            timesSheet(SheetWriter.start(workbook, text(locale, "report.sheet.times"),
                    headers(locale, "month", "severity", "responded", "mtta", "resolved", "mttr"),
                    List.of(10, 10, 10, 12, 10, 12)), report);
            ageSheet(SheetWriter.start(workbook, text(locale, "report.sheet.age"),
                    header(locale, "severity", Arrays.stream(AgeBucket.values())
                            .map(b -> text(locale, "report.age." + b)).toList()),
                    List.of(10, 10, 10, 10, 10, 10)), report);
            satisfactionSheet(SheetWriter.start(workbook, text(locale, "report.sheet.satisfaction"),
                    headers(locale, "survey", "ticket", "title", "person", "score", "comment", "time"),
                    List.of(10, 12, 40, 16, 8, 48, 18)), access, report, locale, zone);
            ticketSheet(SheetWriter.start(workbook, text(locale, "report.sheet.tickets"),
                    headers(locale, "ticket", "title", "type", "severity", "status", "reporter", "assignee",
                            "created", "firstResponse", "resolvedAt", "closed", "responseClock", "resolutionClock",
                            "rating"),
                    List.of(12, 40, 12, 8, 14, 16, 16, 18, 18, 18, 18, 12, 12, 8)), access, report, locale, zone);
        });
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "sla_report", null,
                access.projectId(), "SLA report " + period.from() + " – " + period.to());
        return ExportedFile.xlsx(text(locale, "report.export.file", projectCode, period.from().toString(),
                period.to().toString()), bytes);
    }

    private void complianceSheet(SheetWriter sheet, SlaReport report, Locale locale) {
        for (YearMonth month : report.months()) {
            for (Severity severity : Severity.values()) {
                for (ClockKind kind : ClockKind.values()) {
                    Compliance c = report.compliance(month, severity, kind);
                    if (c.decided() > 0) {
                        sheet.row(Arrays.asList(month.toString(), severity.name(),
                                text(locale, "report.clock." + kind), c.met(), c.breached(), rounded(c.percent())));
                    }
                }
            }
        }
        sheet.finish();
    }

    private static void timesSheet(SheetWriter sheet, SlaReport report) {
        for (YearMonth month : report.months()) {
            for (Severity severity : Severity.values()) {
                Timing t = report.timing(month, severity);
                if (t.responded() + t.resolved() > 0) {
                    sheet.row(Arrays.asList(month.toString(), severity.name(), t.responded(),
                            rounded(t.mttaHours()), t.resolved(), rounded(t.mttrHours())));
                }
            }
        }
        sheet.finish();
    }

    private static void ageSheet(SheetWriter sheet, SlaReport report) {
        for (Severity severity : Severity.values()) {
            List<Object> row = new ArrayList<>();
            row.add(severity.name());
            Arrays.stream(AgeBucket.values()).forEach(b -> row.add(report.open(severity, b)));
            sheet.row(row);
        }
        sheet.finish();
    }

    private void satisfactionSheet(SheetWriter sheet, ProjectAccess access, SlaReport report, Locale locale,
                                   ZoneId zone) {
        String csat = text(locale, "report.csat");
        satisfaction.eachRating(access, report.period().start(zone), report.period().end(zone),
                r -> sheet.row(Arrays.asList(csat, r.ticketKey(), r.title(), r.raterName(), r.score(), r.comment(),
                        local(r.ratedAt(), zone))));
        String nps = text(locale, "report.nps");
        report.nps().answers().forEach(a -> sheet.row(Arrays.asList(nps, null, null, a.userName(), a.score(),
                a.comment(), local(a.answeredAt(), zone))));
        sheet.finish();
    }

    private void ticketSheet(SheetWriter sheet, ProjectAccess access, SlaReport report, Locale locale, ZoneId zone) {
        queries.eachTicket(access.projectId(), report.period().start(zone), report.period().end(zone),
                report.asOf(), t -> sheet.row(Arrays.asList(t.key(), t.title(),
                        text(locale, "ticket.type." + t.type()), t.severity().name(),
                        text(locale, "ticket.status." + t.status()), t.reporter(), t.assignee(),
                        local(t.createdAt(), zone), local(t.firstRespondedAt(), zone), local(t.resolvedAt(), zone),
                        local(t.closedAt(), zone), outcome(locale, t.responseOutcome()),
                        outcome(locale, t.resolutionOutcome()), t.rating())));
        sheet.finish();
    }

    private String outcome(Locale locale, String outcome) {
        return outcome == null ? null : text(locale, "sla.state." + outcome);
    }

    private List<String> headers(Locale locale, String... columns) {
        return Arrays.stream(columns).map(c -> text(locale, "report.column." + c)).toList();
    }

    private List<String> header(Locale locale, String first, List<String> rest) {
        List<String> all = new ArrayList<>(headers(locale, first));
        all.addAll(rest);
        return all;
    }

    private String text(Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
