package io.luodi.web.browser;

import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.UserManagement;
import io.luodi.migration.environment.EnvironmentManagement;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import io.luodi.web.migration.MigrationFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration acceptance path as a consultant and the hospital walk it, in Chinese: a plan on the uploaded GBK
 * patient export, detected as GBK; target table and dictionaries; the mapping table filled in; a SAMPLE run with its
 * preview; a FULL run followed by its progress bar to the reconciliation; the rejected rows downloaded; and the
 * hospital's user confirming every spot check.
 */
@LuodiWebTest
class MigrationBrowserTests extends BrowserTestBase {

    private static final Path SAMPLE = Path.of("src/test/resources/migration/patients.csv").toAbsolutePath();

    @Autowired
    TestData testData;
    @Autowired
    EnvironmentManagement environments;
    @Autowired
    ProjectAccessPolicy policy;
    @Autowired
    UserManagement users;

    @Override
    String language() {
        return "zh-CN";
    }

    @BeforeAll
    static void target() {
        MigrationFixture.targetDatabase();
    }

    private void type(By field, String text) {
        WebElement element = browser.waitFor(field);
        element.clear();
        element.sendKeys(text);
    }

    private void map(String target, String source, String transforms, String validations, boolean required) {
        String row = "tr.mapping-row[data-target='" + target + "'] ";
        if (source != null) {
            new Select(browser.driver().findElement(By.cssSelector(row + "select.source-select"))).selectByValue(source);
        }
        if (transforms != null) {
            type(By.cssSelector(row + "textarea[name$='.transforms']"), transforms);
        }
        if (validations != null) {
            type(By.cssSelector(row + "textarea[name$='.validations']"), validations);
        }
        if (required) {
            browser.click(By.cssSelector(row + "input[type=checkbox][name$='.required']"));
        }
    }

    private void startRun(String mode) {
        new Select(browser.waitFor(By.id("mode"))).selectByValue(mode);
        type(By.id("sampleSize"), "20");
        browser.click(By.id("start-run"));
    }

