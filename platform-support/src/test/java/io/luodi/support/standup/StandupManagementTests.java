package io.luodi.support.standup;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketForm;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketStatus;
import io.luodi.support.ticket.TicketType;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@WithPostgres
class StandupManagementTests {

    @Autowired
    ProjectFixture fixture;
    @Autowired
    StandupManagement standups;
    @Autowired
    TicketManagement tickets;
    @Autowired
    JdbcClient jdbc;

    private long ticket(ProjectAccess access, String title, Severity severity) {
        return tickets.open(access, new TicketForm(title, "门诊收费处反馈", TicketType.DEFECT, severity, "门诊收费", "PROD",
                null, null, null, null), List.of());
    }

    /** Moves a ticket and its history back in time, as if it had been raised {@code ago} earlier. */
    private void backdate(long ticketId, Duration ago) {
        jdbc.sql("""
                        UPDATE ticket SET created_at = created_at - make_interval(secs => :ago),
                                          updated_at = updated_at - make_interval(secs => :ago)
                        WHERE id = :id""")
                .param("ago", ago.toSeconds()).param("id", ticketId).update();
        jdbc.sql("UPDATE ticket_event SET at = at - make_interval(secs => :ago) WHERE ticket_id = :id")
                .param("ago", ago.toSeconds()).param("id", ticketId).update();
    }

    /** Makes a stand-up yesterday's, so that today's may be opened after it. */
    private void moveToYesterday(long standupId) {
        jdbc.sql("UPDATE standup SET day = day - 1 WHERE id = ?").param(standupId).update();
    }

    private void move(ProjectAccess access, long ticketId, TicketStatus to) {
        tickets.move(access, ticketId, to, tickets.view(access, ticketId).version());
    }

