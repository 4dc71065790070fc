package io.luodi.support.alert;

import io.luodi.core.ForbiddenException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.support.sla.ClockKind;
import io.luodi.support.sla.ClockState;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketActivity;
import io.luodi.support.ticket.TicketField;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketQueries;
import io.luodi.support.ticket.TicketQuery;
import io.luodi.support.ticket.TicketSource;
import io.luodi.support.ticket.TicketStatus;
import io.luodi.support.ticket.TicketSummary;
import io.luodi.support.ticket.TicketType;
import io.luodi.support.ticket.TicketView;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithPostgres
@RecordApplicationEvents
class AlertIntakeTests {

    static final Instant STARTED = Instant.parse("2026-05-04T01:58:30Z");

    @Autowired
    ProjectFixture fixture;
    @Autowired
    AlertIntake intake;
    @Autowired
    AlertWebhooks webhooks;
    @Autowired
    TicketManagement tickets;
    @Autowired
    TicketQueries queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationEvents events;

    static AlertNotice firing(String fingerprint, Instant startedAt, Severity severity) {
        return new AlertNotice(Monitor.ALERTMANAGER, "alertmanager:" + fingerprint, true, startedAt, null,
                "门诊数据库 his-db-01 无法连接", severity, "门诊收费", "PROD",
                Map.of("alertname", "HisDatabaseDown", "instance", "his-db-01:9187"),
                Map.of("summary", "门诊数据库 his-db-01 无法连接"), "http://prometheus:9090/graph");
    }

    static AlertNotice resolved(String fingerprint) {
        return new AlertNotice(Monitor.ALERTMANAGER, "alertmanager:" + fingerprint, false, STARTED,
                STARTED.plusSeconds(600), "门诊数据库 his-db-01 无法连接", Severity.P1, null, null,
                Map.of("alertname", "HisDatabaseDown"), Map.of(), null);
    }

    private void autoResolve(TestProject project, boolean on) {
        ProjectAccess pm = project.access(project.pm());
        webhooks.update(pm, new AlertSettingsForm(true, on, Severity.P3, webhooks.of(pm).version()));
    }

