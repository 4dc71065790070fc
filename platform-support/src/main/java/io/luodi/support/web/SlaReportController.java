package io.luodi.support.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.CoreProperties;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectOverview;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.FormErrors;
import io.luodi.core.web.ReaderTimeZone;
import io.luodi.support.report.AgeBucket;
import io.luodi.support.report.ReportCharts;
import io.luodi.support.report.ReportForm;
import io.luodi.support.report.ReportPeriod;
import io.luodi.support.report.SlaReport;
import io.luodi.support.report.SlaReportExport;
import io.luodi.support.report.SlaReports;
import io.luodi.support.sla.ClockKind;
import io.luodi.support.ticket.Severity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import java.time.ZoneId;

/**
 * A project's SLA report with its charts, and the report as Excel. The implementer's staff only: a customer user
 * gets 404, as for the other pages of the implementer's working material.
 */
@Controller
@RequestMapping("/projects/{projectId}/support")
class SlaReportController {

    private final SlaReports reports;
    private final SlaReportExport export;
    private final ReportCharts charts;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;
    private final CoreProperties core;

    SlaReportController(SlaReports reports, SlaReportExport export, ReportCharts charts,
                        ProjectAccessPolicy accessPolicy, ProjectManagement projects, CoreProperties core) {
        this.reports = reports;
        this.export = export;
        this.charts = charts;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
        this.core = core;
    }

    /** A period that cannot be read or makes no sense is said on the filter; the report shows the default period. */
    @GetMapping("/report")
    String show(@PathVariable long projectId, CurrentUser user, @ModelAttribute("filter") ReportForm form,
                BindingResult result, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ZoneId zone = ReaderTimeZone.current(core.timeZone());
        ReportPeriod period = null;
        if (!result.hasErrors()) {
            try {
                period = reports.period(access, form, zone);
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        if (period == null) {
            period = reports.period(access, new ReportForm(null, null), zone);
        } else {
            model.addAttribute("filter", new ReportForm(period.from(), period.to()));
        }
        SlaReport report = reports.report(access, period, zone);
        model.addAttribute("report", report);
        model.addAttribute("charts", charts.of(report, LocaleContextHolder.getLocale()));
        model.addAttribute("severities", Severity.values());
        model.addAttribute("kinds", ClockKind.values());
        model.addAttribute("buckets", AgeBucket.values());
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        return "support/report/report";
    }

    @GetMapping("/report.xlsx")
    ResponseEntity<byte[]> download(@PathVariable long projectId, CurrentUser user,
                                    @ModelAttribute("filter") ReportForm form, BindingResult result) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ZoneId zone = ReaderTimeZone.current(core.timeZone());
        // The period is resolved (which refuses customers) before a date that cannot be read is reported.
        ReportPeriod period = reports.period(access, result.hasErrors() ? new ReportForm(null, null) : form, zone);
        if (result.hasErrors()) {
            throw new BusinessRuleException("report.period.invalid");
        }
        ProjectOverview overview = projects.overview(access);
        return Downloads.of(export.workbook(access, overview.project().code(), period,
                LocaleContextHolder.getLocale(), zone));
    }
}
