package io.luodi.support.sla;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.support.settings.SettingsForm;
import io.luodi.support.settings.SettingsView;
import io.luodi.support.settings.SupportSettingsManagement;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketForm;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketType;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithPostgres
class CalendarAdministrationTests {

    private static final List<String> OFFICE_WEEK = List.of("09:00-12:00, 13:00-18:00", "09:00-12:00, 13:00-18:00",
            "09:00-12:00, 13:00-18:00", "09:00-12:00, 13:00-18:00", "09:00-12:00, 13:00-18:00", "", "");

    @Autowired
    ProjectFixture fixture;
    @Autowired
    CalendarAdministration administration;
    @Autowired
    Calendars calendars;
    @Autowired
    SlaPolicies policies;
    @Autowired
    TicketManagement tickets;
    @Autowired
    SupportSettingsManagement settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aHolidayAddedToACalendarPushesTheDueTimeOfRunningClocksOnIt() {
        long calendar = administration.create(new CalendarForm(unique("深圳工作日"), "Asia/Shanghai", OFFICE_WEEK,
                null, 0));
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        PolicyView hypercare = policies.of(pm.projectId(), PolicyKind.HYPERCARE);
        policies.update(pm, new PolicyForm(PolicyKind.HYPERCARE, calendar, hypercare.toForm().targets(),
                hypercare.version()));
        long ticket = tickets.open(pm, new TicketForm("报表慢", null, TicketType.PERFORMANCE, Severity.P3, null, null,
                null, null, null, null), List.of());
        Instant dueBefore = resolutionDue(pm, ticket);

        administration.putDay(calendar, new DayForm(secondWeekdayFromToday(), DayKind.HOLIDAY, "公司年会"));

        Instant dueAfter = resolutionDue(pm, ticket);
        assertThat(dueAfter).isAfter(dueBefore);
        assertThat(calendars.get(calendar).days()).extracting(CalendarView.Day::name).containsExactly("公司年会");

        administration.removeDay(calendar, secondWeekdayFromToday());
        assertThat(resolutionDue(pm, ticket)).isEqualTo(dueBefore);
    }

    @Test
    void aCalendarInUseIsNotDeletedAndAnUnusedOneIs() {
        long used = administration.create(new CalendarForm(unique("在用"), "Asia/Shanghai", OFFICE_WEEK, null, 0));
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        PolicyView standard = policies.of(pm.projectId(), PolicyKind.STANDARD);
        policies.update(pm, new PolicyForm(PolicyKind.STANDARD, used, standard.toForm().targets(),
                standard.version()));
        assertThatThrownBy(() -> administration.delete(used)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageCode", "calendar.inUse");

        long unused = administration.create(new CalendarForm(unique("闲置"), "Europe/Berlin", OFFICE_WEEK, used, 0));
        administration.delete(unused);
        assertThat(calendars.all()).extracting(CalendarView::id).contains(used).doesNotContain(unused);
    }

    @Test
    void badHoursZonesAndNamesAreRefusedAndChangeNothing() {
        String name = unique("上海");
        long id = administration.create(new CalendarForm(name, "Asia/Shanghai", OFFICE_WEEK, null, 0));
        CalendarForm current = administration.form(id);
        List<String> overlapping = new ArrayList<>(OFFICE_WEEK);
        overlapping.set(2, "09:00-12:00, 11:00-18:00");

        assertRefused(() -> administration.update(id, new CalendarForm(name, "Asia/Shanghai", overlapping, null,
                current.version())), "week[2]", "calendar.hours.invalid");
        assertRefused(() -> administration.update(id, new CalendarForm(name, "Asia/Shanghai",
                Collections.nCopies(7, ""), null, current.version())), "week[0]", "calendar.hours.none");
        assertRefused(() -> administration.update(id, new CalendarForm(name, "Mars/Olympus", OFFICE_WEEK, null,
                current.version())), "zoneId", "calendar.zone.unknown");
        assertRefused(() -> administration.create(new CalendarForm(name, "Asia/Shanghai", OFFICE_WEEK, null, 0)),
                "name", "calendar.name.taken");

        assertThat(administration.form(id)).isEqualTo(current);
        assertThat(calendars.get(id).hours()).hasSize(10);
    }

    @Test
    void aNewAtRiskShareMovesTheAtRiskInstantOfRunningClocks() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long ticket = tickets.open(pm, new TicketForm("接口超时", null, TicketType.INTEGRATION, Severity.P2, null,
                null, null, null, null, null), List.of());
        Instant due = resolutionDue(pm, ticket);
        Instant atRisk = storedAtRisk(ticket);
        SettingsView current = settings.of(pm.projectId());

        settings.update(pm, new SettingsForm(current.customerVisibility(), current.reopenWindowDays(),
                current.atRiskPercent() / 2, current.hypercareStart(), current.hypercareEnd(), current.version()));

        assertThat(resolutionDue(pm, ticket)).isEqualTo(due);
        assertThat(storedAtRisk(ticket)).isBefore(atRisk);
    }

    private Instant storedAtRisk(long ticket) {
        return jdbc.sql("SELECT at_risk_at FROM sla_clock WHERE ticket_id = ? AND kind = 'RESOLUTION'")
                .param(ticket).query(Timestamp.class).single().toInstant();
    }

    private Instant resolutionDue(ProjectAccess access, long ticket) {
        return resolution(access, ticket).dueAt();
    }

    private ClockView resolution(ProjectAccess access, long ticket) {
        return tickets.view(access, ticket).clocks().stream().filter(c -> c.kind() == ClockKind.RESOLUTION)
                .findFirst().orElseThrow();
    }

    private LocalDate secondWeekdayFromToday() {
        LocalDate day = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        int weekdays = 0;
        while (weekdays < 2) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays++;
            }
        }
        return day;
    }

    private static void assertRefused(Runnable change, String field, String code) {
        assertThatThrownBy(change::run).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> {
                    assertThat(((BusinessRuleException) e).field()).isEqualTo(field);
                    assertThat(((BusinessRuleException) e).messageCode()).isEqualTo(code);
                });
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
