package io.luodi.web.setup;

import io.luodi.core.organisation.Organisation;
import io.luodi.core.organisation.OrganisationDetails;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.project.MemberForm;
import io.luodi.core.project.Phase;
import io.luodi.core.project.PhasePlan;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectDetails;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectRole;
import io.luodi.core.project.ProjectStatus;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.NewUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo data set: an implementer, a city hospital rolling out a HIS and a laboratory system, a manufacturer
 * rolling out a finance system, and a user for each role. Loaded once, into an empty database, through the same
 * services the UI uses.
 */
@Component
@Order(1)
class DemoData implements ApplicationRunner {

    /** The password of every demo account; listed in the README. */
    static final String PASSWORD = "luodi-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoDataSwitch demoData;
    private final OrganisationManagement organisations;
    private final UserManagement users;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(DemoDataSwitch demoData,
             OrganisationManagement organisations, UserManagement users, ProjectManagement projects,
             ProjectAccessPolicy accessPolicy, TransactionTemplate transaction, Clock clock) {
        this.demoData = demoData;
        this.organisations = organisations;
        this.users = users;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData.isOn() && !users.anyUserExists()) {
            transaction.executeWithoutResult(status -> load());
            log.info("Loaded the demo data set; every demo account's password is '{}'", PASSWORD);
        }
    }

    private void load() {
        Organisation implementer = organisations.create(
                new OrganisationDetails("luodi", "落地实施 Luodi Implementation", OrganisationKind.IMPLEMENTER));
        Organisation hospital = organisations.create(
                new OrganisationDetails("cityhospital", "市第一人民医院 City No.1 Hospital", OrganisationKind.CUSTOMER));
        Organisation factory = organisations.create(
                new OrganisationDetails("eastprecision", "华东精密制造 East China Precision", OrganisationKind.CUSTOMER));

        user("admin", "系统管理员 Administrator", Role.ADMIN, implementer);
        CurrentUser wangFang = user("wangfang", "王芳 Wang Fang", Role.PM, implementer);
        CurrentUser sunLi = user("sunli", "孙丽 Sun Li", Role.PM, implementer);
        CurrentUser liQiang = user("liqiang", "李强 Li Qiang", Role.CONSULTANT, implementer);
        CurrentUser zhouMin = user("zhoumin", "周敏 Zhou Min", Role.CONSULTANT, implementer);
        CurrentUser chenJing = user("chenjing", "陈静 Chen Jing", Role.CUSTOMER, hospital);
        CurrentUser zhaoLei = user("zhaolei", "赵磊 Zhao Lei", Role.CUSTOMER, factory);

        LocalDate today = LocalDate.now(clock);
        ProjectAccess his = project(wangFang, new ProjectDetails("HIS", "HIS 系统上线 HIS rollout",
                "门诊、住院、药房、收费一体化 HIS 替换旧系统。Replaces the legacy hospital information system.",
                hospital.getId(), SystemType.HIS, ProjectStatus.ACTIVE, today.minusDays(45), today.plusDays(120)));
        projects.addMember(his, new MemberForm(liQiang.id(), ProjectRole.CONSULTANT));
        projects.addMember(his, new MemberForm(chenJing.id(), ProjectRole.CUSTOMER_SPONSOR));
        projects.startPhase(his, Phase.REQUIREMENTS, today.minusDays(45));
        projects.completePhase(his, Phase.REQUIREMENTS, today.minusDays(12));
        projects.startPhase(his, Phase.ENVIRONMENT, today.minusDays(10));
        projects.planPhase(his, Phase.DATA_MIGRATION, new PhasePlan(today.plusDays(30), today.plusDays(80),
                "旧系统病人档案约 120 万条，身份证号质量差，需与信息科确认清洗规则。"));

        ProjectAccess fin = project(wangFang, new ProjectDetails("FIN", "财务共享系统实施 Finance shared services",
                "费用报销、应付、总账上线，审批流程从 7 级精简到 3 级。Expense, payables and ledger rollout.",
                factory.getId(), SystemType.FINANCE, ProjectStatus.PLANNING, today.plusDays(10), today.plusDays(200)));
        projects.addMember(fin, new MemberForm(zhouMin.id(), ProjectRole.CONSULTANT));
        projects.addMember(fin, new MemberForm(zhaoLei.id(), ProjectRole.CUSTOMER_KEY_USER));

        ProjectAccess lis = project(sunLi, new ProjectDetails("LIS", "检验系统升级 Laboratory system upgrade",
                "检验科 LIS 升级并与新 HIS 对接。LIS upgrade with interfaces to the new HIS.",
                hospital.getId(), SystemType.OTHER, ProjectStatus.ACTIVE, today.minusDays(20), today.plusDays(70)));
        projects.addMember(lis, new MemberForm(zhouMin.id(), ProjectRole.CONSULTANT));
        projects.startPhase(lis, Phase.REQUIREMENTS, today.minusDays(18));
    }

    private CurrentUser user(String username, String displayName, Role role, Organisation organisation) {
        return CurrentUser.of(users.createWithFinalPassword(new NewUser(username, displayName,
                username + "@example.com", role, organisation.getId(), PASSWORD)));
    }

    private ProjectAccess project(CurrentUser manager, ProjectDetails details) {
        return accessPolicy.require(manager, projects.create(manager, details));
    }
}
