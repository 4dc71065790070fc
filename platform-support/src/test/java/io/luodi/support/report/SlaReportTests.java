package io.luodi.support.report;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.support.MovableClock;
import io.luodi.support.sla.ClockKind;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketForm;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketStatus;
import io.luodi.support.ticket.TicketType;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report's SQL against PostgreSQL, on tickets worked through the ticket service at fixed times. P1 tickets run
 * on the default hypercare policy: respond within 2 h and resolve within 4 h, around the clock.
 */
@SpringBootTest
@WithPostgres
@Import(MovableClock.Config.class)
class SlaReportTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProjectFixture fixture;
    @Autowired
    TicketManagement tickets;
    @Autowired
    SlaReports reports;
    @Autowired
    MovableClock clock;

    static TicketForm p1(String title) {
        return new TicketForm(title, "挂号窗口无法打印发票", TicketType.INCIDENT, Severity.P1, "门诊挂号", "PROD",
                null, null, null, null);
    }

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final YearMonth APRIL = YearMonth.of(2026, 4);

    @Test
    void aResolutionJustAfterMidnightInShanghaiCountsInTheMonthItIsInTheReadersZone() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        clock.set(Instant.parse("2026-03-31T15:00:00Z"));
        long id = tickets.open(project.access(project.customer()), p1("发票打印失败"), List.of());
        clock.set(Instant.parse("2026-03-31T15:30:00Z"));
        tickets.reply(pm, id, "已受理，正在排查打印服务", false, List.of());
        clock.set(Instant.parse("2026-03-31T17:00:00Z"));
        tickets.move(pm, id, TicketStatus.RESOLVED, tickets.view(pm, id).version());
        clock.set(Instant.parse("2026-05-01T02:00:00Z"));

        ReportPeriod marchAndApril = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
        SlaReport shanghai = reports.report(pm, marchAndApril, SHANGHAI);
        assertThat(shanghai.months()).containsExactly(MARCH, APRIL);
        assertThat(shanghai.compliance(MARCH, Severity.P1, ClockKind.RESPONSE).met()).isEqualTo(1);
        assertThat(shanghai.compliance(MARCH, Severity.P1, ClockKind.RESOLUTION).decided()).isZero();
        assertThat(shanghai.compliance(APRIL, Severity.P1, ClockKind.RESOLUTION).met()).isEqualTo(1);
        assertThat(shanghai.timing(MARCH, Severity.P1).mttaHours()).isEqualTo(0.5);
        assertThat(shanghai.timing(MARCH, null).resolved()).isZero();
        assertThat(shanghai.timing(APRIL, null).mttrHours()).isEqualTo(2.0);

        SlaReport utc = reports.report(pm, marchAndApril, ZoneOffset.UTC);
        assertThat(utc.compliance(MARCH, Severity.P1, ClockKind.RESOLUTION).met()).isEqualTo(1);
        assertThat(utc.compliance(APRIL, null, ClockKind.RESOLUTION).decided()).isZero();
        assertThat(utc.timing(MARCH, Severity.P1).mttrHours()).isEqualTo(2.0);

        SlaReport marchInShanghai = reports.report(pm,
                new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), SHANGHAI);
        assertThat(marchInShanghai.compliance(null, null, ClockKind.RESOLUTION).decided()).isZero();
        assertThat(marchInShanghai.compliance(null, null, ClockKind.RESPONSE).percent()).isEqualTo(100.0);
    }

    @Test
    void overdueClocksAreBreachedInTheMonthTheyFellDueAndPausedOnesWaitForTheirOutcome() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        ProjectAccess customer = project.access(project.customer());
        Instant opened = Instant.parse("2026-05-04T01:00:00Z");
        clock.set(opened);
        long waiting = tickets.open(customer, p1("医保结算超时"), List.of());
        tickets.open(customer, p1("检验报告无法查看"), List.of());
        clock.set(opened.plus(Duration.ofHours(1)));
        tickets.reply(pm, waiting, "请提供医保接口日志", false, List.of());
        tickets.move(pm, waiting, TicketStatus.WAITING_FOR_CUSTOMER, tickets.view(pm, waiting).version());
        clock.set(opened.plus(Duration.ofHours(10)));

        ReportPeriod may = new ReportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
        SlaReport report = reports.report(pm, may, SHANGHAI);
        Compliance response = report.compliance(YearMonth.of(2026, 5), Severity.P1, ClockKind.RESPONSE);
        assertThat(response.met()).isEqualTo(1);
        assertThat(response.breached()).isEqualTo(1);
        assertThat(response.percent()).isEqualTo(50.0);
        Compliance resolution = report.compliance(YearMonth.of(2026, 5), Severity.P1, ClockKind.RESOLUTION);
        assertThat(resolution.met()).isZero();
        assertThat(resolution.breached()).as("only the ignored ticket; the paused one is not decided").isEqualTo(1);

        tickets.reply(customer, waiting, "已补充医保接口日志", false, List.of());
        assertThat(reports.report(pm, may, SHANGHAI).compliance(null, null, ClockKind.RESOLUTION).decided())
                .as("resumed with 3 h left").isEqualTo(1);
    }

    @Test
    void aReopenedTicketIsJudgedByHowItsResolutionClockEnds() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        ProjectAccess customer = project.access(project.customer());
        Instant opened = Instant.parse("2026-06-08T02:00:00Z");
        clock.set(opened);
        long id = tickets.open(customer, p1("住院结算金额错误"), List.of());
        clock.set(opened.plus(Duration.ofMinutes(30)));
        tickets.reply(pm, id, "正在核对结算规则", false, List.of());
        clock.set(opened.plus(Duration.ofHours(1)));
        tickets.move(pm, id, TicketStatus.RESOLVED, tickets.view(pm, id).version());
        ReportPeriod june = new ReportPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertThat(reports.report(pm, june, SHANGHAI).compliance(null, null, ClockKind.RESOLUTION).met())
                .isEqualTo(1);

        clock.set(opened.plus(Duration.ofHours(2)));
        tickets.reopen(customer, id, "金额仍然不对");
        SlaReport reopened = reports.report(pm, june, SHANGHAI);
        assertThat(reopened.compliance(null, null, ClockKind.RESOLUTION).decided())
                .as("running again with 3 h left").isZero();
        assertThat(reopened.timing(null, null).resolved()).isZero();
        assertThat(reopened.open(Severity.P1, AgeBucket.UNDER_1_DAY)).isEqualTo(1);

        clock.set(opened.plus(Duration.ofHours(6)));
        tickets.move(pm, id, TicketStatus.RESOLVED, tickets.view(pm, id).version());
        SlaReport resolvedAgain = reports.report(pm, june, SHANGHAI);
        Compliance resolution = resolvedAgain.compliance(YearMonth.of(2026, 6), Severity.P1, ClockKind.RESOLUTION);
        assertThat(resolution.met()).isZero();
        assertThat(resolution.breached()).as("1 h before the reopen and 4 h after it").isEqualTo(1);
        assertThat(resolvedAgain.timing(null, Severity.P1).mttrHours()).isEqualTo(6.0);
        assertThat(resolvedAgain.compliance(null, null, ClockKind.RESPONSE).met()).isEqualTo(1);
        assertThat(resolvedAgain.open()).isZero();
    }

    @Test
    void openTicketsAreCountedByAgeAndSeverity() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        Instant now = Instant.parse("2026-07-20T04:00:00Z");
        for (Duration age : List.of(Duration.ofHours(2), Duration.ofHours(30), Duration.ofDays(3),
                Duration.ofDays(10), Duration.ofDays(20))) {
            clock.set(now.minus(age));
            tickets.open(pm, p1("接口告警 " + age), List.of());
        }
        clock.set(now.minus(Duration.ofDays(5)));
        tickets.open(pm, new TicketForm("报表导出慢", null, TicketType.PERFORMANCE, Severity.P3, null, null, null,
                null, null, null), List.of());
        clock.set(now.minus(Duration.ofDays(6)));
        long done = tickets.open(pm, p1("已解决的问题"), List.of());
        tickets.move(pm, done, TicketStatus.RESOLVED, tickets.view(pm, done).version());
        clock.set(now);

        SlaReport report = reports.report(pm, new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 20)),
                SHANGHAI);
        assertThat(List.of(AgeBucket.values())).map(b -> report.open(Severity.P1, b))
                .containsExactly(1L, 1L, 1L, 1L, 1L);
        assertThat(report.open(Severity.P3, AgeBucket.DAYS_3_TO_7)).isEqualTo(1);
        assertThat(report.open(null, AgeBucket.DAYS_3_TO_7)).isEqualTo(2);
        assertThat(report.open()).isEqualTo(6);
    }

    @Test
    void theDefaultPeriodIsTheHypercareOrTheLastSixMonthsAndABackwardPeriodIsRefused() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        clock.set(Instant.parse("2026-08-15T04:00:00Z"));
        assertThat(reports.period(pm, new ReportForm(null, null), SHANGHAI))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 15)));
        assertThat(reports.period(pm, new ReportForm(LocalDate.of(2026, 8, 1), null), SHANGHAI))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 15)));
        assertThatThrownBy(() -> reports.period(pm, new ReportForm(LocalDate.of(2026, 8, 2),
                LocalDate.of(2026, 8, 1)), SHANGHAI))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageCode()).isEqualTo("report.period.order"));
    }

    @Test
    void aCustomerHasNoReport() {
        TestProject project = fixture.create();
        ProjectAccess customer = project.access(project.customer());
        assertThatThrownBy(() -> reports.report(customer, new ReportPeriod(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31)), SHANGHAI)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.period(customer, new ReportForm(null, null), SHANGHAI))
                .isInstanceOf(NotFoundException.class);
    }
}
