package io.luodi.support.report;

import io.luodi.support.sla.ClockKind;
import io.luodi.support.ticket.Severity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The report's three charts, titled and described in the reader's language. */
@Component
public class ReportCharts {

    private final MessageSource messages;

    ReportCharts(MessageSource messages) {
        this.messages = messages;
    }

    public record Charts(BarChart compliance, BarChart times, BarChart age) {
    }

    public Charts of(SlaReport report, Locale locale) {
        List<YearMonth> months = report.months();
        List<String> monthNames = months.stream().map(YearMonth::toString).toList();
        String from = report.period().from().toString();
        String to = report.period().to().toString();
        BarChart compliance = BarChart.of("chart-compliance", text(locale, "report.compliance.chart.title"),
                text(locale, "report.compliance.chart.desc", from, to), monthNames,
                List.of(perMonth(locale, months, "report.clock.RESPONSE", "chart-series-1", "report.value.percent",
                                m -> report.compliance(m, null, ClockKind.RESPONSE).percent()),
                        perMonth(locale, months, "report.clock.RESOLUTION", "chart-series-2", "report.value.percent",
                                m -> report.compliance(m, null, ClockKind.RESOLUTION).percent())),
                100.0);
        BarChart times = BarChart.of("chart-times", text(locale, "report.times.chart.title"),
                text(locale, "report.times.chart.desc", from, to), monthNames,
                List.of(perMonth(locale, months, "report.mtta", "chart-series-1", "report.value.hours",
                                m -> report.timing(m, null).mttaHours()),
                        perMonth(locale, months, "report.mttr", "chart-series-2", "report.value.hours",
                                m -> report.timing(m, null).mttrHours())),
                null);
        List<AgeBucket> buckets = Arrays.asList(AgeBucket.values());
        BarChart age = BarChart.of("chart-age", text(locale, "report.age.chart.title"),
                text(locale, "report.age.chart.desc", report.open()),
                buckets.stream().map(b -> text(locale, "report.age." + b)).toList(),
                Arrays.stream(Severity.values()).map(s -> {
                    List<Double> values = buckets.stream().map(b -> (double) report.open(s, b)).toList();
                    return new BarChart.Series(s.name(), "chart-severity-" + s.name(), values,
                            values.stream().map(v -> text(locale, "report.value.count", v.longValue())).toList());
                }).toList(),
                null);
        return new Charts(compliance, times, age);
    }

    private BarChart.Series perMonth(Locale locale, List<YearMonth> months, String name, String cssClass,
                                     String valueFormat, Function<YearMonth, Double> value) {
        List<Double> values = months.stream().map(value).toList();
        return new BarChart.Series(text(locale, name), cssClass, values,
                values.stream().map(v -> v == null ? "—" : text(locale, valueFormat, v)).toList());
    }

    private String text(Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
