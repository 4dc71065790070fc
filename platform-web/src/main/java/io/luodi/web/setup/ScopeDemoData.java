package io.luodi.web.setup;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import io.luodi.core.project.ProjectNumbers;
import io.luodi.requirements.numbering.RequirementCounters;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.Requirement;
import io.luodi.requirements.requirement.RequirementContent;
import io.luodi.requirements.requirement.RequirementFields;
import io.luodi.requirements.requirement.RequirementRepository;
import io.luodi.requirements.requirement.RequirementStatus;
import io.luodi.requirements.scope.ChangeItem;
import io.luodi.requirements.scope.ChangeRequestDraft;
import io.luodi.requirements.scope.ChangeRequestManagement;
import io.luodi.requirements.scope.ScopeItem;
import io.luodi.requirements.scope.ScopeManagement;
import io.luodi.requirements.scope.ScopeSection;
import io.luodi.requirements.scope.ScopeSections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo FIN project's scope: a statement in Chinese, v1 signed by 王芳 and the customer's 赵磊, an approved
 * change request that produced v2, and a second one the implementer has approved and the customer has yet to
 * decide. Runs after the requirements demo data (it waits until the HIS project has requirements), only into a
 * FIN project without a scope statement, and through the same services the pages use.
 */
@Component
@Order(30)
class ScopeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScopeDemoData.class);

    private static final ScopeSections STATEMENT = new ScopeSections(
            """
                    建设华东精密制造财务共享服务平台，上线费用报销、应付和总账模块。
                    报销审批从 7 级精简到 3 级，平均报销周期从 15 天缩短到 5 个工作日以内。
                    发票查验与凭证生成自动化，减少财务人员手工录入。""",
            """
                    费用报销、应付、总账三个模块的系统配置与上线
                    与钉钉、税务局发票查验平台、SAP 采购模块的接口
                    系统操作手册与管理员手册
                    关键用户培训与最终用户培训各一轮""",
            """
                    需求确认与范围签署：项目启动后第 4 周
                    系统配置与接口开发完成：第 14 周
                    用户验收测试完成：第 20 周
                    正式上线：第 26 周，上线后支持 60 天""",
            """
                    客户在项目启动后 2 周内提供组织架构、会计科目和审批权限表
                    钉钉企业账号和税务局查验平台账号由客户负责开通
                    关键用户每周至少投入 2 天参与项目""",
            """
                    上线日期不晚于财年中期（6 月 30 日）
                    不改动现有 SAP 采购流程
                    项目预算 120 万元以内""",
            """
                    税务局查验平台接口调用次数受限，月末高峰可能排队
                    审批流程精简需要管理层书面确认，推进可能延迟
                    历史数据质量不明，可能影响期初余额导入""",
            """
                    三个模块在生产环境连续运行 30 天无一级故障
                    报销单平均审批周期不超过 5 个工作日
                    一级、二级用户验收测试用例全部通过""");

    private record DemoRequirement(String title, String description, String category, Priority priority,
                                   RequirementStatus status, boolean inScope, String acceptanceCriteria) {
    }

    private static final List<DemoRequirement> REQUIREMENTS = List.of(
            new DemoRequirement("移动端报销审批", "员工在手机上提交报销，部门经理在钉钉中审批。", "费用报销", Priority.MUST,
                    RequirementStatus.ACCEPTED, true, "手机端可完成提交、审批、驳回全流程"),
            new DemoRequirement("审批流程精简为三级", "部门经理、财务审核、财务经理三级审批，取代现行七级审批。", "费用报销",
                    Priority.MUST, RequirementStatus.ACCEPTED, true, "90% 的报销单在 3 个工作日内审批完成"),
            new DemoRequirement("增值税发票自动查验", "对接税务局查验平台，自动校验发票真伪并拦截重复报销。", "发票管理",
                    Priority.MUST, RequirementStatus.ACCEPTED, true, "查验结果自动回写，重复发票全部拦截"),
            new DemoRequirement("总账凭证自动生成", "报销单和应付单审批通过后自动生成总账凭证。", "总账", Priority.MUST,
                    RequirementStatus.ACCEPTED, true, "凭证分录与单据一致，无需手工调整"),
            new DemoRequirement("应付账款三单匹配", "采购订单、入库单、发票三单自动匹配后生成应付。", "应付", Priority.SHOULD,
                    RequirementStatus.ACCEPTED, true, "匹配差异在容差内自动通过，超差进入人工处理"),
            new DemoRequirement("预算实时控制", "报销提交时实时占用部门预算，超预算需额外审批。", "预算", Priority.COULD,
                    RequirementStatus.DEFERRED, false, null),
            new DemoRequirement("旧系统五年历史凭证迁移", "将旧系统五年凭证明细迁入新总账。", "总账", Priority.WONT,
                    RequirementStatus.REJECTED, false, null));

    private final DemoDataSwitch demoData;
    private final UserManagement users;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final RequirementRepository requirements;
    private final ProjectNumbers numbers;
    private final ScopeManagement scope;
    private final ChangeRequestManagement changeRequests;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScopeDemoData(DemoDataSwitch demoData,
                  UserManagement users, ProjectManagement projects, ProjectAccessPolicy accessPolicy,
                  RequirementRepository requirements, ProjectNumbers numbers, ScopeManagement scope,
                  ChangeRequestManagement changeRequests, TransactionTemplate transaction, Clock clock) {
        this.demoData = demoData;
        this.users = users;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.requirements = requirements;
        this.numbers = numbers;
        this.scope = scope;
        this.changeRequests = changeRequests;
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
        Optional<CurrentUser> zhaoLei = user("zhaolei");
        Optional<CurrentUser> zhouMin = user("zhoumin");
        if (admin.isEmpty() || wangFang.isEmpty() || zhaoLei.isEmpty() || zhouMin.isEmpty()) {
            return;
        }
        Optional<Long> his = projectId(admin.get(), "HIS");
        Optional<Long> fin = projectId(admin.get(), "FIN");
        if (his.isEmpty() || fin.isEmpty() || requirements.findByProjectIdOrderByNumber(his.get()).isEmpty()) {
            return;
        }
        ProjectAccess manager = accessPolicy.require(wangFang.get(), fin.get());
        if (scope.statement(manager).version() != null) {
            return;
        }
        transaction.executeWithoutResult(status -> load(manager, accessPolicy.require(zhaoLei.get(), fin.get()),
                accessPolicy.require(zhouMin.get(), fin.get())));
        log.info("Loaded the demo scope of project FIN: v1 signed, CR-001 approved as v2, CR-002 awaiting the customer");
    }

    private void load(ProjectAccess manager, ProjectAccess customer, ProjectAccess consultant) {
        long projectId = manager.projectId();
        if (requirements.findByProjectIdOrderByNumber(projectId).isEmpty()) {
            for (DemoRequirement r : REQUIREMENTS) {
                requirements.save(Requirement.create(projectId,
                        numbers.next(RequirementCounters.REQUIREMENT, projectId),
                        new RequirementFields(new RequirementContent(r.title(), r.description(), r.category(),
                                r.priority(), r.acceptanceCriteria()), r.status(), r.inScope(), null),
                        manager.user().username(), clock.instant()));
            }
        }
        scope.saveStatement(manager, STATEMENT, null);
        int v1 = scope.putUpForSignature(manager);
        scope.sign(manager, v1, null);
        scope.sign(customer, v1, "同意按此范围实施。");

        List<ScopeItem> inScope = scope.baseline(manager, v1).inScope();
        ScopeItem first = inScope.get(0);
        int ocr = changeRequests.submit(consultant, new ChangeRequestDraft("增加发票 OCR 识别并顺延上线两周",
                "财务部反馈纸质发票仍占四成，手工录入工作量大，希望拍照自动识别发票要素。上线时间相应顺延两周。", 10,
                new BigDecimal("48000.00"), "OCR 识别率受发票质量影响，需保留人工复核环节。",
                List.of(ChangeItem.add(new RequirementContent("发票 OCR 识别", "员工拍照上传发票，系统自动识别发票代码、号码、金额和税额。",
                                "发票管理", Priority.SHOULD, "增值税专用发票识别准确率不低于 95%")),
                        ChangeItem.change(first.requirementId(), new RequirementContent(first.title(),
                                first.description(), first.category(), first.priority(),
                                join(first.acceptanceCriteria(), "审批结果实时推送到钉钉")))),
                Map.of(ScopeSection.MILESTONES, STATEMENT.milestones().replace("第 26 周", "第 28 周"))));
        changeRequests.decide(manager, ocr, true, "工作量已评估，同意。");
        changeRequests.decide(customer, ocr, true, "同意顺延。");

        List<ScopeItem> now = scope.baseline(manager, scope.baselines(manager).get(0).number()).inScope();
        if (now.size() >= 2) {
            ScopeItem last = now.get(now.size() - 1).title().equals("发票 OCR 识别") ? now.get(now.size() - 2)
                    : now.get(now.size() - 1);
            int deferral = changeRequests.submit(manager, new ChangeRequestDraft(last.title() + "移到二期",
                    "SAP 采购模块升级推迟到明年，所需数据暂时无法获取，建议本期不做。", -6,
                    new BigDecimal("-30000.00"), "二期实施前相关工作仍需人工处理。",
                    List.of(ChangeItem.remove(last.requirementId())), Map.of()));
            changeRequests.decide(manager, deferral, true, "建议接受，待客户确认。");
        }
    }

    private static String join(String text, String addition) {
        return text == null || text.isBlank() ? addition : text + "；" + addition;
    }

    private Optional<CurrentUser> user(String username) {
        return users.findByUsername(username).map(CurrentUser::of);
    }

    private Optional<Long> projectId(CurrentUser admin, String code) {
        return projects.visibleTo(admin).stream().filter(p -> p.code().equals(code)).map(ProjectSummary::id)
                .findFirst();
    }
}
