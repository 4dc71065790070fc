package io.luodi.support.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserChanges;
import io.luodi.core.user.UserManagement;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketForm;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketStatus;
import io.luodi.support.ticket.TicketType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@NotificationTest
class SlaWatchTests {

    /** A Monday, 09:00 in Beijing: inside working hours, so business-calendar clocks run from the start. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T01:00:00Z");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProjectFixture fixture;
    @Autowired
    TicketManagement tickets;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    SlaWatch watch;
    @Autowired
    UserManagement users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set(MONDAY_MORNING);
    }

    @Test
    void atRiskIsToldOnceToTheAssigneeAndABreachIsEscalatedToTheManagersOnce() {
        TestProject project = fixture.create();
        long id = open(project, Severity.P1, project.consultant().id());
        Mailbox consultant = mailbox(project.consultant());
        Mailbox pm = mailbox(project.pm());

        // P1 under hypercare: first response within 2 hours around the clock, at risk after 75 % of it.
        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(80)));
        watch.watch();
        assertThat(sla(project.consultant())).isEmpty();

        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(95)));
        watch.watch();
        watch.watch();
        assertThat(sla(project.consultant())).extracting(NotificationView::kind, NotificationView::detail,
                        NotificationView::ticketId)
                .containsExactly(tuple(NotificationKind.SLA_AT_RISK, "RESPONSE", id));
        assertThat(sla(project.pm())).isEmpty();
        assertThat(consultant.mails()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).endsWith("SLA 即将超时 / SLA at risk");
            assertThat(mail.body()).contains("的首次响应时限即将到期", "First response of", "is at risk of missing its target");
        });

        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(125)));
        watch.watch();
        watch.watch();
        assertThat(sla(project.consultant())).extracting(NotificationView::kind, NotificationView::detail)
                .containsExactly(tuple(NotificationKind.SLA_BREACHED, "RESPONSE"),
                        tuple(NotificationKind.SLA_AT_RISK, "RESPONSE"));
        assertThat(sla(project.pm())).extracting(NotificationView::kind, NotificationView::detail)
                .containsExactly(tuple(NotificationKind.SLA_ESCALATED, "RESPONSE"));
        assertThat(pm.mails()).singleElement().satisfies(mail -> assertThat(mail.body())
                .contains("现升级给您（项目经理）处理", "Escalated to you as project manager"));
        assertThat(consultant.mails()).hasSize(2);
    }

    @Test
    void anUnassignedTicketAtRiskIsToldToTheProjectManagers() {
        TestProject project = fixture.create();
        open(project, Severity.P1, null);

        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(100)));
        watch.watch();

        assertThat(sla(project.pm())).extracting(NotificationView::kind)
                .containsExactly(NotificationKind.SLA_AT_RISK);
        assertThat(sla(project.consultant())).isEmpty();
    }

    @Test
    void aClockFirstSeenBreachedIsToldAsBreachedOnly() {
        TestProject project = fixture.create();
        open(project, Severity.P1, project.consultant().id());

        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(150)));
        watch.watch();

        assertThat(sla(project.consultant())).extracting(NotificationView::kind, NotificationView::detail)
                .containsExactly(tuple(NotificationKind.SLA_BREACHED, "RESPONSE"));
    }

    @Test
    void pausedClocksAndResolvedTicketsAreNotWatched() {
        TestProject project = fixture.create();
        ProjectAccess staff = project.access(project.consultant());
        long waiting = open(project, Severity.P1, project.consultant().id());
        long resolved = open(project, Severity.P1, project.consultant().id());
        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(10)));
        tickets.move(staff, waiting, TicketStatus.WAITING_FOR_CUSTOMER, tickets.view(staff, waiting).version());
        tickets.move(staff, resolved, TicketStatus.RESOLVED, tickets.view(staff, resolved).version());

        clock.set(MONDAY_MORNING.plus(Duration.ofHours(6)));
        watch.watch();

        assertThat(sla(project.consultant())).isEmpty();
        assertThat(sla(project.pm())).isEmpty();
    }

    @Test
    void aLongerTargetAfterTheAtRiskNoticeIsToldAgainWhenItsOwnAtRiskInstantPasses() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long id = open(project, Severity.P1, project.consultant().id());
        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(95)));
        watch.watch();

        tickets.update(pm, id, form("收费员无法登录", Severity.P2, project.consultant().id()));
        watch.watch();
        assertThat(response(project.consultant())).hasSize(1);

        clock.set(atRiskAt(id).plus(Duration.ofMinutes(1)));
        watch.watch();
        assertThat(response(project.consultant())).extracting(NotificationView::kind, NotificationView::detail)
                .containsExactly(tuple(NotificationKind.SLA_AT_RISK, "RESPONSE"),
                        tuple(NotificationKind.SLA_AT_RISK, "RESPONSE"));
    }

    @Test
    void aShorterTargetAfterTheAtRiskNoticeIsNotToldAtRiskAgain() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long id = open(project, Severity.P2, project.consultant().id());
        clock.set(atRiskAt(id).plus(Duration.ofMinutes(1)));
        watch.watch();

        tickets.update(pm, id, form("收费员无法登录", Severity.P1, project.consultant().id()));
        watch.watch();

        // The P1 target of two hours has passed by now: that is news, being at risk is not.
        assertThat(response(project.consultant())).extracting(NotificationView::kind, NotificationView::detail)
                .containsExactly(tuple(NotificationKind.SLA_BREACHED, "RESPONSE"),
                        tuple(NotificationKind.SLA_AT_RISK, "RESPONSE"));
    }

    @Test
    void aReopenedTicketIsToldOnlyWhatIsNewAboutItsResolutionClock() {
        TestProject project = fixture.create();
        ProjectAccess staff = project.access(project.consultant());
        long id = open(project, Severity.P1, project.consultant().id());
        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(10)));
        tickets.reply(staff, id, "已收到，正在排查", false, List.of());
        // Resolution within 4 hours around the clock: at risk after 3 hours.
        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(185)));
        watch.watch();
        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(190)));
        tickets.move(staff, id, TicketStatus.RESOLVED, tickets.view(staff, id).version());

        // Reopened after 110 minutes resolved, which do not count: 50 minutes left, due at 5 h 50 min.
        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(300)));
        tickets.reopen(project.access(project.customer()), id, "问题又出现了");
        watch.watch();
        assertThat(sla(project.consultant())).extracting(NotificationView::kind, NotificationView::detail)
                .containsExactly(tuple(NotificationKind.SLA_AT_RISK, "RESOLUTION"));

        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(355)));
        watch.watch();
        assertThat(sla(project.consultant())).extracting(NotificationView::kind, NotificationView::detail)
                .containsExactly(tuple(NotificationKind.SLA_BREACHED, "RESOLUTION"),
                        tuple(NotificationKind.SLA_AT_RISK, "RESOLUTION"));
        assertThat(sla(project.pm())).extracting(NotificationView::kind)
                .containsExactly(NotificationKind.SLA_ESCALATED);
    }

    private long open(TestProject project, Severity severity, Long assigneeId) {
        return tickets.open(project.access(project.pm()), form("收费员无法登录", severity, assigneeId), List.of());
    }

    private static TicketForm form(String title, Severity severity, Long assigneeId) {
        return new TicketForm(title, null, TicketType.PERMISSION, severity, null, null, assigneeId, null, null, null);
    }

    private Instant atRiskAt(long ticketId) {
        return jdbc.sql("SELECT at_risk_at FROM sla_clock WHERE ticket_id = :id AND kind = 'RESPONSE'")
                .param("id", ticketId).query(Timestamp.class).single().toInstant();
    }

    /** The user's SLA notifications, newest first. */
    private List<NotificationView> sla(CurrentUser user) {
        return notifications.page(user, 0).getContent().stream()
                .filter(n -> n.kind().name().startsWith("SLA_")).toList();
    }

    /** The user's notifications about first-response clocks, newest first. */
    private List<NotificationView> response(CurrentUser user) {
        return sla(user).stream().filter(n -> n.detail().equals("RESPONSE")).toList();
    }

    private Mailbox mailbox(CurrentUser user) {
        String address = user.username() + "@example.com";
        users.update(user.id(), new UserChanges(user.displayName(), address, user.role(), user.organisationId(), true));
        return new Mailbox(greenMail, address);
    }
}