    private static StandupDetail.ItemView item(StandupDetail standup, String title) {
        return standup.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theFirstStandUpCoversTheLast24HoursAndEveryOpenP1OrP2() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long oldQuiet = ticket(pm, "旧的P3工单", Severity.P3);
        long oldUrgent = ticket(pm, "旧的P1工单：收费系统宕机", Severity.P1);
        long oldMoved = ticket(pm, "旧的P4工单，今天开始处理", Severity.P4);
        for (long id : new long[]{oldQuiet, oldUrgent, oldMoved}) {
            backdate(id, Duration.ofHours(30));
        }
        move(pm, oldMoved, TicketStatus.IN_PROGRESS);
        ticket(pm, "新的P3工单：发票打印错位", Severity.P3);
        TestProject other = fixture.create();
        ticket(other.access(other.pm()), "别的项目的P1工单", Severity.P1);

        StandupDetail standup = standups.detail(pm, standups.openToday(pm));

        assertThat(standup.items()).extracting(StandupDetail.ItemView::title, StandupDetail.ItemView::reasons)
                .containsExactly(
                        tuple("旧的P1工单：收费系统宕机", Set.of(AgendaReason.OPEN_HIGH_SEVERITY)),
                        tuple("新的P3工单：发票打印错位", Set.of(AgendaReason.OPENED)),
                        tuple("旧的P4工单，今天开始处理", Set.of(AgendaReason.STATUS_CHANGED)));
        StandupDetail.ItemView moved = item(standup, "旧的P4工单，今天开始处理");
        assertThat(moved.statusBefore()).isEqualTo(TicketStatus.NEW);
        assertThat(moved.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(moved.ticketKey()).endsWith("-3");
        assertThat(Duration.between(standup.activitySince(), standup.createdAt())).isEqualTo(Duration.ofHours(24));

        assertThat(standup.attendees()).extracting(StandupDetail.AttendeeView::name,
                        StandupDetail.AttendeeView::side, StandupDetail.AttendeeView::present)
                .containsExactlyInAnyOrder(
                        tuple(project.pm().displayName(), OrganisationKind.IMPLEMENTER, true),
                        tuple(project.consultant().displayName(), OrganisationKind.IMPLEMENTER, false),
                        tuple(project.customer().displayName(), OrganisationKind.CUSTOMER, false));
        assertThat(standup.facilitatorName()).isEqualTo(project.pm().displayName());
        assertThat(standup.sections()).extracting(StandupDetail.SectionView::kind)
                .containsExactly(SectionKind.values());
    }

    @Test
    void laterStandUpsCoverWhatHappenedSinceThePreviousOneAndCarryOpenP1AndP2Over() {
        TestProject project = fixture.create();
        ProjectAccess consultant = project.access(project.consultant());
        long urgent = ticket(consultant, "住院结算报错", Severity.P2);
        long quick = ticket(consultant, "打印机驱动", Severity.P3);
        move(consultant, quick, TicketStatus.RESOLVED);

        long firstId = standups.openToday(consultant);
        StandupDetail first = standups.detail(consultant, firstId);
        assertThat(first.items()).extracting(StandupDetail.ItemView::title, StandupDetail.ItemView::reasons)
                .containsExactly(
                        tuple("住院结算报错", Set.of(AgendaReason.OPENED, AgendaReason.OPEN_HIGH_SEVERITY)),
                        tuple("打印机驱动", Set.of(AgendaReason.OPENED, AgendaReason.RESOLVED)));
        assertThat(item(first, "打印机驱动").statusBefore()).isEqualTo(TicketStatus.NEW);

        moveToYesterday(firstId);
        ticket(consultant, "药房发药慢", Severity.P4);
        StandupDetail second = standups.detail(consultant, standups.openToday(consultant));

        assertThat(second.id()).isNotEqualTo(firstId);
        assertThat(second.activitySince()).isEqualTo(first.createdAt());
        assertThat(second.items()).extracting(StandupDetail.ItemView::title, StandupDetail.ItemView::reasons)
                .containsExactly(
                        tuple("住院结算报错", Set.of(AgendaReason.OPEN_HIGH_SEVERITY)),
                        tuple("药房发药慢", Set.of(AgendaReason.OPENED)));
        assertThat(second.items()).noneMatch(i -> i.ticketId() == quick);
        assertThat(item(second, "住院结算报错").ticketId()).isEqualTo(urgent);
    }

    @Test
    void openTicketsAtRiskOrBreachedAreOnTheAgendaUntilDealtWith() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long breached = ticket(pm, "报表超时未解决", Severity.P4);
        long atRisk = ticket(pm, "接口偶发超时", Severity.P4);
        long calm = ticket(pm, "按钮文字错误", Severity.P4);
        for (long id : new long[]{breached, atRisk, calm}) {
            backdate(id, Duration.ofDays(3));
        }
        jdbc.sql("UPDATE sla_clock SET at_risk_at = now() - interval '3 hours', due_at = now() - interval '1 hour' "
                + "WHERE ticket_id = ? AND kind = 'RESOLUTION'").param(breached).update();
        jdbc.sql("UPDATE sla_clock SET at_risk_at = now() - interval '1 minute', due_at = now() + interval '1 hour' "
                + "WHERE ticket_id = ? AND kind = 'RESOLUTION'").param(atRisk).update();
        jdbc.sql("UPDATE sla_clock SET at_risk_at = now() + interval '1 day', due_at = now() + interval '2 days' "
                + "WHERE ticket_id = ?").param(calm).update();
        jdbc.sql("UPDATE sla_clock SET at_risk_at = now() + interval '1 day', due_at = now() + interval '2 days' "
                + "WHERE ticket_id IN (?, ?) AND kind = 'RESPONSE'").params(breached, atRisk).update();

        StandupDetail standup = standups.detail(pm, standups.openToday(pm));

        assertThat(standup.items()).extracting(StandupDetail.ItemView::title, StandupDetail.ItemView::reasons)
                .containsExactly(tuple("报表超时未解决", Set.of(AgendaReason.BREACHED)),
                        tuple("接口偶发超时", Set.of(AgendaReason.AT_RISK)));
        assertThat(standups.list(pm, 0).getContent()).singleElement().satisfies(summary -> {
            assertThat(summary.items()).isEqualTo(2);
            assertThat(summary.breached()).isEqualTo(1);
            assertThat(summary.present()).isEqualTo(1);
        });
    }

