package io.luodi.web.setup;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import io.luodi.migration.checklist.Checklists;
import io.luodi.migration.checklist.ItemForm;
import io.luodi.migration.checklist.ItemStatus;
import io.luodi.migration.checklist.ItemView;
import io.luodi.migration.environment.CloudProvider;
import io.luodi.migration.environment.ComponentForm;
import io.luodi.migration.environment.ComponentType;
import io.luodi.migration.environment.DatabaseEngine;
import io.luodi.migration.environment.EnvironmentForm;
import io.luodi.migration.environment.EnvironmentKind;
import io.luodi.migration.environment.EnvironmentManagement;
import io.luodi.migration.environment.NetworkRuleForm;
import io.luodi.migration.environment.NetworkRuleStatus;
import io.luodi.migration.environment.Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The demo HIS project's environments: PROD in the hospital's machine room (two application servers, the
 * PostgreSQL database, the Nginx front end, an Alibaba Cloud archive bucket, three firewall rules at different
 * stages) and TEST, both with their checklists applied and a few items judged, one restore test failed. No
 * credential is stored: the probes are the visitor's to try. Only into a HIS project without environments,
 * through the same services the pages use.
 */
@Component
@Order(60)
class EnvironmentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnvironmentDemoData.class);

    private final DemoDataSwitch demoData;
    private final UserManagement users;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final EnvironmentManagement environments;
    private final Checklists checklists;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EnvironmentDemoData(DemoDataSwitch demoData, UserManagement users, ProjectManagement projects,
                        ProjectAccessPolicy accessPolicy, EnvironmentManagement environments, Checklists checklists,
                        TransactionTemplate transaction, Clock clock) {
        this.demoData = demoData;
        this.users = users;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.environments = environments;
        this.checklists = checklists;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.isOn()) {
            return;
        }
        Optional<CurrentUser> admin = user("admin");
        Optional<CurrentUser> liQiang = user("liqiang");
        if (admin.isEmpty() || liQiang.isEmpty()) {
            return;
        }
        Optional<Long> his = projects.visibleTo(admin.get()).stream().filter(p -> p.code().equals("HIS"))
                .map(ProjectSummary::id).findFirst();
        if (his.isEmpty()) {
            return;
        }
        ProjectAccess consultant = accessPolicy.require(liQiang.get(), his.get());
        if (!environments.list(consultant).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(consultant));
        log.info("Loaded the environment demo data of project HIS: PROD and TEST with their checklists");
    }

    private void load(ProjectAccess consultant) {
        LocalDate today = LocalDate.now(clock);
        long prod = environments.create(consultant, new EnvironmentForm("生产环境", EnvironmentKind.PROD,
                "市第一人民医院信息中心机房，双机部署。", "机房门禁找信息科王工登记。", null));
        environments.addComponent(consultant, prod, server("his-app-01", "10.20.0.11"));
        environments.addComponent(consultant, prod, server("his-app-02", "10.20.0.12"));
        environments.addComponent(consultant, prod, new ComponentForm(ComponentType.DATABASE, "HIS 主库",
                "his-db-01", "10.20.0.21", 5432, null, null, null, null, null, null, DatabaseEngine.POSTGRESQL,
                "his", "UTF8", null, "Asia/Shanghai", null, "16.4", null, null, null, null, "PostgreSQL 14 或以上",
                null, null, false, null, null));
        environments.addComponent(consultant, prod, new ComponentForm(ComponentType.MIDDLEWARE, "门户 Nginx",
                "his.cityhospital.example", "10.20.0.31", 443, "web", null, null, null, null, null, null, null, null,
                null, null, "Nginx", "1.24.0", "https://his.cityhospital.example/", null, null, null,
                "Nginx 1.20 or later", null, null, false, null, null));
        environments.addComponent(consultant, prod, new ComponentForm(ComponentType.CLOUD, "影像归档 OSS", null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                CloudProvider.ALIYUN, "cn-hangzhou", "OSS 归档存储", null, null, null, false, null, null));
        long appToDb = environments.addRule(consultant, prod,
                new NetworkRuleForm("his-app-01/02", "10.20.0.21", 5432, Protocol.TCP, "应用访问数据库"));
        environments.moveRule(consultant, prod, appToDb, NetworkRuleStatus.OPENED, 0);
        environments.moveRule(consultant, prod, appToDb, NetworkRuleStatus.VERIFIED, 1);
        long webToApp = environments.addRule(consultant, prod,
                new NetworkRuleForm("10.20.0.31", "10.20.0.11", 8080, Protocol.TCP, "Nginx 转发到应用"));
        environments.moveRule(consultant, prod, webToApp, NetworkRuleStatus.OPENED, 0);
        environments.addRule(consultant, prod,
                new NetworkRuleForm("10.20.0.11", "10.88.1.10", 9443, Protocol.TCP, "医保结算接口"));
        checklists.apply(consultant, prod);
        judge(consultant, prod, "ops.ntp", ItemStatus.PASS, "chronyc tracking：偏差 0.3 ms，同步源 10.20.0.1", null);
        judge(consultant, prod, "ops.backup", ItemStatus.PASS, "每日 01:00 全量备份，保留 30 天（信息科确认）", null);
        judge(consultant, prod, "ops.restore", ItemStatus.FAIL, "恢复演练发现备份缺少 WAL 归档，无法恢复到指定时间点。",
                today.plusDays(3));
        judge(consultant, prod, "sec.accounts", ItemStatus.TODO, null, today.plusDays(7));

        long test = environments.create(consultant, new EnvironmentForm("测试环境", EnvironmentKind.TEST,
                "虚拟化平台上的单机测试环境。", null, null));
        environments.addComponent(consultant, test, server("his-test-01", "10.30.0.11"));
        environments.addComponent(consultant, test, new ComponentForm(ComponentType.DATABASE, "测试库",
                "his-test-01", "10.30.0.11", 5432, null, null, null, null, null, null, DatabaseEngine.POSTGRESQL,
                "his_test", "UTF8", null, "Asia/Shanghai", null, "16.4", null, null, null, null,
                "PostgreSQL 14 或以上", null, null, false, null, null));
        checklists.apply(consultant, test);
        judge(consultant, test, "ops.ntp", ItemStatus.PASS, "chronyd 已同步", null);
        judge(consultant, test, "ops.monitoring", ItemStatus.NOT_APPLICABLE, "测试环境不接入监控", null);
    }

    private static ComponentForm server(String host, String ip) {
        return new ComponentForm(ComponentType.SERVER, host, host, ip, 22, "app", "麒麟 Kylin", "V10 SP3", 16, 64,
                1000, null, null, null, null, "Asia/Shanghai", null, null, null, null, null, null,
                "Kylin V10 或 CentOS 7.9", null, null, false, null, null);
    }

    private void judge(ProjectAccess consultant, long environment, String key, ItemStatus status, String note,
                       LocalDate due) {
        ItemView item = checklists.view(consultant, environment).items().stream()
                .filter(i -> i.key().equals(key) && i.componentId() == null).findFirst().orElseThrow();
        checklists.judge(consultant, environment, item.id(),
                new ItemForm(status, consultant.user().id(), due, note, item.version()), null);
    }

    private Optional<CurrentUser> user(String username) {
        return users.findByUsername(username).map(CurrentUser::of);
    }
}
