package io.luodi.web.setup;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import io.luodi.support.improvement.ImprovementCategory;
import io.luodi.support.improvement.ImprovementForm;
import io.luodi.support.improvement.ImprovementManagement;
import io.luodi.support.improvement.ImprovementStatus;
import io.luodi.support.improvement.StatusChangeForm;
import io.luodi.support.revisit.OccurrenceForm;
import io.luodi.support.revisit.Recurrence;
import io.luodi.support.revisit.RevisitKind;
import io.luodi.support.revisit.RevisitManagement;
import io.luodi.support.revisit.RevisitPlanForm;
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
 * The demo HIS project after go-live: improvements raised by the hospital's 陈静 and by 李强 with votes from both
 * sides, one planned for a release and one declined; and a monthly on-site revisit with the hospital's 信息科,
 * held once with its follow-up actions, whose next visit is due tomorrow. Only into a HIS project without
 * improvements, through the same services the pages use.
 */
@Component
@Order(50)
class AftercareDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AftercareDemoData.class);

    private final DemoDataSwitch demoData;
    private final UserManagement users;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final ImprovementManagement improvements;
    private final RevisitManagement revisits;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AftercareDemoData(DemoDataSwitch demoData, UserManagement users, ProjectManagement projects,
                      ProjectAccessPolicy accessPolicy, ImprovementManagement improvements,
                      RevisitManagement revisits, TransactionTemplate transaction, Clock clock) {
        this.demoData = demoData;
        this.users = users;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.improvements = improvements;
        this.revisits = revisits;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.isOn()) {
            return;
        }
        Optional<CurrentUser> admin = user("admin");
        Optional<CurrentUser> wangFang = user("wangfang");
        Optional<CurrentUser> liQiang = user("liqiang");
        Optional<CurrentUser> chenJing = user("chenjing");
        if (admin.isEmpty() || wangFang.isEmpty() || liQiang.isEmpty() || chenJing.isEmpty()) {
            return;
        }
        Optional<Long> his = projects.visibleTo(admin.get()).stream().filter(p -> p.code().equals("HIS"))
                .map(ProjectSummary::id).findFirst();
        if (his.isEmpty()) {
            return;
        }
        ProjectAccess manager = accessPolicy.require(wangFang.get(), his.get());
        if (!improvements.isEmpty(manager) || !revisits.isEmpty(manager)) {
            return;
        }
        transaction.executeWithoutResult(status -> load(manager, accessPolicy.require(liQiang.get(), his.get()),
                accessPolicy.require(chenJing.get(), his.get())));
        log.info("Loaded the after-go-live demo data of project HIS: improvements with votes, a monthly revisit");
    }

    private void load(ProjectAccess manager, ProjectAccess consultant, ProjectAccess customer) {
        long shortcuts = improvements.raise(customer, new ImprovementForm("门诊挂号界面增加快捷键",
                "挂号窗口高峰期每人每天操作上千次，希望常用操作（挂号、退号、打印）支持 F1–F4 快捷键，减少鼠标点击。",
                ImprovementCategory.SHORTCUTS, null, null, null));
        long report = improvements.raise(customer, new ImprovementForm("药房日报增加按科室汇总",
                "药剂科每天手工把日报按科室重新汇总，希望系统直接出科室维度的报表并可导出 Excel。",
                ImprovementCategory.REPORTS, null, null, null));
        long approval = improvements.raise(consultant, new ImprovementForm("退费审批支持移动端",
                "退费需要科主任审批，主任不在电脑前时病人要等很久。建议接入院内移动办公，在手机上审批。",
                ImprovementCategory.APPROVAL_FLOW, null, "需评估院内移动办公平台的接口。", null));
        long theme = improvements.raise(customer, new ImprovementForm("界面改为深色主题",
                "夜班护士反映界面太亮。", ImprovementCategory.UI_INTERACTION, null, null, null));

        for (ProjectAccess voter : List.of(customer, consultant, manager)) {
            improvements.toggleVote(voter, shortcuts);
        }
        improvements.toggleVote(customer, report);
        improvements.toggleVote(manager, report);
        improvements.toggleVote(customer, approval);

        improvements.changeStatus(manager, shortcuts, new StatusChangeForm(ImprovementStatus.UNDER_REVIEW,
                "已与信息科确认快捷键方案。", null, version(manager, shortcuts)));
        improvements.changeStatus(manager, shortcuts, new StatusChangeForm(ImprovementStatus.PLANNED, null,
                "V2.1", version(manager, shortcuts)));
        improvements.changeStatus(manager, theme, new StatusChangeForm(ImprovementStatus.DECLINED,
                "产品暂不支持主题切换；可先调低显示器亮度，已列入产品路线图反馈。", null, version(manager, theme)));

        LocalDate today = LocalDate.now(clock);
        long plan = revisits.create(consultant, new RevisitPlanForm(RevisitKind.ON_SITE, Recurrence.MONTHLY,
                today.minusMonths(1).plusDays(1), "信息科 陈静", consultant.user().id(),
                "上线后每月上门回访：了解各科室使用情况，收集问题和优化建议。", null));
        revisits.record(consultant, plan, new OccurrenceForm(revisits.detail(consultant, plan).open().id(),
                today.minusMonths(1).plusDays(2), "门诊、收费运行平稳。药房反映日报需要手工汇总；挂号窗口希望增加快捷键。", 4,
                List.of(new OccurrenceForm.FollowUpRow("整理挂号快捷键需求并评估", "李强", today.minusDays(10)),
                        new OccurrenceForm.FollowUpRow("提供科室汇总报表样例", "药剂科", today.plusDays(5)))));
    }

    private long version(ProjectAccess access, long id) {
        return improvements.detail(access, id).version();
    }

    private Optional<CurrentUser> user(String username) {
        return users.findByUsername(username).map(CurrentUser::of);
    }
}
