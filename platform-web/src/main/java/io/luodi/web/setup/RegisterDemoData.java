package io.luodi.web.setup;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.meeting.AttendeeSide;
import io.luodi.requirements.meeting.MeetingDetail;
import io.luodi.requirements.meeting.MeetingForm;
import io.luodi.requirements.meeting.MeetingKind;
import io.luodi.requirements.meeting.MeetingManagement;
import io.luodi.requirements.painpoint.Frequency;
import io.luodi.requirements.painpoint.PainPointForm;
import io.luodi.requirements.painpoint.PainPointManagement;
import io.luodi.requirements.painpoint.Severity;
import io.luodi.requirements.requirement.BulkChange;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.RequirementForm;
import io.luodi.requirements.requirement.RequirementManagement;
import io.luodi.requirements.requirement.RequirementSource;
import io.luodi.requirements.requirement.RequirementStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HIS demo project's register: a kickoff and a requirement review with attendees, decisions and action items,
 * the pain points the surveys found, and the requirements that came of them with their sources and some
 * history. Runs after the other demo data, only into a project whose register is still empty, and goes through
 * the services the pages use. Pain points are linked to survey answers only where the surveys' demo data has
 * answered the question.
 */
@Component
@Order(20)
class RegisterDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegisterDemoData.class);

    private final DemoDataSwitch demoData;
    private final UserManagement users;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final PainPointManagement painPoints;
    private final RequirementManagement requirements;
    private final MeetingManagement meetings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RegisterDemoData(DemoDataSwitch demoData,
                     UserManagement users, ProjectManagement projects, ProjectAccessPolicy accessPolicy,
                     PainPointManagement painPoints, RequirementManagement requirements, MeetingManagement meetings,
                     JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.demoData = demoData;
        this.users = users;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.painPoints = painPoints;
        this.requirements = requirements;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.isOn()) {
            return;
        }
        Optional<CurrentUser> manager = users.findByUsername("wangfang").map(CurrentUser::of);
        Optional<CurrentUser> consultant = users.findByUsername("liqiang").map(CurrentUser::of);
        if (manager.isEmpty() || consultant.isEmpty()) {
            return;
        }
        Optional<Long> his = projects.visibleTo(manager.get()).stream().filter(p -> p.code().equals("HIS"))
                .map(ProjectSummary::id).findFirst();
        if (his.isEmpty()) {
            return;
        }
        ProjectAccess pm = accessPolicy.require(manager.get(), his.get());
        ProjectAccess liQiang = accessPolicy.require(consultant.get(), his.get());
        if (requirements.isEmpty(pm) && meetings.isEmpty(pm) && painPoints.isEmpty(pm)) {
            transaction.executeWithoutResult(status -> load(pm, liQiang));
            log.info("Loaded the HIS demo project's meetings, pain points and requirements");
        }
    }

    private void load(ProjectAccess pm, ProjectAccess liQiang) {
        LocalDate today = LocalDate.now(clock);
        Long chenJing = users.findByUsername("chenjing").map(u -> u.getId()).orElse(null);

        meetings.create(pm, new MeetingForm(MeetingKind.KICKOFF, "HIS 项目启动会", today.minusDays(44),
                "行政楼二楼第一会议室",
                "1. 项目目标与范围介绍\n2. 双方项目组织与职责\n3. 实施计划与里程碑\n4. 需求调研安排",
                "院方分管副院长出席并讲话，强调新 HIS 必须在明年医保年度清算前上线。\n"
                        + "实施方介绍了项目计划：需求调研两周，系统配置与接口开发十周，数据迁移与培训并行，计划上线日前一个月开始模拟运行。\n"
                        + "信息科提出旧系统数据库为 Oracle 11g，允许只读账号直连抽取历史数据。",
                List.of(attendee(AttendeeSide.IMPLEMENTER, "王芳", "项目经理", pm.user().id()),
                        attendee(AttendeeSide.IMPLEMENTER, "李强", "实施顾问", liQiang.user().id()),
                        attendee(AttendeeSide.CUSTOMER, "陈静", "信息科科长", chenJing),
                        attendee(AttendeeSide.CUSTOMER, "张伟", "门诊部主任", null),
                        attendee(AttendeeSide.CUSTOMER, "刘敏", "医保办主任", null),
                        attendee(AttendeeSide.THIRD_PARTY, "赵工", "医保接口厂商工程师", null)),
                List.of(new MeetingForm.DecisionRow(null, "项目分两期上线：一期门诊、住院、药房、医保结算；二期电子病历质控与院长驾驶舱。"),
                        new MeetingForm.DecisionRow(null, "每周三下午召开项目例会，由双方项目经理主持。"),
                        new MeetingForm.DecisionRow(null, "需求调研两周内完成，覆盖门诊部、收费处、住院部、药剂科、医保办和信息科。")),
                List.of(new MeetingForm.ActionItemRow(null, "提供各科室调研联系人名单", "陈静", today.minusDays(41), true),
                        new MeetingForm.ActionItemRow(null, "提交项目实施计划与里程碑", "王芳", today.minusDays(38), true),
                        new MeetingForm.ActionItemRow(null, "提供医保接口规范文档与测试环境", "赵工", today.minusDays(5), false)),
                null));

        long review = meetings.create(pm, new MeetingForm(MeetingKind.REQUIREMENT_REVIEW, "门诊与医保需求评审会",
                today.minusDays(20), "门诊楼三楼示教室",
                "1. 门诊挂号与收费需求\n2. 医保结算需求\n3. 药房与住院需求\n4. 待定事项",
                "双方逐条评审了调研形成的需求清单。门诊部希望保留窗口挂号，同时开放微信公众号和自助机预约；"
                        + "收费处提出高峰时段缴费排队严重，双方同意将诊间结算纳入一期。\n"
                        + "医保办确认国家医保平台接口为一期必须项，异地就医直接结算因接口尚未开放，延至二期。",
                List.of(attendee(AttendeeSide.IMPLEMENTER, "王芳", "项目经理", pm.user().id()),
                        attendee(AttendeeSide.IMPLEMENTER, "李强", "实施顾问", liQiang.user().id()),
                        attendee(AttendeeSide.CUSTOMER, "陈静", "信息科科长", chenJing),
                        attendee(AttendeeSide.CUSTOMER, "张伟", "门诊部主任", null),
                        attendee(AttendeeSide.CUSTOMER, "刘敏", "医保办主任", null)),
                List.of(new MeetingForm.DecisionRow(null, "门诊挂号支持微信公众号和自助机预约，窗口挂号保留。"),
                        new MeetingForm.DecisionRow(null, "诊间结算纳入一期范围，优先级提升为必须有。"),
                        new MeetingForm.DecisionRow(null, "异地就医直接结算延至二期，本期不纳入范围。")),
                List.of(new MeetingForm.ActionItemRow(null, "整理评审后的需求清单发院方确认", "李强", today.minusDays(15), true),
                        new MeetingForm.ActionItemRow(null, "确认自助机采购数量与到货时间", "张伟", today.plusDays(7), false)),
                null));
        MeetingDetail reviewed = meetings.detail(pm, review);

        long queues = painPoint(liQiang, "门诊缴费排队时间长", "高峰时段（8:00–10:30）收费窗口排队 30–40 分钟，患者需在诊室、收费处、药房之间往返多次。",
                "门诊收费", Severity.CRITICAL, Frequency.DAILY, answer(liQiang, "2.3"));
        long reconciliation = painPoint(liQiang, "医保结算对账依赖手工", "每月医保中心回款与院内结算数据需要医保办两人花三天手工核对，差异难以追溯到单据。",
                "医保结算", Severity.HIGH, Frequency.MONTHLY, answer(liQiang, "4.2"));
        long records = painPoint(liQiang, "病历书写重复录入", "医生在病历、处方、检查申请中重复录入诊断和主诉，门诊医生每天约多花 1 小时。",
                "电子病历", Severity.HIGH, Frequency.DAILY, null);
        long batches = painPoint(liQiang, "药品批次效期管理混乱", "药库按品种记账，近效期药品靠人工盘点发现，去年报损金额约 12 万元。",
                "药房管理", Severity.MEDIUM, Frequency.WEEKLY, answer(liQiang, "3.4"));
        long discharge = painPoint(liQiang, "出院结算等待时间长", "出院当天集中结算，患者家属平均等待 2 小时，费用清单需要护士站手工核对。",
                "住院结算", Severity.HIGH, Frequency.DAILY, answer(liQiang, "3.1"));
        long reports = painPoint(liQiang, "管理报表需信息科手工导出", "院领导需要的运营数据由信息科每月写 SQL 导出后用 Excel 汇总，时效性差。",
                "统计报表", Severity.MEDIUM, Frequency.MONTHLY, null);

        List<Long> accepted = new ArrayList<>();
        accepted.add(requirement(liQiang, "门诊挂号支持微信公众号与自助机预约",
                "患者可通过微信公众号和自助机预约当日及 7 日内号源，窗口挂号保留。预约成功后短信通知，爽约三次限制预约 30 天。",
                "门诊挂号", Priority.MUST, "1. 公众号与自助机均可预约并支付挂号费\n2. 预约成功 1 分钟内收到短信\n3. 爽约规则可由门诊部配置",
                null, RequirementSource.Kind.DECISION, reviewed.decisions().get(0).id()));
        accepted.add(requirement(liQiang, "分时段号源管理",
                "号源按 30 分钟时段发放，支持专家号源池、窗口/线上号源比例配置和临时停诊通知。", "门诊挂号", Priority.MUST,
                "1. 号源比例可按科室配置\n2. 停诊后 10 分钟内通知已预约患者", null, null, null));
        long clinicPayment = requirement(liQiang, "诊间结算（医生站扫码缴费）",
                "医生开具处方和检查后，患者可在诊室扫码用微信、支付宝或医保电子凭证缴费，无需到收费窗口。", "门诊收费",
                Priority.SHOULD, "1. 支持微信、支付宝、医保电子凭证\n2. 缴费后检查预约与药房自动收到通知",
                "院方财务处对第三方支付手续费有顾虑，报价时注意说明。", RequirementSource.Kind.PAIN_POINT, queues);
        accepted.add(requirement(liQiang, "国家医保平台实时结算接口",
                "门诊、住院费用通过国家医保信息平台实时结算，支持医保电子凭证和社保卡。", "医保结算", Priority.MUST,
                "1. 通过医保中心接口验收测试\n2. 结算失败时给出可读的原因并支持重试", null, null, null));
        requirement(liQiang, "医保对账自动化",
                "系统每日自动下载医保中心对账文件与院内结算逐笔比对，差异生成待办并可追溯到单据。", "医保结算",
                Priority.SHOULD, "1. 每日 6:00 前完成前一日对账\n2. 差异明细可导出 Excel",
                null, RequirementSource.Kind.PAIN_POINT, reconciliation);
        long remote = requirement(liQiang, "异地就医直接结算",
                "外省参保患者在本院门诊和住院可直接刷卡结算。", "医保结算", Priority.SHOULD, null,
                "依赖省医保中心接口开放时间，范围存在风险。", null, null);
        accepted.add(requirement(liQiang, "电子病历结构化模板",
                "门诊与住院病历提供结构化模板，诊断、主诉在病历、处方、检查申请间自动带入，避免重复录入。", "电子病历",
                Priority.MUST, "1. 覆盖门诊 20 个常用科室模板\n2. 诊断录入一次，三处自动带入",
                null, RequirementSource.Kind.PAIN_POINT, records));
        requirement(liQiang, "病历质控：书写时限与缺项提醒",
                "按《病历书写基本规范》对入院记录、首次病程等设置时限提醒，缺项时提示医生。", "电子病历", Priority.SHOULD,
                "时限规则可由医务科配置", null, null, null);
        accepted.add(requirement(liQiang, "药品批次效期管理",
                "药库与药房按批次和效期管理库存，近效期药品提前 90 天预警，发药遵循先到期先出。", "药房管理",
                Priority.MUST, "1. 入库必须录入批号和效期\n2. 近效期预警清单每日生成", null,
                RequirementSource.Kind.PAIN_POINT, batches));
        long dispenser = requirement(liQiang, "门诊自动发药机接口",
                "与门诊西药房自动发药机对接，缴费后处方自动下发发药机备药。", "药房管理", Priority.COULD, null,
                "发药机厂商尚未确定，接口工作量无法估算。", null, null);
        requirement(liQiang, "住院床旁结算与出院预结算",
                "出院前一日生成预结算清单，患者可在床旁用移动设备确认费用并结算。", "住院结算", Priority.SHOULD,
                "1. 出院预结算清单可打印和推送\n2. 床旁结算支持医保", null,
                RequirementSource.Kind.PAIN_POINT, discharge);
        accepted.add(requirement(liQiang, "LIS 检验结果自动回传",
                "检验结果审核后自动回传 HIS 与医生站，危急值即时弹窗提醒开单医生。", "系统接口", Priority.MUST,
                "1. 结果回传延迟不超过 1 分钟\n2. 危急值提醒需医生确认", null, null, null));
        requirement(liQiang, "PACS 影像调阅集成",
                "医生站可直接调阅患者影像和报告，无需另行登录 PACS。", "系统接口", Priority.SHOULD, null, null, null, null);
        long cockpit = requirement(liQiang, "院长驾驶舱运营报表",
                "门急诊人次、床位使用率、药占比、医保费用等指标按日展示，支持下钻到科室。", "统计报表", Priority.COULD,
                null, "院方可能要求定制大屏，注意范围蔓延。", RequirementSource.Kind.PAIN_POINT, reports);
        long scans = requirement(liQiang, "旧系统手写处方扫描归档",
                "将 2015 年前的纸质处方扫描后归档到新系统。", "电子病历", Priority.WONT, null, null, null, null);

        requirements.bulkEdit(pm, new BulkChange(accepted.stream().map(id -> selected(pm, id)).toList(),
                RequirementStatus.ACCEPTED, null, null, null));
        fromDecision(pm, clinicPayment, reviewed.decisions().get(1).id(), Priority.MUST, RequirementStatus.ACCEPTED,
                true);
        fromDecision(pm, remote, reviewed.decisions().get(2).id(), Priority.SHOULD, RequirementStatus.DEFERRED, false);
        requirements.bulkEdit(pm, new BulkChange(List.of(selected(pm, dispenser), selected(pm, cockpit)),
                RequirementStatus.DEFERRED, null, false, null));
        requirements.bulkEdit(pm, new BulkChange(List.of(selected(pm, scans)), RequirementStatus.REJECTED, null,
                false, null));
    }

    private static MeetingForm.AttendeeRow attendee(AttendeeSide side, String name, String role, Long userId) {
        return new MeetingForm.AttendeeRow(null, side, name, role, userId);
    }

    private long painPoint(ProjectAccess access, String title, String description, String process, Severity severity,
                           Frequency frequency, Long answerId) {
        return painPoints.create(access, new PainPointForm(title, description, process, severity, frequency, answerId,
                null));
    }

    private long requirement(ProjectAccess access, String title, String description, String category,
                             Priority priority, String acceptanceCriteria, String internalNote,
                             RequirementSource.Kind sourceKind, Long sourceId) {
        return requirements.create(access, new RequirementForm(title, description, category, priority,
                RequirementStatus.PROPOSED, true, acceptanceCriteria, internalNote, null, sourceKind, sourceId));
    }

    /** A decision of the review changes a requirement: the history names the meeting as the cause. */
    private void fromDecision(ProjectAccess access, long id, long decisionId, Priority priority,
                              RequirementStatus status, boolean inScope) {
        RequirementForm current = requirements.detail(access, id).toForm();
        requirements.update(access, id, new RequirementForm(current.title(), current.description(),
                current.category(), priority, status, inScope, current.acceptanceCriteria(), current.internalNote(),
                current.version(), RequirementSource.Kind.DECISION, decisionId));
    }

    private BulkChange.Selected selected(ProjectAccess access, long id) {
        return new BulkChange.Selected(id, requirements.detail(access, id).version());
    }

    /** An answer the surveys' demo data gave to the HIS questionnaire's question, if it gave one. */
    private Long answer(ProjectAccess access, String questionCode) {
        return jdbc.sql("""
                        SELECT a.id FROM survey_answer a
                        JOIN survey s ON s.id = a.survey_id
                        JOIN survey_template_question q ON q.id = a.question_id
                        WHERE s.project_id = ? AND q.code = ?
                          AND (a.answer_text IS NOT NULL OR cardinality(a.choices) > 0)
                        ORDER BY a.id LIMIT 1""")
                .params(access.projectId(), questionCode)
                .query(Long.class).optional().orElse(null);
    }
}
