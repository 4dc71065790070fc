package io.luodi.support.ticket;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.support.settings.CustomerVisibility;
import io.luodi.support.settings.SettingsForm;
import io.luodi.support.settings.SupportSettingsManagement;
import io.luodi.support.sla.ClockKind;
import io.luodi.support.sla.ClockState;
import io.luodi.support.sla.ClockView;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithPostgres
class TicketManagementTests {

    @Autowired
    ProjectFixture fixture;
    @Autowired
    TicketManagement tickets;
    @Autowired
    TicketQueries queries;
    @Autowired
    SupportSettingsManagement settings;

    static TicketForm form(String title, Severity severity) {
        return new TicketForm(title, "门诊收费员登录后看不到收费菜单", TicketType.PERMISSION, severity, "门诊收费", "PROD",
                null, null, null, null);
    }

    @Test
    void aCustomerRaisesATicketWithClocksFromTheHypercarePolicy() {
        TestProject project = fixture.create();
        ProjectAccess customer = project.access(project.customer());
        long id = tickets.open(customer, form("收费员无法登录", Severity.P1),
                List.of(new Upload("截图.png", "image/png", new byte[]{1, 2, 3})));

        TicketView ticket = tickets.view(customer, id);
        assertThat(ticket.key()).endsWith("-1");
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.source()).isEqualTo(TicketSource.PORTAL);
        assertThat(ticket.reporterName()).isEqualTo(project.customer().displayName());
        assertThat(ticket.attachments()).extracting(TicketView.Attachment::fileName).containsExactly("截图.png");
        assertThat(ticket.clocks()).extracting(ClockView::kind, ClockView::target, ClockView::aroundTheClock)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ClockKind.RESPONSE, Duration.ofHours(2), true),
                        org.assertj.core.groups.Tuple.tuple(ClockKind.RESOLUTION, Duration.ofHours(4), true));
        assertThat(ticket.clocks()).allSatisfy(c -> assertThat(c.dueAt()).isNotNull());
    }

    @Test
    void keysAreNumberedPerProjectWithoutGaps() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long first = tickets.open(pm, form("一", Severity.P3), List.of());
        assertThatThrownBy(() -> tickets.open(pm, form("二", Severity.P3),
                List.of(new Upload("virus.exe", "application/octet-stream", new byte[]{1}))))
                .isInstanceOf(BusinessRuleException.class);
        long second = tickets.open(pm, form("三", Severity.P3), List.of());
        assertThat(tickets.view(pm, first).key()).endsWith("-1");
        assertThat(tickets.view(pm, second).key()).endsWith("-2");
    }

    @Test
    void waitingForTheCustomerPausesTheClocksAndTheirReplyResumesThem() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        ProjectAccess customer = project.access(project.customer());
        long id = tickets.open(customer, form("接口报错", Severity.P2), List.of());
        tickets.reply(pm, id, "请提供报错截图", false, List.of());
        TicketView acknowledged = tickets.view(pm, id);
        assertThat(acknowledged.status()).isEqualTo(TicketStatus.ACKNOWLEDGED);
        assertThat(clock(acknowledged, ClockKind.RESPONSE).stoppedAt()).isNotNull();

        tickets.move(pm, id, TicketStatus.WAITING_FOR_CUSTOMER, acknowledged.version());
        TicketView waiting = tickets.view(pm, id);
        assertThat(clock(waiting, ClockKind.RESOLUTION).state()).isEqualTo(ClockState.PAUSED);
        assertThat(clock(waiting, ClockKind.RESOLUTION).dueAt()).isNull();

        tickets.reply(customer, id, "截图见附件", false, List.of(new Upload("error.log", "text/plain",
                "ERROR 数据库连接超时".getBytes(StandardCharsets.UTF_8))));
        TicketView resumed = tickets.view(pm, id);
        assertThat(resumed.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(clock(resumed, ClockKind.RESOLUTION).pauses()).hasSize(1)
                .allSatisfy(p -> assertThat(p.to()).isNotNull());
        assertThat(clock(resumed, ClockKind.RESOLUTION).dueAt()).isNotNull();
    }

    @Test
    void customersNeverSeeInternalNotesRootCauseOrInternalHistory() {
        TestProject project = fixture.create();
        ProjectAccess consultant = project.access(project.consultant());
        ProjectAccess customer = project.access(project.customer());
        long id = tickets.open(customer, form("报表数据不对", Severity.P3), List.of());
        tickets.reply(consultant, id, "内部：疑似迁移脚本问题", true, List.of());
        TicketView staffView = tickets.view(consultant, id);
        tickets.update(consultant, id, new TicketForm("报表数据不对", null, TicketType.DATA, Severity.P3, null, null,
                project.consultant().id(), null, "迁移脚本漏了冲销凭证", staffView.version()));

        TicketView seen = tickets.view(customer, id);
        assertThat(seen.comments()).noneMatch(TicketView.Comment::internal);
        assertThat(seen.rootCause()).isNull();
        assertThat(seen.history()).noneMatch(TicketView.Event::internal)
                .noneMatch(e -> e.field() == TicketField.ROOT_CAUSE || e.field() == TicketField.NOTE);
        assertThat(seen.watchers()).isEmpty();
        assertThat(tickets.view(consultant, id).comments()).anyMatch(TicketView.Comment::internal);
        assertThat(tickets.view(consultant, id).rootCause()).isEqualTo("迁移脚本漏了冲销凭证");
    }

    @Test
    void anotherOrganisationsUserCannotReachTheTicket() {
        TestProject project = fixture.create();
        long id = tickets.open(project.access(project.customer()), form("无法打印", Severity.P4), List.of());
        TestProject other = fixture.create();
        assertThatThrownBy(() -> tickets.view(other.access(other.customer()), id))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void ownOnlyVisibilityHidesColleaguesTickets() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long raisedByStaff = tickets.open(pm, form("服务器磁盘告警", Severity.P2), List.of());
        long raisedByCustomer = tickets.open(project.access(project.customer()), form("无法导出", Severity.P3),
                List.of());
        settings.update(pm, new SettingsForm(CustomerVisibility.OWN, 7, 75, null, null, 0));

        ProjectAccess customer = project.access(project.customer());
        assertThatThrownBy(() -> tickets.view(customer, raisedByStaff)).isInstanceOf(NotFoundException.class);
        assertThat(queries.list(customer, new TicketQuery(null, null, null, null, null, 0)).getContent())
                .extracting(TicketSummary::id).containsExactly(raisedByCustomer);
        assertThat(queries.list(pm, new TicketQuery("all", null, null, null, null, 0)).getTotalElements()).isEqualTo(2);
    }

    @Test
    void theWorkflowRefusesSkippedStepsAndCustomersOnlyConfirmOrReopen() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        ProjectAccess customer = project.access(project.customer());
        long id = tickets.open(customer, form("打印格式错乱", Severity.P3), List.of());
        assertThatThrownBy(() -> tickets.move(pm, id, TicketStatus.CLOSED, tickets.view(pm, id).version()))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> tickets.move(customer, id, TicketStatus.RESOLVED, tickets.view(pm, id).version()))
                .isInstanceOf(BusinessRuleException.class);
        tickets.move(pm, id, TicketStatus.RESOLVED, tickets.view(pm, id).version());
        TicketView resolved = tickets.view(pm, id);
        assertThat(clock(resolved, ClockKind.RESOLUTION).state()).isIn(ClockState.MET);

        tickets.reopen(customer, id, "还是不行");
        TicketView reopened = tickets.view(pm, id);
        assertThat(reopened.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(clock(reopened, ClockKind.RESOLUTION).state()).isEqualTo(ClockState.RUNNING);
        assertThat(reopened.history()).extracting(TicketView.Event::field).contains(TicketField.STATUS);

        tickets.move(pm, id, TicketStatus.RESOLVED, reopened.version());
        tickets.move(customer, id, TicketStatus.CLOSED, tickets.view(pm, id).version());
        assertThat(tickets.view(customer, id).status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void reopeningAfterTheWindowIsRefused() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        settings.update(pm, new SettingsForm(CustomerVisibility.ORGANISATION, 0, 75, null, null, 0));
        long id = tickets.open(pm, form("慢查询", Severity.P3), List.of());
        tickets.move(pm, id, TicketStatus.RESOLVED, tickets.view(pm, id).version());
        assertThatThrownBy(() -> tickets.reopen(pm, id, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("ticket.reopen.windowPassed"));
    }

    @Test
    void afterHypercareNewTicketsRunOnTheStandardPolicy() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        settings.update(pm, new SettingsForm(CustomerVisibility.ORGANISATION, 7, 75, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), 0));
        long id = tickets.open(pm, form("系统宕机", Severity.P1), List.of());
        assertThat(clock(tickets.view(pm, id), ClockKind.RESOLUTION).target()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void raisingTheSeverityRetargetsTheClocks() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long id = tickets.open(pm, form("个别用户无权限", Severity.P3), List.of());
        TicketView before = tickets.view(pm, id);
        tickets.update(pm, id, new TicketForm(before.title(), before.description(), before.type(), Severity.P1,
                before.module(), before.environment(), null, null, null, before.version()));
        TicketView after = tickets.view(pm, id);
        assertThat(clock(after, ClockKind.RESOLUTION).target()).isEqualTo(Duration.ofHours(4));
        assertThat(after.history()).extracting(TicketView.Event::field, TicketView.Event::oldValue,
                TicketView.Event::newValue).contains(org.assertj.core.groups.Tuple.tuple(TicketField.SEVERITY, "P3", "P1"));
    }

    @Test
    void linksAndSearchByKey() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long first = tickets.open(pm, form("医保接口超时", Severity.P2), List.of());
        long second = tickets.open(pm, form("医保结算失败", Severity.P2), List.of());
        String key = tickets.view(pm, first).key();
        tickets.link(pm, second, key.toLowerCase());
        assertThat(tickets.view(pm, first).links()).extracting(TicketView.Link::ticketId).containsExactly(second);
        assertThat(queries.list(pm, new TicketQuery(null, null, null, null, "医保", 0)).getTotalElements()).isEqualTo(2);
        assertThat(queries.list(pm, new TicketQuery(null, null, null, null, key, 0)).getContent())
                .extracting(TicketSummary::id).containsExactly(first);
        assertThatThrownBy(() -> tickets.addArticle(pm, first, "FAQ", "javascript:alert(1)"))
                .isInstanceOf(BusinessRuleException.class);
    }

    static ClockView clock(TicketView ticket, ClockKind kind) {
        return ticket.clocks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }
}
