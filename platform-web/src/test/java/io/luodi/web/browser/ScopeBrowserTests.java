package io.luodi.web.browser;

import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.requirements.ScopeProjects;
import io.luodi.web.requirements.ScopeProjects.ScopeProject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope's life from sign-off to the first change: a project manager puts a fresh project's scope up for
 * signature and signs it, the customer signs it in the portal, the manager raises a change request, both sides
 * approve it, and the manager compares v1 with v2.
 */
@LuodiWebTest
class ScopeBrowserTests extends BrowserTestBase {

    @Autowired
    ScopeProjects scopeProjects;

    @Override
    String language() {
        return "zh-CN";
    }

    @Test
    void bothSidesSignTheScopeThenApproveAChangeAndTheManagerSeesItInTheComparison() {
        ScopeProject project = scopeProjects.create();
        String scope = "/projects/" + project.id() + "/scope";

        browser.signIn(project.pm(), DemoUsers.PASSWORD);
        browser.go(scope);
        browser.click(By.id("edit-statement"));
        browser.waitFor(By.id("objectives")).sendKeys("上线库存与仓储模块，库存准确率达到 99%。");
        browser.driver().findElement(By.id("milestones")).sendKeys("12 月 1 日上线");
        browser.click(By.cssSelector("#statement-form button[type=submit]"));
        assertThat(browser.waitForText(By.id("section-OBJECTIVES"), "库存准确率")).contains("99%");
        browser.click(By.id("put-up-for-signature"));
        assertThat(browser.waitForText(By.id("baseline-status"), "待签署")).isEqualTo("待签署");
        browser.click(By.id("confirm"));
        browser.click(By.id("sign"));
        assertThat(browser.waitForText(By.cssSelector("tr.signature[data-side=IMPLEMENTER]"), "测试"))
                .contains(project.pm());

        browser.signIn(project.customer(), DemoUsers.PASSWORD);
        browser.go(scope);
        assertThat(browser.driver().findElements(By.id("edit-statement"))).isEmpty();
        browser.click(By.cssSelector("#scope-state a"));
        assertThat(browser.text(By.tagName("main"))).contains("批次管理", "条码扫描出库");
        browser.click(By.id("confirm"));
        browser.driver().findElement(By.id("comment")).sendKeys("同意按此范围实施");
        browser.click(By.id("sign"));
        assertThat(browser.waitForText(By.id("baseline-status"), "已签署")).isEqualTo("已签署");
        browser.screenshot("scope-signed");

        browser.signIn(project.pm(), DemoUsers.PASSWORD);
        browser.go("/projects/" + project.id() + "/change-requests");
        browser.click(By.id("new-change-request"));
        browser.waitFor(By.id("title")).sendKeys("增加移动盘点");
        browser.driver().findElement(By.id("reason")).sendKeys("客户年底需要全面盘点");
        WebElement days = browser.driver().findElement(By.id("impactDays"));
        days.clear();
        days.sendKeys("8");
        new Select(browser.driver().findElement(By.id("items0.action"))).selectByValue("ADD");
        browser.driver().findElement(By.id("items0.title")).sendKeys("移动盘点");
        browser.driver().findElement(By.id("items0.acceptanceCriteria")).sendKeys("盘点差异自动生成调整单");
        browser.screenshot("change-request-form");
        browser.click(By.id("submit-change-request"));
        assertThat(browser.waitForText(By.id("change-request-status"), "已提交")).isEqualTo("已提交");
        browser.click(By.id("approve"));
        assertThat(browser.waitForText(By.cssSelector("tr.decision[data-side=IMPLEMENTER]"), "已批准"))
                .contains("已批准");

        browser.signIn(project.customer(), DemoUsers.PASSWORD);
        browser.go("/projects/" + project.id() + "/change-requests/1");
        browser.screenshot("change-request-customer");
        browser.click(By.id("approve"));
        assertThat(browser.waitForText(By.id("change-request-status"), "已批准")).isEqualTo("已批准");

        browser.signIn(project.pm(), DemoUsers.PASSWORD);
        browser.go(scope);
        browser.screenshot("scope-statement");
        new Select(browser.driver().findElement(By.id("compare-from"))).selectByVisibleText("v1");
        new Select(browser.driver().findElement(By.id("compare-to"))).selectByVisibleText("v2");
        browser.click(By.cssSelector("#compare-form button[type=submit]"));
        WebElement added = browser.waitFor(By.cssSelector("#added tr.compare-added"));
        assertThat(added.getText()).contains("REQ-004", "移动盘点", "盘点差异自动生成调整单");
        assertThat(added.findElement(By.cssSelector("ins.scope-added")).getCssValue("background-color"))
                .isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(browser.text(By.id("compare-summary"))).contains("新增 1 项");
        browser.screenshot("scope-compare");
    }
}
