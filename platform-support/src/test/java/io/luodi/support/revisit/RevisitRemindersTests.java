package io.luodi.support.revisit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserChanges;
import io.luodi.core.user.UserManagement;
import io.luodi.testsupport.WithPostgres;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "luodi.public-url=https://luodi.example.com/")
@WithPostgres
class RevisitRemindersTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", ServerSetupTest.SMTP::getPort);
    }

    @Autowired
    ProjectFixture fixture;
    @Autowired
    RevisitManagement revisits;
    @Autowired
    RevisitReminders reminders;
    @Autowired
    UserManagement users;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theOwnerIsRemindedOnceOfEachOccurrenceDueWithinTwoDaysOrOverdue() throws Exception {
        TestProject project = fixture.create();
        String address = withEmail(project.consultant());
        LocalDate today = LocalDate.now(clock);
        long tomorrow = revisits.create(project.access(project.pm()), new RevisitPlanForm(RevisitKind.ON_SITE,
                Recurrence.MONTHLY, today.plusDays(1), "信息科 陈主任", project.consultant().id(), "季度使用回访", null));
        revisits.create(project.access(project.pm()), new RevisitPlanForm(RevisitKind.PHONE,
                Recurrence.MONTHLY, today.minusDays(3), "财务部 赵经理", project.consultant().id(), null, null));
        revisits.create(project.access(project.pm()), new RevisitPlanForm(RevisitKind.VIDEO,
                Recurrence.MONTHLY, today.plusDays(10), "药剂科", project.consultant().id(), null, null));

        reminders.sendDueReminders();

        List<MimeMessage> mine = toMe(address);
        assertThat(mine).hasSize(2);
        MimeMessage onSite = mine.stream().filter(m -> subject(m).contains("上门拜访")).findFirst().orElseThrow();
        String customer = organisations.get(project.customer().organisationId()).getName();
        assertThat(onSite.getSubject()).isEqualTo("定期回访提醒：" + customer + " · 上门拜访 · " + today.plusDays(1) + " 到期");
        String body = (String) onSite.getContent();
        assertThat(body).contains(project.consultant().displayName(), "信息科 陈主任", "季度使用回访",
                "https://luodi.example.com/projects/" + project.id() + "/revisits/" + tomorrow);

        reminders.sendDueReminders();
        assertThat(toMe(address)).hasSize(2);
    }

    @Test
    void withoutAnEmailAddressNothingIsSentAndNothingIsMarked() {
        TestProject project = fixture.create();
        long id = revisits.create(project.access(project.pm()), new RevisitPlanForm(RevisitKind.PHONE,
                Recurrence.ONCE, LocalDate.now(clock), "客户", project.pm().id(), null, null));
        int before = greenMail.getReceivedMessages().length;

        reminders.sendDueReminders();

        assertThat(greenMail.getReceivedMessages().length).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM revisit_occurrence WHERE plan_id = :id AND reminded_at IS NOT NULL")
                .param("id", id).query(Long.class).single()).isZero();
    }

    private String withEmail(CurrentUser user) {
        String address = user.username() + "@example.com";
        users.update(user.id(), new UserChanges(user.displayName(), address, user.role(), user.organisationId(), true));
        return address;
    }

    private static List<MimeMessage> toMe(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