    @Test
    void aFiringAlertOpensAnAuditedIncidentWithRunningClocksAndTellsListeners() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());

        AlertOutcome outcome = intake.receive(project.id(), List.of(firing("a1", STARTED, Severity.P1))).get(0);

        assertThat(outcome.outcome()).isEqualTo(AlertOutcome.Kind.OPENED);
        TicketView ticket = tickets.view(pm, outcome.ticketId());
        assertThat(ticket.source()).isEqualTo(TicketSource.MONITORING);
        assertThat(ticket.type()).isEqualTo(TicketType.INCIDENT);
        assertThat(ticket.severity()).isEqualTo(Severity.P1);
        assertThat(ticket.title()).isEqualTo("门诊数据库 his-db-01 无法连接");
        assertThat(ticket.module()).isEqualTo("门诊收费");
        assertThat(ticket.environment()).isEqualTo("PROD");
        assertThat(ticket.reporterName()).isEqualTo("Alertmanager");
        assertThat(ticket.description()).contains("由 Alertmanager 告警自动创建", "instance: his-db-01:9187",
                "http://prometheus:9090/graph", "2026-05-04 09:58:30 +08:00");
        assertThat(ticket.history()).first().satisfies(e -> {
            assertThat(e.field()).isEqualTo(TicketField.CREATED);
            assertThat(e.actor()).isEqualTo("monitoring");
        });
        assertThat(ticket.clocks()).hasSize(2).allSatisfy(c -> assertThat(c.state()).isEqualTo(ClockState.RUNNING));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'ticket' AND entity_id = ? "
                        + "AND action = 'CREATE' AND detail LIKE '%via MONITORING'")
                .param(String.valueOf(outcome.ticketId())).query(Long.class).single()).isEqualTo(1);
        assertThat(events.stream(TicketActivity.class)
                .filter(a -> a.ticketId() == outcome.ticketId() && a.kind() == TicketActivity.Kind.OPENED))
                .singleElement().satisfies(a -> assertThat(a.actorUserId()).isNull());

        TicketSummary row = queries.list(pm, new TicketQuery("open", null, null, null, null, 0)).getContent().get(0);
        assertThat(row.id()).isEqualTo(outcome.ticketId());
        assertThat(row.source()).isEqualTo(TicketSource.MONITORING);
    }

    @Test
    void theSameAlertReportingAMoreUrgentSeverityRaisesTheTicketsAndNeverLowersIt() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long id = intake.receive(project.id(), List.of(firing("a9", STARTED, Severity.P3))).get(0).ticketId();

        List<AlertOutcome> again = intake.receive(project.id(), List.of(firing("a9", STARTED, Severity.P1),
                firing("a9", STARTED, Severity.P4)));

        assertThat(again).extracting(AlertOutcome::outcome)
                .containsExactly(AlertOutcome.Kind.ESCALATED, AlertOutcome.Kind.UNCHANGED);
        TicketView ticket = tickets.view(pm, id);
        assertThat(ticket.severity()).isEqualTo(Severity.P1);
        assertThat(ticket.history()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo(TicketField.SEVERITY);
            assertThat(e.actor()).isEqualTo(TicketManagement.MONITORING_ACTOR);
            assertThat(e.newValue()).isEqualTo("P1");
        });
        assertThat(ticket.clocks()).allSatisfy(c -> assertThat(c.aroundTheClock()).isTrue());
    }

    @Test
    void theSameAlertAgainAddsNothingAndAnUnknownSeverityTakesTheProjectsDefault() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        webhooks.update(pm, new AlertSettingsForm(true, false, Severity.P2, 0));

        long id = intake.receive(project.id(), List.of(firing("a2", STARTED, null))).get(0).ticketId();
        List<AlertOutcome> again = intake.receive(project.id(), List.of(firing("a2", STARTED, null),
                firing("a2", null, null)));

        assertThat(again).extracting(AlertOutcome::outcome)
                .containsExactly(AlertOutcome.Kind.UNCHANGED, AlertOutcome.Kind.UNCHANGED);
        assertThat(again).extracting(AlertOutcome::ticketId).containsOnly(id);
        TicketView ticket = tickets.view(pm, id);
        assertThat(ticket.severity()).isEqualTo(Severity.P2);
        assertThat(ticket.comments()).isEmpty();
        assertThat(queries.list(pm, new TicketQuery("all", null, null, null, null, 0)).getTotalElements())
                .isEqualTo(1);
    }

    @Test
    void withoutAutoResolveAResolutionIsANoteAndTheTicketWaitsForAPerson() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        autoResolve(project, false);
        long id = intake.receive(project.id(), List.of(firing("a3", STARTED, Severity.P2))).get(0).ticketId();

        List<AlertOutcome> outcomes = intake.receive(project.id(), List.of(resolved("a3"), resolved("a3")));

        assertThat(outcomes).extracting(AlertOutcome::outcome)
                .containsExactly(AlertOutcome.Kind.RESOLVED, AlertOutcome.Kind.UNCHANGED);
        TicketView ticket = tickets.view(pm, id);
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.comments()).singleElement().satisfies(c -> {
            assertThat(c.internal()).isTrue();
            assertThat(c.body()).contains("2026-05-04 10:08:30 +08:00", "未开启自动解决");
        });
        assertThat(tickets.view(project.access(project.customer()), id).comments())
                .as("the note is internal").isEmpty();
    }

    @Test
    void withAutoResolveTheMonitoringResolvesTheTicketAndAReFireReopensIt() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        autoResolve(project, true);
        long id = intake.receive(project.id(), List.of(firing("a4", STARTED, Severity.P2))).get(0).ticketId();

        intake.receive(project.id(), List.of(resolved("a4")));
        TicketView resolved = tickets.view(pm, id);
        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(resolved.history()).filteredOn(e -> e.field() == TicketField.STATUS).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("monitoring");
                    assertThat(e.newValue()).isEqualTo("RESOLVED");
                });
        assertThat(resolved.clocks()).filteredOn(c -> c.kind() == ClockKind.RESOLUTION).singleElement()
                .satisfies(c -> assertThat(c.stoppedAt()).isNotNull());
        assertThat(events.stream(TicketActivity.class).filter(a -> a.ticketId() == id
                && a.kind() == TicketActivity.Kind.STATUS_CHANGED)).singleElement()
                .satisfies(a -> assertThat(a.actorUserId()).isNull());

        AlertOutcome refired = intake.receive(project.id(), List.of(firing("a4", STARTED.plusSeconds(3600),
                Severity.P2))).get(0);
        assertThat(refired.outcome()).isEqualTo(AlertOutcome.Kind.FIRED_AGAIN);
        assertThat(refired.ticketId()).isEqualTo(id);
        TicketView reopened = tickets.view(pm, id);
        assertThat(reopened.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(reopened.comments()).extracting(TicketView.Comment::body)
                .anySatisfy(body -> assertThat(body).contains("告警再次触发", "10:58:30"));
        assertThat(intake.receive(project.id(), List.of(firing("a4", STARTED.plusSeconds(3600), Severity.P2))))
                .extracting(AlertOutcome::outcome).containsExactly(AlertOutcome.Kind.UNCHANGED);
    }

    @Test
    void aClosedAlertTicketLeavesTheNextFiringToANewTicketAndAStrayResolutionIsIgnored() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        autoResolve(project, true);
        long first = intake.receive(project.id(), List.of(firing("a5", STARTED, Severity.P3))).get(0).ticketId();
        intake.receive(project.id(), List.of(resolved("a5")));
        tickets.move(pm, first, TicketStatus.CLOSED, tickets.view(pm, first).version());

        AlertOutcome stray = intake.receive(project.id(), List.of(resolved("a5"))).get(0);
        AlertOutcome next = intake.receive(project.id(), List.of(firing("a5", STARTED.plusSeconds(86_400),
                Severity.P3))).get(0);

        assertThat(stray.outcome()).isEqualTo(AlertOutcome.Kind.IGNORED);
        assertThat(next.outcome()).isEqualTo(AlertOutcome.Kind.OPENED);
        assertThat(next.ticketId()).isNotEqualTo(first);
    }

    @Test
    void twoDeliveriesOfTheSameAlertAtOnceOpenOneTicket() throws Exception {
        TestProject project = fixture.create();
        AlertNotice notice = firing("race", STARTED, Severity.P1);
        CountDownLatch firstOpened = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<AlertOutcome> second = CompletableFuture.supplyAsync(() -> {
            try {
                firstOpened.await(10, TimeUnit.SECONDS);
                return intake.receive(project.id(), List.of(notice)).get(0);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                secondDone.countDown();
            }
        });
        // The first delivery opens the ticket in a transaction that stays open until the second delivery has run
        // into it (it waits on the ticket number, then the unique index refuses its ticket).
        AlertOutcome first = new TransactionTemplate(transactionManager).execute(status -> {
            AlertOutcome opened = intake.receive(project.id(), List.of(notice)).get(0);
            firstOpened.countDown();
            try {
                assertThat(secondDone.await(500, TimeUnit.MILLISECONDS)).as("the second delivery waits").isFalse();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return opened;
        });

        assertThat(first.outcome()).isEqualTo(AlertOutcome.Kind.OPENED);
        AlertOutcome other = second.get(10, TimeUnit.SECONDS);
        assertThat(other.outcome()).isEqualTo(AlertOutcome.Kind.UNCHANGED);
        assertThat(other.ticketId()).isEqualTo(first.ticketId());
        assertThat(jdbc.sql("SELECT count(*) FROM ticket WHERE project_id = ?").param(project.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT last_number FROM ticket_counter WHERE project_id = ?").param(project.id())
                .query(Integer.class).single()).as("the refused ticket left no gap in the numbers").isEqualTo(1);
    }

    @Test
    void onlyTheCurrentTokenOfAnEnabledWebhookAuthenticates() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        assertThat(webhooks.authenticate(project.id(), "ldw_anything")).isFalse();

        String first = webhooks.issueToken(pm);
        assertThat(first).startsWith("ldw_").hasSizeGreaterThan(40);
        assertThat(webhooks.authenticate(project.id(), first)).isTrue();
        assertThat(webhooks.of(pm).tokenHint()).isEqualTo(first.substring(0, 10));
        assertThat(jdbc.sql("SELECT token_hash FROM alert_webhook WHERE project_id = ?").param(project.id())
                .query(String.class).single()).doesNotContain(first.substring(4));

        String second = webhooks.issueToken(pm);
        assertThat(webhooks.authenticate(project.id(), first)).isFalse();
        assertThat(webhooks.authenticate(project.id(), second)).isTrue();
        assertThat(webhooks.authenticate(project.id() + 100_000, second)).isFalse();
        assertThat(webhooks.authenticate(project.id(), null)).isFalse();

        webhooks.update(pm, new AlertSettingsForm(false, false, Severity.P3, webhooks.of(pm).version()));
        assertThat(webhooks.authenticate(project.id(), second)).isFalse();
    }

    @Test
    void onlyManagersIssueTokensAndCustomersNeverSeeTheWebhook() {
        TestProject project = fixture.create();
        assertThatThrownBy(() -> webhooks.issueToken(project.access(project.consultant())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> webhooks.of(project.access(project.customer())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(webhooks.of(project.access(project.consultant())).hasToken()).isFalse();
    }
}