    private void awaitRunEnd() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> !d.findElements(
                By.cssSelector("#run-progress[data-status='SUCCEEDED'], #run-progress[data-status='FAILED']")).isEmpty());
    }

    @Test
    void aConsultantMigratesTheGbkExportAndTheHospitalConfirmsTheSpotChecks() {
        long his = testData.demoProjectId("HIS");
        String planName = "浏览器迁移 " + System.nanoTime() % 100000;
        long component = MigrationFixture.databaseComponent(environments, policy, users, his, "迁移 " + planName);

        browser.signIn("liqiang", DemoUsers.PASSWORD);
        browser.go("/projects/" + his + "/phases/data-migration");
        browser.click(By.id("nav-migration"));
        type(By.cssSelector("#new-plan-form input[name=name]"), planName);
        browser.click(By.id("create-plan"));
        assertThat(browser.waitForText(By.id("plan-name"), planName)).isEqualTo(planName);

        type(By.cssSelector("#file-dataset-form input[name=name]"), "patients");
        browser.driver().findElement(By.id("file")).sendKeys(SAMPLE.toString());
        browser.click(By.id("add-file-dataset"));
        assertThat(browser.waitForText(By.id("detected-encoding"), "GBK")).isEqualTo("GBK");
        assertThat(browser.text(By.id("detected-columns"))).contains("病人编号", "账户余额");
        assertThat(browser.text(By.id("source-sha256"))).hasSize(64);

        new Select(browser.driver().findElement(By.cssSelector("#target-form select[name=targetComponent]")))
                .selectByValue(String.valueOf(component));
        type(By.cssSelector("#target-form input[name=table]"), "patient");
        type(By.cssSelector("#target-form input[name=reconcileSums]"), "balance");
        type(By.cssSelector("#target-form input[name=spotChecks]"), "3");
        browser.click(By.id("save-target"));
        browser.waitFor(By.id("mapping-form"));

        // The save lands on the page's #target anchor; follow the breadcrumb's address rather than chase it scrolling.
        browser.go(browser.waitFor(By.id("back-to-plan")).getDomAttribute("href"));
        type(By.cssSelector("#dictionary-form input[name=name]"), "gender");
        type(By.cssSelector("#dictionary-form textarea[name=entries]"), "1=M\n2=F");
        browser.click(By.id("save-dictionary"));
        type(By.cssSelector("#dictionary-form input[name=name]"), "insurance");
        type(By.cssSelector("#dictionary-form textarea[name=entries]"),
                "01=EMPLOYEE\n02=RESIDENT\n03=RURAL_COOP\n04=COMMERCIAL\n99=SELF_PAY");
        browser.click(By.id("save-dictionary"));
        browser.waitForText(By.id("dictionaries"), "insurance");
        browser.go(browser.waitFor(By.cssSelector("a.dataset-link")).getDomAttribute("href"));

        map("patient_no", "病人编号", null, null, true);
        map("name", "姓名", null, null, true);
        map("gender", "性别", "lookup gender", null, false);
        map("birth_date", "出生日期", "date yyyy-MM-dd | yyyy/M/d | yyyyMMdd | yyyy年M月d日 | excel",
                "range 1900-01-01 today", false);
        map("id_card", "身份证号", "upper", "idcard", false);
        map("phone", "联系电话", null, "phone", false);
        map("address", "住址", null, null, false);
        map("insurance_type", "医保类型", "lookup insurance", null, false);
        map("balance", "账户余额", "number", "range 0 -", false);
        map("created_at", "建档时间", "date yyyy-MM-dd HH:mm:ss | yyyy/M/d H:mm:ss | yyyy-MM-dd HH:mm | yyyy-MM-dd",
                null, false);
        map("remarks", "备注", null, null, false);
        type(By.cssSelector("tr.mapping-row[data-target='source_system'] input[name$='.constant']"), "LEGACY_HIS");
        browser.click(By.id("save-mapping"));
        browser.waitForText(By.cssSelector(".alert-success"), "新的方案版本");
        browser.screenshot("migration-dataset-mapped");

        startRun("SAMPLE");
        awaitRunEnd();
        browser.waitFor(By.id("preview-table"));
        assertThat(browser.text(By.id("preview-table"))).contains("LEGACY_HIS", "P00000001");

        browser.go(browser.waitFor(By.id("back-to-dataset")).getDomAttribute("href"));
        startRun("FULL");
        browser.waitFor(By.cssSelector("#run-progress progress.run-bar, #run-progress[data-status='SUCCEEDED']"));
        browser.screenshot("migration-full-progress");
        awaitRunEnd();
        assertThat(browser.waitForText(By.id("count-rejected"), "10")).isEqualTo("10");
        assertThat(browser.text(By.id("count-inserted"))).isEqualTo("490");
        assertThat(browser.text(By.id("reconciliation-table"))).contains("11753912.93");
        assertThat(browser.driver().findElements(By.cssSelector("svg.reconciliation-chart rect"))).hasSize(4);
        browser.screenshot("migration-full-run");

        String csv = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('rejects-csv').href).then(r => r.text()).then(done);");
        assertThat(csv).contains("身份证号", "bad_checksum", "姓名");
        assertThat(csv.lines().count()).isEqualTo(11);
        String runUrl = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*", "");

        browser.signIn("chenjing", DemoUsers.PASSWORD);
        browser.go("/projects/" + his + "/migration");
        List<WebElement> links = browser.driver().findElements(By.cssSelector(".spot-check-link"));
        assertThat(links).isNotEmpty();
        browser.go(runUrl + "/spot-checks");
        assertThat(browser.text(By.id("spot-check-summary"))).contains("0 / 3");
        for (int i = 0; i < 3; i++) {
            browser.click(By.cssSelector(".spot-check[data-status='PENDING'] .confirm-button"));
            browser.waitFor(By.cssSelector(".alert-success"));
        }
        assertThat(browser.text(By.id("spot-check-summary"))).contains("3 / 3");
        assertThat(browser.text(By.cssSelector(".spot-check-decision"))).contains("陈静");
        browser.screenshot("migration-spot-checks-confirmed");
        browser.go(runUrl);
        assertThat(browser.driver().getPageSource()).doesNotContain("rejects-csv");
    }
}
