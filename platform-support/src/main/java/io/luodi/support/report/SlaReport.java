package io.luodi.support.report;

import io.luodi.support.satisfaction.SatisfactionFigures;
import io.luodi.support.sla.ClockKind;
import io.luodi.support.ticket.Severity;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A project's SLA report for a period, months in the reader's time zone: compliance of the decided clocks, mean
 * times to respond and to resolve, the tickets open at {@code asOf} by age, and customer satisfaction. Rows hold
 * only what happened; the lookups answer zero (or no value) for a month or severity without any.
 */
public record SlaReport(long projectId, ReportPeriod period, ZoneId zone, Instant asOf, List<Compliance> compliance,
                        List<Timing> timings, List<OpenAge> openAges, SatisfactionFigures.Csat csat,
                        SatisfactionFigures.Nps nps) {

    public List<YearMonth> months() {
        return period.months();
    }

    /** One month's clocks of a kind; a null month or severity sums over all of them. */
    public Compliance compliance(YearMonth month, Severity severity, ClockKind kind) {
        return compliance.stream()
                .filter(c -> c.kind() == kind && matches(month, c.month()) && matches(severity, c.severity()))
                .reduce(new Compliance(month, severity, kind, 0, 0), Compliance::plus);
    }

    /** One month's mean times; a null month or severity sums over all of them. */
    public Timing timing(YearMonth month, Severity severity) {
        return timings.stream().filter(t -> matches(month, t.month()) && matches(severity, t.severity()))
                .reduce(new Timing(month, severity, 0, 0, 0, 0), Timing::plus);
    }

    /** Open tickets of an age; a null severity counts all of them. */
    public long open(Severity severity, AgeBucket bucket) {
        return openAges.stream().filter(a -> a.bucket() == bucket && matches(severity, a.severity()))
                .mapToLong(OpenAge::tickets).sum();
    }

    public long open() {
        return openAges.stream().mapToLong(OpenAge::tickets).sum();
    }

    private static boolean matches(Object wanted, Object actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }
}