    @Test
    void thereIsOneStandUpPerDayEvenWhenTwoPeopleOpenItAtOnce() throws Exception {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        ProjectAccess consultant = project.access(project.consultant());
        ticket(pm, "挂号失败", Severity.P1);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> byPm = pool.submit(() -> {
                start.await();
                return standups.openToday(pm);
            });
            Future<Long> byConsultant = pool.submit(() -> {
                start.await();
                return standups.openToday(consultant);
            });
            start.countDown();
            assertThat(byPm.get(30, TimeUnit.SECONDS)).isEqualTo(byConsultant.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdown();
        }
        long id = standups.openToday(pm);
        assertThat(standups.today(pm)).contains(id);
        assertThat(standups.list(pm, 0).getContent()).singleElement()
                .satisfies(summary -> assertThat(summary.items()).isEqualTo(1));
    }

    @Test
    void aFinalisedStandUpIsReadOnlyAndTheFinalisationIsAudited() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        ticket(pm, "医保接口失败", Severity.P1);
        long id = standups.openToday(pm);
        StandupDetail open = standups.detail(pm, id);
        StandupDetail.ItemView item = open.items().get(0);
        standups.write(pm, id, item.id(), new ItemForm("已联系医保中心", "李强", "今天下午复测", item.version()));

        standups.finalise(pm, id);

