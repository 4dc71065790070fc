package io.luodi.support.report;

import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.support.satisfaction.SatisfactionFigures;
import io.luodi.support.settings.SupportSettingsManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A project's SLA report, for the implementer's staff only: to a customer user the report does not exist (404),
 * like the other pages of the implementer's working material.
 */
@Service
@Transactional(readOnly = true)
public class SlaReports {

    private final SlaReportQueries queries;
    private final SatisfactionFigures satisfaction;
    private final SupportSettingsManagement settings;
    private final Clock clock;

    SlaReports(SlaReportQueries queries, SatisfactionFigures satisfaction, SupportSettingsManagement settings,
               Clock clock) {
        this.queries = queries;
        this.satisfaction = satisfaction;
        this.settings = settings;
        this.clock = clock;
    }

    /** The period the reader asked for, the project's default for what they left out; refuses a bad one. */
    public ReportPeriod period(ProjectAccess access, ReportForm form, ZoneId zone) {
        requireStaff(access);
        return form.period(settings.of(access.projectId()), LocalDate.now(clock.withZone(zone)));
    }

    public SlaReport report(ProjectAccess access, ReportPeriod period, ZoneId zone) {
        requireStaff(access);
        Instant now = clock.instant();
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        long projectId = access.projectId();
        return new SlaReport(projectId, period, zone, now, queries.compliance(projectId, from, to, zone, now),
                queries.timings(projectId, from, to, zone), queries.openAges(projectId, now),
                satisfaction.csat(access, from, to, zone), satisfaction.nps(access));
    }

    /** This month so far in the reader's time zone: the key figures of the go-live support page. */
    public SlaReport thisMonth(ProjectAccess access, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return report(access, new ReportPeriod(today.withDayOfMonth(1), today), zone);
    }

    private static void requireStaff(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new NotFoundException("SLA report of project " + access.projectId());
        }
    }
}
