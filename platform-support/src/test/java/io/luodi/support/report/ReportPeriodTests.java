package io.luodi.support.report;

import io.luodi.core.BusinessRuleException;
import io.luodi.support.settings.CustomerVisibility;
import io.luodi.support.settings.SettingsView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static SettingsView hypercare(LocalDate start, LocalDate end) {
        return new SettingsView(1, CustomerVisibility.ORGANISATION, 7, 75, start, end, 0);
    }

    @Test
    void defaultsToTheHypercareUpToTodayOrItsEnd() {
        assertThat(ReportPeriod.defaultFor(hypercare(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)), TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)));
        assertThat(ReportPeriod.defaultFor(hypercare(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 1), TODAY));
    }

    @Test
    void defaultsToThisMonthAndTheFiveBeforeWithoutAStartedHypercare() {
        ReportPeriod noHypercare = ReportPeriod.defaultFor(hypercare(null, null), TODAY);
        assertThat(noHypercare).isEqualTo(new ReportPeriod(LocalDate.of(2026, 6, 1), TODAY));
        assertThat(noHypercare.months()).hasSize(6).startsWith(YearMonth.of(2026, 6)).endsWith(YearMonth.of(2026, 11));
        assertThat(ReportPeriod.defaultFor(hypercare(LocalDate.of(2027, 1, 1), null), TODAY)).isEqualTo(noHypercare);
    }

    @Test
    void itsInstantsAreTheReadersMidnights() {
        ReportPeriod march = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(march.start(ZoneId.of("Asia/Shanghai"))).hasToString("2026-02-28T16:00:00Z");
        assertThat(march.end(ZoneId.of("Asia/Shanghai"))).hasToString("2026-03-31T16:00:00Z");
        assertThat(march.end(ZoneOffset.UTC)).hasToString("2026-04-01T00:00:00Z");
    }

    @Test
    void refusesAPeriodLongerThanThreeYears() {
        assertThatThrownBy(() -> new ReportForm(LocalDate.of(2023, 1, 1), TODAY).period(hypercare(null, null), TODAY))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageCode()).isEqualTo("report.period.tooLong"));
        assertThat(new ReportForm(LocalDate.of(2023, 12, 1), TODAY).period(hypercare(null, null), TODAY).months())
                .hasSize(36);
    }
}