        StandupDetail finalised = standups.detail(pm, id);
        assertThat(finalised.finalised()).isTrue();
        assertThat(finalised.finalisedBy()).isEqualTo(project.pm().displayName());
        StandupDetail.ItemView saved = finalised.items().get(0);
        StandupDetail.AttendeeView customer = finalised.attendees().stream()
                .filter(a -> a.side() == OrganisationKind.CUSTOMER).findFirst().orElseThrow();
        List<Runnable> changes = List.of(
                () -> standups.write(pm, id, saved.id(), new ItemForm("改", null, null, saved.version())),
                () -> standups.write(pm, id, SectionKind.DECISIONS,
                        new SectionForm("改", finalised.section(SectionKind.DECISIONS).version())),
                () -> standups.tick(pm, id, customer.id(), true),
                () -> standups.lead(pm, id, project.consultant().id()),
                () -> standups.addTopic(pm, id, "新议题"),
                () -> standups.remove(pm, id, saved.id()),
                () -> standups.finalise(pm, id));
        for (Runnable change : changes) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(BusinessRuleException.class,
                    e -> assertThat(e.messageCode()).isEqualTo("standup.finalised"));
        }
        assertThat(standups.detail(pm, id).items()).singleElement().satisfies(i -> {
            assertThat(i.note()).isEqualTo("已联系医保中心");
            assertThat(i.nextStep()).isEqualTo("今天下午复测");
        });
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE entity_type = 'standup' AND entity_id = ?")
                .param(String.valueOf(id)).query(String.class).list()).anyMatch(d -> d.endsWith("finalised"));
    }

    @Test
    void aSaveOnTopOfSomeoneElsesNewerSaveIsRefusedAndTheirTextKept() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        ProjectAccess consultant = project.access(project.consultant());
        ticket(pm, "门诊医生站卡顿", Severity.P2);
        long id = standups.openToday(pm);
        StandupDetail seenByBoth = standups.detail(pm, id);
        StandupDetail.ItemView item = seenByBoth.items().get(0);
        long risks = seenByBoth.section(SectionKind.RISKS).version();

        standups.write(consultant, id, item.id(), new ItemForm("数据库索引缺失", "王芳", "今晚加索引", item.version()));
        standups.write(consultant, id, SectionKind.RISKS, new SectionForm("周末升级窗口不足", risks));

        assertThatThrownBy(() -> standups.write(pm, id, item.id(),
                new ItemForm("网络问题", null, null, item.version())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("standup.item.stale"));
        assertThatThrownBy(() -> standups.write(pm, id, SectionKind.RISKS, new SectionForm("无", risks)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("standup.section.stale"));
        StandupDetail after = standups.detail(pm, id);
        assertThat(after.items().get(0).note()).isEqualTo("数据库索引缺失");
        assertThat(after.section(SectionKind.RISKS).text()).isEqualTo("周末升级窗口不足");

        // Another section saved from the same stale page is not affected: each section has its own version.
        standups.write(pm, id, SectionKind.PLAN, new SectionForm("上午巡检\r\n下午培训 ", seenByBoth
                .section(SectionKind.PLAN).version()));
        assertThat(standups.detail(pm, id).section(SectionKind.PLAN).text()).isEqualTo("上午巡检\n下午培训");
    }

    @Test
    void itemsAreAddedByTicketKeyOrAsATopicAndRemoved() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long calm = ticket(pm, "字段名称翻译", Severity.P4);
        backdate(calm, Duration.ofDays(2));
        TestProject other = fixture.create();
        ticket(other.access(other.pm()), "别的项目的工单", Severity.P4);
        long id = standups.openToday(pm);
        assertThat(standups.detail(pm, id).items()).isEmpty();
        String key = tickets.view(pm, calm).key();

        long added = standups.addTicket(pm, id, " " + key.toLowerCase(Locale.ROOT) + " ");
        long topic = standups.addTopic(pm, id, "  周末值班安排  ");

        assertThat(standups.detail(pm, id).items()).extracting(StandupDetail.ItemView::id,
                        StandupDetail.ItemView::ticketKey, StandupDetail.ItemView::title, StandupDetail.ItemView::reasons)
                .containsExactly(tuple(added, key, "字段名称翻译", Set.of(AgendaReason.ADDED)),
                        tuple(topic, null, "周末值班安排", Set.of(AgendaReason.ADDED)));
        assertThatThrownBy(() -> standups.addTicket(pm, id, "1"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("standup.item.duplicate");
                    assertThat(e.field()).isEqualTo("ticketKey");
                });
        assertThatThrownBy(() -> standups.addTicket(pm, id, "2"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("standup.item.unknownTicket"));
        assertThatThrownBy(() -> standups.addTopic(pm, id, "  "))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("standup.item.topic.blank"));

        standups.remove(pm, id, added);
        assertThat(standups.detail(pm, id).items()).extracting(StandupDetail.ItemView::id).containsExactly(topic);
    }

    @Test
    void theFacilitatorIsOneOfTheImplementersMembersAndTicksThemPresent() {
        TestProject project = fixture.create();
        ProjectAccess pm = project.access(project.pm());
        long id = standups.openToday(pm);

        standups.lead(pm, id, project.consultant().id());

        StandupDetail standup = standups.detail(pm, id);
        assertThat(standup.facilitatorName()).isEqualTo(project.consultant().displayName());
        assertThat(standup.present()).extracting(StandupDetail.AttendeeView::name)
                .containsExactly(project.pm().displayName(), project.consultant().displayName());
        assertThatThrownBy(() -> standups.lead(pm, id, project.customer().id()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("standup.facilitator.notMember"));
        StandupDetail.AttendeeView pmAttendee = standup.present().get(0);
        standups.tick(pm, id, pmAttendee.id(), false);
        assertThat(standups.detail(pm, id).present()).extracting(StandupDetail.AttendeeView::name)
                .containsExactly(project.consultant().displayName());
    }

    @Test
    void customersNeverSeeStandUps() {
        TestProject project = fixture.create();
        long id = standups.openToday(project.access(project.pm()));
        ProjectAccess customer = project.access(project.customer());

        assertThatThrownBy(() -> standups.list(customer, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> standups.openToday(customer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> standups.detail(customer, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> standups.export(customer, id, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(NotFoundException.class);
        TestProject other = fixture.create();
        assertThatThrownBy(() -> standups.detail(other.access(other.pm()), id)).isInstanceOf(NotFoundException.class);
    }
}
