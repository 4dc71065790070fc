package io.luodi.web.browser;

import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ticket from the hospital's side to the end: the customer raises it with a screenshot and sees its SLA clocks;
 * the consultant notes something internally, answers and waits for the customer, which pauses the clocks; the
 * customer's answer sets it running again; the consultant resolves it and the customer confirms. The customer never
 * sees the internal note.
 */
@LuodiWebTest
class TicketLifecycleBrowserTests extends BrowserTestBase {

    @Autowired
    TestData testData;

    @Override
    String language() {
        return "zh-CN";
    }

    @Test
    void aCustomersTicketGoesFromRaisedToConfirmed() throws IOException {
        long his = testData.demoProjectId("HIS");
        Path screenshot = Files.createTempDirectory("ticket").resolve("护士站截图.txt");
        Files.writeString(screenshot, "医嘱查询 32 秒", StandardCharsets.UTF_8);

        browser.signIn("chenjing", DemoUsers.PASSWORD);
        browser.go("/projects/" + his + "/tickets");
        browser.click(By.id("new-ticket"));
        browser.waitFor(By.id("title")).sendKeys("三病区医嘱查询很慢");
        new Select(browser.driver().findElement(By.id("type"))).selectByVisibleText("性能");
        new Select(browser.driver().findElement(By.id("severity"))).selectByVisibleText("P2 严重");
        assertThat(browser.text(By.id("severity-guide"))).contains("P1", "P4");
        browser.driver().findElement(By.id("description")).sendKeys("早上查房时打开长期医嘱要等半分钟。");
        browser.driver().findElement(By.id("files")).sendKeys(screenshot.toString());
        browser.click(By.id("save-ticket"));

        assertThat(browser.waitForText(By.id("ticket-status"), "新建")).isEqualTo("新建");
        String ticketPath = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertThat(browser.text(By.id("attachments"))).contains("护士站截图.txt");
        assertThat(browser.text(By.id("clock-RESPONSE"))).contains("计时中");
        browser.screenshot("ticket-raised");

        browser.signIn("liqiang", DemoUsers.PASSWORD);
        browser.go(ticketPath);
        browser.waitFor(By.id("reply-body")).sendKeys("内部：先看数据库慢查询日志");
        browser.click(By.id("internal"));
        browser.click(By.id("send-reply"));
        browser.waitForText(By.id("conversation"), "内部：先看数据库慢查询日志");
        browser.waitFor(By.id("reply-body")).sendKeys("请告诉我们查询慢的时间点。");
        browser.click(By.id("send-reply"));
        assertThat(browser.waitForText(By.id("ticket-status"), "已受理")).isEqualTo("已受理");
        browser.click(By.id("move-WAITING_FOR_CUSTOMER"));
        browser.waitForText(By.id("ticket-status"), "等待客户反馈");
        assertThat(browser.text(By.id("clock-RESOLUTION"))).contains("已暂停");

        browser.signIn("chenjing", DemoUsers.PASSWORD);
        browser.go(ticketPath);
        assertThat(browser.text(By.id("conversation"))).contains("请告诉我们查询慢的时间点。")
                .doesNotContain("慢查询日志");
        browser.waitFor(By.id("reply-body")).sendKeys("每天 9:40 左右，三病区护士站。");
        browser.click(By.id("send-reply"));
        assertThat(browser.waitForText(By.id("ticket-status"), "处理中")).isEqualTo("处理中");
        assertThat(browser.text(By.id("clock-RESOLUTION"))).contains("计时中");

        browser.signIn("liqiang", DemoUsers.PASSWORD);
        browser.go(ticketPath);
        browser.click(By.id("move-RESOLVED"));
        browser.waitForText(By.id("ticket-status"), "已解决");

        browser.signIn("chenjing", DemoUsers.PASSWORD);
        browser.go(ticketPath);
        browser.click(By.id("confirm-resolution"));
        assertThat(browser.waitForText(By.id("ticket-status"), "已关闭")).isEqualTo("已关闭");
        assertThat(browser.text(By.id("history"))).doesNotContain("慢查询日志");
        browser.screenshot("ticket-confirmed");
    }
}
