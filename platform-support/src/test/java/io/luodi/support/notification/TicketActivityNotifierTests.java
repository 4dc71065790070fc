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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@NotificationTest
class TicketActivityNotifierTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProjectFixture fixture;
    @Autowired
    TicketManagement tickets;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    UserManagement users;

    static TicketForm form(String title, Long assigneeId, Long reporterId) {
        return new TicketForm(title, "门诊收费员登录后看不到收费菜单", TicketType.PERMISSION, Severity.P2, "门诊收费", "PROD",
                assigneeId, reporterId, null, null);
    }

    @Test
    void anUnassignedNewTicketIsToldToTheProjectManagersInChineseThenEnglish() throws Exception {
        TestProject project = fixture.create();
        Mailbox pm = mailbox(project.pm());
        Mailbox customer = mailbox(project.customer());
        long id = tickets.open(project.access(project.customer()), form("收费员无法登录", null, null), List.of());
        String key = tickets.view(project.access(project.pm()), id).key();

        assertThat(told(project.pm())).extracting(NotificationView::kind, NotificationView::ticketId,
                        NotificationView::ticketKey, NotificationView::actorName, NotificationView::read)
                .containsExactly(tuple(NotificationKind.TICKET_OPENED, id, key, project.customer().displayName(), false));
        assertThat(told(project.consultant())).isEmpty();
        assertThat(told(project.customer())).isEmpty();

        assertThat(pm.mails()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("[" + key + "] 收费员无法登录 · 新工单 / New ticket");
            String link = "https://luodi.example.com/projects/" + project.id() + "/tickets/" + id;
            assertThat(mail.body()).contains(project.pm().displayName() + "，您好",
                    project.customer().displayName() + " 提交了工单 " + key + "“收费员无法登录”。", "查看工单：" + link,
                    "Hello " + project.pm().displayName(), "raised " + key, "Open the ticket: " + link);
            assertThat(mail.body().indexOf("查看工单")).isLessThan(mail.body().indexOf("Open the ticket"));
        });
        assertThat(customer.mails()).isEmpty();
    }

    @Test
    void anAssignedNewTicketIsToldToTheAssigneeAndNeverToWhoeverRaisedIt() {
        TestProject project = fixture.create();
        mailbox(project.consultant());
        tickets.open(project.access(project.pm()), form("夜间批处理超时", project.consultant().id(),
                project.customer().id()), List.of());

        assertThat(told(project.consultant())).extracting(NotificationView::kind)
                .containsExactly(NotificationKind.TICKET_OPENED);
        assertThat(told(project.pm())).isEmpty();
        assertThat(told(project.customer())).isEmpty();
    }

    @Test
    void statusChangesAndPublicRepliesAreToldToTheReporterAndWatchersButNotTheActor() throws Exception {
        TestProject project = fixture.create();
        Mailbox customer = mailbox(project.customer());
        Mailbox consultant = mailbox(project.consultant());
        ProjectAccess staff = project.access(project.consultant());
        long id = tickets.open(project.access(project.pm()), form("医保结算失败", project.consultant().id(),
                project.customer().id()), List.of());

        tickets.move(staff, id, TicketStatus.IN_PROGRESS, tickets.view(staff, id).version());
        assertThat(told(project.customer())).extracting(NotificationView::kind, NotificationView::detail)
                .containsExactly(tuple(NotificationKind.STATUS_CHANGED, "IN_PROGRESS"));
        assertThat(customer.mails()).singleElement().satisfies(mail -> assertThat(mail.body())
                .contains("的状态改为“处理中”", "to In progress"));

        tickets.reply(project.access(project.customer()), id, "还是不行，截图见附件", false, List.of());
        assertThat(told(project.consultant())).extracting(NotificationView::kind)
                .containsExactly(NotificationKind.REPLIED, NotificationKind.TICKET_OPENED);
        assertThat(told(project.customer())).hasSize(1);
        assertThat(consultant.mails()).extracting(Mailbox.Mail::subject)
                .anyMatch(s -> s.endsWith("新回复 / New reply"));
    }

    @Test
    void anInternalNoteIsToldToStaffWatchersOnlyNeverToTheCustomer() {
        TestProject project = fixture.create();
        Mailbox customer = mailbox(project.customer());
        mailbox(project.consultant());
        ProjectAccess pm = project.access(project.pm());
        long id = tickets.open(project.access(project.customer()), form("报表数据不对", null, null), List.of());
        tickets.watch(project.access(project.consultant()), id, true);

        tickets.reply(pm, id, "内部：疑似迁移脚本漏了冲销凭证", true, List.of());

        assertThat(told(project.consultant())).extracting(NotificationView::kind)
                .containsExactly(NotificationKind.NOTE_ADDED);
        assertThat(told(project.customer())).isEmpty();
        assertThat(customer.mails()).isEmpty();
    }

    @Test
    void aMailServerThatIsDownNeitherFailsNorUndoesTheTicketChange() {
        TestProject project = fixture.create();
        mailbox(project.customer());
        ProjectAccess staff = project.access(project.consultant());
        long id = tickets.open(project.access(project.pm()), form("打印机无响应", project.consultant().id(),
                project.customer().id()), List.of());
        greenMail.stop();

        tickets.move(staff, id, TicketStatus.RESOLVED, tickets.view(staff, id).version());

        assertThat(tickets.view(staff, id).status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(told(project.customer())).extracting(NotificationView::kind, NotificationView::detail)
                .containsExactly(tuple(NotificationKind.STATUS_CHANGED, "RESOLVED"));
    }

    private List<NotificationView> told(CurrentUser user) {
        return notifications.page(user, 0).getContent();
    }

    private Mailbox mailbox(CurrentUser user) {
        String address = user.username() + "@example.com";
        users.update(user.id(), new UserChanges(user.displayName(), address, user.role(), user.organisationId(), true));
        return new Mailbox(greenMail, address);
    }
}
