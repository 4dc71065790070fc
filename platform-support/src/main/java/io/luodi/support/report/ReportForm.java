package io.luodi.support.report;

import io.luodi.core.BusinessRuleException;
import io.luodi.support.settings.SettingsView;

import java.time.LocalDate;

/** The period a reader asks for; a date left out is taken from the project's default period. */
public record ReportForm(LocalDate from, LocalDate to) {

    public ReportPeriod period(SettingsView settings, LocalDate today) {
        ReportPeriod fallback = ReportPeriod.defaultFor(settings, today);
        LocalDate start = from != null ? from : fallback.from();
        LocalDate end = to != null ? to : fallback.to();
        if (end.isBefore(start)) {
            throw BusinessRuleException.onField("to", "report.period.order");
        }
        if (ReportPeriod.MAX_MONTHS < new ReportPeriod(start, end).months().size()) {
            throw BusinessRuleException.onField("from", "report.period.tooLong", ReportPeriod.MAX_MONTHS);
        }
        return new ReportPeriod(start, end);
    }
}
