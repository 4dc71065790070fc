package io.luodi.web.setup;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import io.luodi.migration.planning.DatabaseChoice;
import io.luodi.migration.planning.MigrationDatabases;
import io.luodi.migration.planning.MigrationPlans;
import io.luodi.migration.planning.PlanForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The demo HIS project's migration plan: the hospital's GBK patient export (the 500-row sample with its known
 * dirt) as the patients dataset, mapped as docs/examples/his-patients-plan.yaml maps it onto the PROD database of
 * the environment demo data. That database has no stored credential, so a run says so; pointed at a real database
 * with the example table, the plan runs as it is. Only into a HIS project without migration plans.
 */
@Component
@Order(70)
class MigrationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MigrationDemoData.class);

    private final DemoDataSwitch demoData;
    private final UserManagement users;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final MigrationPlans plans;
    private final MigrationDatabases databases;
    private final TransactionTemplate transaction;

    MigrationDemoData(DemoDataSwitch demoData, UserManagement users, ProjectManagement projects,
                      ProjectAccessPolicy accessPolicy, MigrationPlans plans, MigrationDatabases databases,
                      TransactionTemplate transaction) {
        this.demoData = demoData;
        this.users = users;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.plans = plans;
        this.databases = databases;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.isOn()) {
            return;
        }
        Optional<CurrentUser> admin = users.findByUsername("admin").map(CurrentUser::of);
        Optional<CurrentUser> liQiang = users.findByUsername("liqiang").map(CurrentUser::of);
        if (admin.isEmpty() || liQiang.isEmpty()) {
            return;
        }
        Optional<Long> his = projects.visibleTo(admin.get()).stream().filter(p -> p.code().equals("HIS"))
                .map(ProjectSummary::id).findFirst();
        if (his.isEmpty()) {
            return;
        }
        ProjectAccess consultant = accessPolicy.require(liQiang.get(), his.get());
        if (!plans.list(consultant).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(consultant));
        log.info("Loaded the migration demo data of project HIS: plan HIS 患者迁移 with the patients dataset");
    }

    private void load(ProjectAccess consultant) {
        byte[] file = bytes("demo/his-patients.csv");
        String yaml = new String(bytes("demo/his-patients-plan.yaml"), StandardCharsets.UTF_8);
        Optional<Long> database = databases.choices(consultant).stream()
                .filter(d -> d.name().equals("HIS 主库")).map(DatabaseChoice::componentId).findFirst();
        if (database.isPresent()) {
            yaml = yaml.replace("target: { table: patient, key: [patient_no] }",
                    "target: { table: patient, key: [patient_no], database: \"" + database.get() + "\" }");
        }
        long plan = plans.create(consultant, new PlanForm("HIS 患者迁移"));
        plans.addFileDataset(consultant, plan, "patients", "patients.csv", file.length, new ByteArrayResource(file));
        plans.saveYaml(consultant, plan, yaml, "示例方案（docs/examples/his-patients-plan.yaml）");
    }

    private static byte[] bytes(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
