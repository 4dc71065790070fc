package io.luodi.web.browser;

import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A project manager brings their own Excel-style question list into the library and publishes it. */
@LuodiWebTest
class TemplateLibraryBrowserTests extends BrowserTestBase {

    @Autowired
    TestData testData;

    @Override
    String language() {
        return "zh-CN";
    }

    @Test
    void aConsultantReadsASeededTemplateWithItsConditionsAndGrid() {
        browser.signIn("liqiang", DemoUsers.PASSWORD);
        browser.go("/templates");
        browser.click(By.linkText("财务报销系统需求调研表"));

        assertThat(browser.waitFor(By.cssSelector("main")).getText())
                .contains("部门经理审批", "平均等待时长（小时）", "仅当第 2.3 题回答“是”时提问");
        assertThat(browser.driver().findElements(By.cssSelector("#template-actions form"))).isEmpty();
        browser.screenshot("template-finance");
    }

    @Test
    void aProjectManagerImportsAQuestionListAndPublishesIt(@TempDir Path folder) throws IOException {
        UserAccount manager = testData.user(Role.PM, null);
        Path list = folder.resolve("检验科调研.tsv");
        Files.writeString(list, "章节\t题号\t题目\t题型\t必填\t选项\n"
                + "一、检验科现状\t1.1\t日均标本量\t数字\t是\t\n"
                + "\t1.2\t是否使用条码？\t是否\t是\t\n");
        browser.signIn(manager.getUsername(), DemoUsers.PASSWORD);
        browser.go("/templates");

        browser.waitFor(By.id("name")).sendKeys("检验科调研");
        browser.driver().findElement(By.cssSelector("#import-form input[type=file]")).sendKeys(list.toString());
        browser.click(By.cssSelector("#import-form button[type=submit]"));

        assertThat(browser.waitForText(By.id("template-status"), "草稿")).isEqualTo("草稿");
        assertThat(browser.text(By.tagName("main"))).contains("是否使用条码？");
        browser.click(By.cssSelector("form[action$='/publish'] button"));
        assertThat(browser.waitForText(By.id("template-status"), "已发布")).isEqualTo("已发布");
        assertThat(browser.driver().findElements(By.id("replace-form"))).isEmpty();
    }
}
