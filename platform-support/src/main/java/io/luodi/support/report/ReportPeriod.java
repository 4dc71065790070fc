package io.luodi.support.report;

import io.luodi.support.settings.SettingsView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The days a report covers, both included, as dates in the reader's time zone. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The longest period one report covers, so a page never draws hundreds of months. */
    public static final int MAX_MONTHS = 36;

    /**
     * The project's hypercare from its start up to today or its end, whichever comes first; the last six months
     * (this one and the five before) when hypercare has no start yet or starts later.
     */
    public static ReportPeriod defaultFor(SettingsView settings, LocalDate today) {
        LocalDate earliest = today.withDayOfMonth(1).minusMonths(MAX_MONTHS - 1);
        LocalDate start = settings.hypercareStart();
        if (start != null && !start.isAfter(today)) {
            LocalDate end = settings.hypercareEnd() == null || settings.hypercareEnd().isAfter(today)
                    ? today : settings.hypercareEnd();
            return new ReportPeriod(start.isBefore(earliest) ? earliest : start, end);
        }
        return new ReportPeriod(today.withDayOfMonth(1).minusMonths(5), today);
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
