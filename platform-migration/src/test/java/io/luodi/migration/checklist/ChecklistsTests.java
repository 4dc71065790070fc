package io.luodi.migration.checklist;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.golive.Readiness;
import io.luodi.core.golive.ReadinessSource;
import io.luodi.core.testing.ProjectFixture;
import io.luodi.core.testing.ProjectFixture.TestProject;
import io.luodi.migration.environment.ComponentForm;
import io.luodi.migration.environment.ComponentType;
import io.luodi.migration.environment.EnvironmentForm;
import io.luodi.migration.environment.EnvironmentKind;
import io.luodi.migration.environment.EnvironmentManagement;
import io.luodi.testsupport.WithPostgres;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithPostgres
class ChecklistsTests {

    @Autowired
    Checklists checklists;
    @Autowired
    ChecklistExport export;
    @Autowired
    EnvironmentManagement environments;
    @Autowired
    List<ReadinessSource> readinessSources;
    @Autowired
    ProjectFixture fixture;

    private static ComponentForm component(ComponentType type, String name) {
        ComponentForm blank = ComponentForm.blank(type);
        return new ComponentForm(type, name, name + ".his.local", null, null, null, null, null, null, null, null,
                blank.engine(), null, null, null, null, null, null, null, blank.provider(), null, null, null, null,
                null, false, null, null);
    }

    private long production(TestProject project) {
        long prod = environments.create(project.access(project.pm()),
                new EnvironmentForm("PROD", EnvironmentKind.PROD, null, null, null));
        environments.addComponent(project.access(project.pm()), prod, component(ComponentType.SERVER, "app01"));
        environments.addComponent(project.access(project.pm()), prod, component(ComponentType.DATABASE, "db01"));
        return prod;
    }

    private ItemView item(TestProject project, long environment, String key) {
        return checklists.view(project.access(project.pm()), environment).items().stream()
                .filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void applyingTheTemplatesGivesTheEnvironmentAndEachComponentTheirItemsOnce() {
        TestProject project = fixture.create();
        long prod = production(project);

        int added = checklists.apply(project.access(project.consultant()), prod);

        ChecklistView view = checklists.view(project.access(project.customer()), prod);
        assertThat(added).isEqualTo(7 + 6 + 7);
        assertThat(view.items()).hasSize(added);
        assertThat(view.items()).filteredOn(i -> i.componentId() == null).extracting(ItemView::key)
                .contains("env.timezone", "net.firewall", "ops.restore");
        assertThat(view.items()).filteredOn(i -> "db01".equals(i.componentName())).extracting(ItemView::key)
                .contains("db.charset", "db.timezone", "db.version", "net.reachable");
        assertThat(view.readiness()).isEqualTo(new Readiness(0, added, 0));

        assertThat(checklists.apply(project.access(project.pm()), prod)).isZero();
        environments.addComponent(project.access(project.pm()), prod, component(ComponentType.MIDDLEWARE, "nginx"));
        assertThat(checklists.view(project.access(project.pm()), prod).items()).hasSize(added + 4);
        assertThatThrownBy(() -> checklists.apply(project.access(project.customer()), prod))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void judgedItemsMakeReadinessAndBlockingFailuresComeFirst() {
        TestProject project = fixture.create();
        long prod = production(project);
        checklists.apply(project.access(project.pm()), prod);
        ItemView restore = item(project, prod, "ops.restore");
        ItemView ntp = item(project, prod, "ops.ntp");
        ItemView monitoring = item(project, prod, "ops.monitoring");

        checklists.judge(project.access(project.consultant()), prod, restore.id(),
                new ItemForm(ItemStatus.FAIL, project.consultant().id(), LocalDate.of(2026, 3, 1),
                        "恢复演练失败：备份文件损坏", restore.version()),
                new EvidenceFile("恢复日志.log", "text/plain", "pg_restore: error".getBytes()));
        checklists.judge(project.access(project.consultant()), prod, ntp.id(),
                new ItemForm(ItemStatus.PASS, null, null, "chronyc tracking 偏差 0.2 ms", ntp.version()), null);
        checklists.judge(project.access(project.consultant()), prod, monitoring.id(),
                new ItemForm(ItemStatus.NOT_APPLICABLE, null, null, "客户自有监控", monitoring.version()), null);

        ChecklistView view = checklists.view(project.access(project.pm()), prod);
        assertThat(view.items().get(0).key()).isEqualTo("ops.restore");
        assertThat(view.blockingFailures()).extracting(ItemView::key).containsExactly("ops.restore");
        assertThat(view.readiness().passed()).isEqualTo(1);
        assertThat(view.readiness().applicable()).isEqualTo(view.items().size() - 1);
        assertThat(view.readiness().blockingFailures()).isEqualTo(1);

        ItemDetail detail = checklists.item(project.access(project.customer()), prod, restore.id());
        assertThat(detail.item().ownerName()).isEqualTo(project.consultant().displayName());
        assertThat(detail.attachments()).extracting(ItemDetail.Attachment::fileName).containsExactly("恢复日志.log");
        assertThat(detail.history()).singleElement().satisfies(change -> {
            assertThat(change.from()).isEqualTo(ItemStatus.TODO);
            assertThat(change.to()).isEqualTo(ItemStatus.FAIL);
        });
        assertThat(new String(checklists.attachment(project.access(project.customer()), prod, restore.id(),
                detail.attachments().get(0).id()).content())).isEqualTo("pg_restore: error");

        ReadinessSource production = readinessSources.stream()
                .filter(s -> s.labelKey().equals("environment.readiness.production")).findFirst().orElseThrow();
        assertThat(production.readiness(project.id())).contains(view.readiness());
        assertThat(production.readiness(fixture.create().id())).isEmpty();
    }

    @Test
    void anOwnerMustBeOnTheProjectAndEvidenceMustBeADocument() {
        TestProject project = fixture.create();
        long prod = production(project);
        checklists.apply(project.access(project.pm()), prod);
        ItemView backup = item(project, prod, "ops.backup");

        assertThatThrownBy(() -> checklists.judge(project.access(project.pm()), prod, backup.id(),
                new ItemForm(ItemStatus.PASS, project.outsider().id(), null, null, backup.version()), null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("ownerUserId"));
        assertThatThrownBy(() -> checklists.judge(project.access(project.pm()), prod, backup.id(),
                new ItemForm(ItemStatus.PASS, null, null, null, backup.version()),
                new EvidenceFile("backup.exe", "application/octet-stream", new byte[]{1})))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("checklist.evidence.type"));
        assertThat(item(project, prod, "ops.backup").status()).isEqualTo(ItemStatus.TODO);
    }

    @Test
    void theChecklistExportsToExcelInTheReadersLanguage() throws Exception {
        TestProject project = fixture.create();
        long prod = production(project);
        checklists.apply(project.access(project.pm()), prod);
        ItemView restore = item(project, prod, "ops.restore");
        checklists.judge(project.access(project.pm()), prod, restore.id(),
                new ItemForm(ItemStatus.FAIL, null, null, "备份文件损坏", restore.version()), null);

        byte[] xlsx = export.export(project.access(project.customer()), prod, Locale.SIMPLIFIED_CHINESE,
                ZoneId.of("Asia/Shanghai")).content();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("检查项");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("已做恢复演练");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("不通过");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("备份文件损坏");
            assertThat(sheet.getLastRowNum()).isEqualTo(checklists.view(project.access(project.pm()), prod)
                    .items().size());
        }
    }
}
