package io.luodi.requirements.survey;

import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * A survey's results as files for the customer's and the team's records: Excel and Word, labelled in the reader's
 * language, named after the group and day. Every export is recorded in the audit trail.
 */
@Service
public class SurveyExports {

    private final SurveyManagement surveys;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    SurveyExports(SurveyManagement surveys, MessageSource messages, AuditLog audit, Clock clock) {
        this.surveys = surveys;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    public ExportedFile excel(ProjectAccess access, long surveyId, Locale locale) {
        SurveyReport report = surveys.report(access, surveyId);
        ExportLabels labels = new ExportLabels(messages, locale);
        byte[] workbook = SurveyWorkbook.write(report, labels, clock.getZone());
        audited(access, report, "Excel");
        return new ExportedFile(filename(report, labels, "xlsx"), ExportedFile.XLSX, workbook);
    }

    public ExportedFile word(ProjectAccess access, long surveyId, Locale locale) {
        SurveyReport report = surveys.report(access, surveyId);
        ExportLabels labels = new ExportLabels(messages, locale);
        byte[] document = SurveyDocument.write(report, labels, clock.getZone(), clock.instant());
        audited(access, report, "Word");
        return new ExportedFile(filename(report, labels, "docx"), ExportedFile.DOCX, document);
    }

    /** Every answer of the project's surveys in one sheet, each row naming its survey. */
    public ExportedFile projectAnswers(ProjectAccess access, String projectCode, Locale locale) {
        List<SurveyReport> reports = surveys.reports(access);
        ExportLabels labels = new ExportLabels(messages, locale);
        byte[] workbook = SurveyWorkbook.writeAll(reports, labels.get("survey.export.allAnswers"), labels,
                clock.getZone());
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "survey", null, access.projectId(),
                reports.size() + " surveys' answers as Excel");
        return ExportedFile.xlsx(projectCode + "-" + labels.get("survey.export.allAnswers"), workbook);
    }

    private void audited(ProjectAccess access, SurveyReport report, String format) {
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "survey", report.header().id(),
                access.projectId(), report.header().label() + " as " + format);
    }

    /** "调研结果-财务部-2026-03-12.xlsx": what the file is, the group and the day, safe on every file system. */
    static String filename(SurveyReport report, ExportLabels labels, String extension) {
        String group = report.header().stakeholderGroup().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return labels.get("survey.export.filename") + "-" + group + "-" + report.header().surveyDate() + "." + extension;
    }
}
