package io.luodi.web.browser;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.painpoint.Frequency;
import io.luodi.requirements.painpoint.PainPointForm;
import io.luodi.requirements.painpoint.PainPointManagement;
import io.luodi.requirements.painpoint.Severity;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.RequirementForm;
import io.luodi.requirements.requirement.RequirementManagement;
import io.luodi.requirements.requirement.RequirementStatus;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant turns a pain point into a requirement; a project manager changes two requirements at once and
 * finds the change in their history.
 */
@LuodiWebTest
class RequirementsBrowserTests extends BrowserTestBase {

    @Autowired
    TestData testData;
    @Autowired
    UserManagement users;
    @Autowired
    ProjectAccessPolicy accessPolicy;
    @Autowired
    PainPointManagement painPoints;
    @Autowired
    RequirementManagement requirements;

    @Override
    String language() {
        return "zh-CN";
    }

    private ProjectAccess access(String username, long projectId) {
        return accessPolicy.require(DemoUsers.current(users, username), projectId);
    }

    @Test
    void aConsultantTurnsAPainPointIntoARequirementTracedToIt() {
        long his = testData.demoProjectId("HIS");
        painPoints.create(access("liqiang", his), new PainPointForm("检验报告自助打印机经常卡纸",
                "门诊患者取检验报告排队，自助打印机每天卡纸多次。", "检验报告", Severity.HIGH, Frequency.DAILY, null, null));

        browser.signIn("liqiang", DemoUsers.PASSWORD);
        browser.go("/projects/" + his + "/pain-points");
        browser.click(By.linkText("检验报告自助打印机经常卡纸"));
        browser.click(By.id("create-requirement"));

        assertThat(browser.waitFor(By.id("title")).getDomProperty("value")).isEqualTo("检验报告自助打印机经常卡纸");
        assertThat(browser.text(By.id("requirement-source"))).contains("痛点", "检验报告自助打印机经常卡纸");
        browser.driver().findElement(By.id("title")).clear();
        browser.driver().findElement(By.id("title")).sendKeys("检验报告支持手机查看与自助打印");
        new Select(browser.driver().findElement(By.id("priority"))).selectByVisibleText("必须有");
        browser.driver().findElement(By.id("acceptanceCriteria")).sendKeys("患者扫码即可查看报告");
        browser.screenshot("requirement-from-pain-point-form");
        browser.click(By.id("save-requirement"));

        assertThat(browser.waitForText(By.id("requirement-title"), "检验报告支持手机查看与自助打印"))
                .isEqualTo("检验报告支持手机查看与自助打印");
        assertThat(browser.text(By.id("requirement-key"))).matches("REQ-\\d{3,}");
        assertThat(browser.text(By.id("requirement-priority"))).isEqualTo("必须有");
        assertThat(browser.text(By.id("sources"))).contains("痛点", "检验报告自助打印机经常卡纸");
        browser.screenshot("requirement-from-pain-point");

        browser.click(By.cssSelector("#sources a[href*='/pain-points/']"));
        assertThat(browser.text(By.id("traced-requirements"))).contains("检验报告支持手机查看与自助打印");
    }

    @Test
    void aProjectManagerBulkEditsTwoRequirementsAndSeesTheirHistory() {
        long his = testData.demoProjectId("HIS");
        ProjectAccess consultant = access("liqiang", his);
        for (String title : List.of("批量演示：门诊排队叫号", "批量演示：候诊屏信息发布")) {
            requirements.create(consultant, new RequirementForm(title, null, "门诊", Priority.SHOULD,
                    RequirementStatus.PROPOSED, true, null, null, null, null, null));
        }

        browser.signIn("wangfang", DemoUsers.PASSWORD);
        browser.go("/projects/" + his + "/requirements");
        WebElement search = browser.waitFor(By.id("filter-q"));
        search.sendKeys("批量演示");
        browser.click(By.cssSelector("#requirement-filter button[type=submit]"));
        browser.waitForText(By.id("requirement-count"), "共 2 条需求");

        assertThat(browser.driver().findElement(By.id("bulk-apply")).isEnabled()).isFalse();
        browser.click(By.id("select-all"));
        assertThat(browser.text(By.id("bulk-count"))).isEqualTo("2");
        new Select(browser.driver().findElement(By.id("bulk-status"))).selectByVisibleText("已接受");
        new Select(browser.driver().findElement(By.id("bulk-priority"))).selectByVisibleText("必须有");
        browser.screenshot("requirements-bulk-edit");
        browser.click(By.id("bulk-apply"));

        assertThat(browser.waitFor(By.cssSelector(".alert-success")).getText()).contains("所选需求已修改");
        assertThat(browser.text(By.id("requirement-count"))).isEqualTo("共 2 条需求");
        assertThat(browser.driver().findElements(By.cssSelector("#requirements .requirement-status")))
                .extracting(WebElement::getText).containsExactly("已接受", "已接受");

        browser.click(By.partialLinkText("REQ-"));
        List<String> history = browser.driver().findElements(By.cssSelector("#history-table .history-entry")).stream()
                .map(WebElement::getText).toList();
        assertThat(history).hasSize(2);
        assertThat(history).anySatisfy(entry -> assertThat(entry).contains("王芳 Wang Fang", "状态", "已提出", "已接受"));
        assertThat(history).anySatisfy(entry -> assertThat(entry).contains("优先级", "应该有", "必须有"));
        browser.screenshot("requirement-history");
    }
}
