package io.luodi.web.setup;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import io.luodi.support.settings.SettingsForm;
import io.luodi.support.settings.SettingsView;
import io.luodi.support.settings.SupportSettingsManagement;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketForm;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketStatus;
import io.luodi.support.ticket.TicketType;
import io.luodi.support.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The demo HIS project in hypercare: it went live two weeks ago and the hospital's 陈静 has raised tickets in every
 * state — an outage being worked on, a slow query waiting for her answer, a permission problem resolved, a question
 * nobody has picked up yet. Only into a HIS project without tickets, through the same services the pages use.
 */
@Component
@Order(45)
class SupportDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupportDemoData.class);

    private final DemoDataSwitch demoData;
    private final UserManagement users;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final SupportSettingsManagement settings;
    private final TicketManagement tickets;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SupportDemoData(DemoDataSwitch demoData, UserManagement users, ProjectManagement projects,
                    ProjectAccessPolicy accessPolicy, SupportSettingsManagement settings, TicketManagement tickets,
                    TransactionTemplate transaction, Clock clock) {
        this.demoData = demoData;
        this.users = users;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.settings = settings;
        this.tickets = tickets;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.isOn()) {
            return;
        }
        Optional<CurrentUser> wangFang = user("wangfang");
        Optional<CurrentUser> liQiang = user("liqiang");
        Optional<CurrentUser> chenJing = user("chenjing");
        if (wangFang.isEmpty() || liQiang.isEmpty() || chenJing.isEmpty()) {
            return;
        }
        Optional<Long> his = projects.visibleTo(wangFang.get()).stream().filter(p -> p.code().equals("HIS"))
                .map(ProjectSummary::id).findFirst();
        if (his.isEmpty()) {
            return;
        }
        ProjectAccess manager = accessPolicy.require(wangFang.get(), his.get());
        if (!tickets.isEmpty(manager)) {
            return;
        }
        transaction.executeWithoutResult(status -> load(manager, accessPolicy.require(liQiang.get(), his.get()),
                accessPolicy.require(chenJing.get(), his.get())));
        log.info("Loaded the go-live support demo data of project HIS: hypercare period and tickets");
    }

    private void load(ProjectAccess manager, ProjectAccess consultant, ProjectAccess customer) {
        LocalDate today = LocalDate.now(clock);
        SettingsView current = settings.of(manager.projectId());
        settings.update(manager, new SettingsForm(current.customerVisibility(), current.reopenWindowDays(),
                current.atRiskPercent(), today.minusDays(14), today.plusDays(76), current.version()));
        long consultantId = consultant.user().id();

        long outage = tickets.open(customer, form("门诊收费工作站无法登录",
                "今天早上 8 点起门诊收费处 3 号、5 号窗口登录时提示“会话已过期”，重启电脑无效，病人在排队。",
                TicketType.INCIDENT, Severity.P1, "门诊收费", "生产"), List.of());
        tickets.reply(consultant, outage, "已收到，正在远程查看收费工作站的登录日志，请先使用 1 号窗口收费。", false, List.of());
        tickets.update(consultant, outage, staffForm(consultant, outage, consultantId, null));
        move(consultant, outage, TicketStatus.IN_PROGRESS);

        long slowQuery = tickets.open(customer, form("住院医嘱查询高峰期超过 30 秒",
                "每天 9:30–10:30 护士站查询长期医嘱很慢，有时超过 30 秒。", TicketType.PERFORMANCE, Severity.P2,
                "住院医嘱", "生产"), List.of());
        tickets.update(consultant, slowQuery, staffForm(consultant, slowQuery, consultantId,
                "医嘱表缺少按病区+日期的组合索引，高峰期全表扫描。"));
        tickets.reply(consultant, slowQuery, "请提供一个查询慢的病区名称和大致时间点，我们对照数据库慢查询日志。", false, List.of());
        tickets.reply(consultant, slowQuery, "慢查询日志已开启，等护士站反馈具体病区后加索引。", true, List.of());
        move(consultant, slowQuery, TicketStatus.WAITING_FOR_CUSTOMER);

        long permission = tickets.open(customer, form("药房人员看不到药品字典",
                "药剂科新入职的两名药师登录后，药品字典菜单是灰色的。", TicketType.PERMISSION, Severity.P3, "药房",
                "生产"), List.of());
        tickets.update(consultant, permission, staffForm(consultant, permission, consultantId,
                "新用户未分配“药房-字典维护”角色。"));
        tickets.reply(consultant, permission, "已为两位药师分配“药房-字典维护”角色，请重新登录确认。", false, List.of());
        move(consultant, permission, TicketStatus.RESOLVED);

        tickets.open(manager, new TicketForm("如何按科室导出门诊日报",
                "信息科询问门诊日报能否按科室导出 Excel。", TicketType.QUESTION, Severity.P4, "报表", "生产",
                null, customer.user().id(), null, null), List.of());
    }

    private TicketForm form(String title, String description, TicketType type, Severity severity, String module,
                            String environment) {
        return new TicketForm(title, description, type, severity, module, environment, null, null, null, null);
    }

    private TicketForm staffForm(ProjectAccess staff, long id, long assigneeId, String rootCause) {
        TicketView ticket = tickets.view(staff, id);
        return new TicketForm(ticket.title(), ticket.description(), ticket.type(), ticket.severity(),
                ticket.module(), ticket.environment(), assigneeId, null, rootCause, ticket.version());
    }

    private void move(ProjectAccess staff, long id, TicketStatus to) {
        tickets.move(staff, id, to, tickets.view(staff, id).version());
    }

    private Optional<CurrentUser> user(String username) {
        return users.findByUsername(username).map(CurrentUser::of);
    }
}
