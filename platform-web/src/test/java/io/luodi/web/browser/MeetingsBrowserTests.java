package io.luodi.web.browser;

import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant writes up a meeting with rows added in the form, ticks off an overdue action item in place, and
 * turns a decision into a requirement that the meeting then lists under the decision.
 */
@LuodiWebTest
class MeetingsBrowserTests extends BrowserTestBase {

    @Autowired
    TestData testData;

    @Override
    String language() {
        return "zh-CN";
    }

    @Test
    void aConsultantRecordsAMeetingAndTurnsADecisionIntoARequirement() {
        long his = testData.demoProjectId("HIS");
        browser.signIn("liqiang", DemoUsers.PASSWORD);
        browser.go("/projects/" + his + "/meetings");
        browser.click(By.id("new-meeting"));

        browser.waitFor(By.id("title")).sendKeys("住院需求评审会");
        new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("需求评审会");
        browser.driver().findElement(By.id("location")).sendKeys("住院部示教室");
        List<WebElement> attendeeNames = browser.driver().findElements(By.cssSelector("#attendee-rows input[name$='.name']"));
        attendeeNames.get(0).sendKeys("李强");
        browser.click(By.cssSelector("#attendee-rows [data-add-row]"));
        List<WebElement> attendeeRows = browser.driver().findElements(By.cssSelector("#attendee-rows [data-row]"));
        WebElement second = attendeeRows.get(1);
        new Select(second.findElement(By.cssSelector("select[name$='.side']"))).selectByVisibleText("客户方");
        new Select(second.findElement(By.cssSelector("select[name$='.userId']"))).selectByVisibleText("陈静 Chen Jing");
        second.findElement(By.cssSelector("input[name$='.role']")).sendKeys("信息科科长");

        browser.driver().findElement(By.cssSelector("#decision-rows textarea")).sendKeys("住院预结算纳入一期");
        browser.click(By.cssSelector("#decision-rows [data-add-row]"));
        List<WebElement> decisions = browser.driver().findElements(By.cssSelector("#decision-rows textarea"));
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(1).getDomAttribute("name")).isEqualTo("decisions[1].text");
        decisions.get(1).sendKeys("床旁结算待院方确认设备后再议");

        WebElement item = browser.driver().findElement(By.cssSelector("#action-item-rows [data-row]"));
        item.findElement(By.cssSelector("input[name$='.text']")).sendKeys("确认移动护理推车数量");
        item.findElement(By.cssSelector("input[name$='.owner']")).sendKeys("护理部");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                item.findElement(By.cssSelector("input[name$='.dueOn']")),
                LocalDate.now().minusDays(2).format(DateTimeFormatter.ISO_LOCAL_DATE));
        browser.screenshot("meeting-form");
        browser.click(By.id("save-meeting"));

        assertThat(browser.waitForText(By.id("meeting-title"), "住院需求评审会")).isEqualTo("住院需求评审会");
        assertThat(browser.text(By.id("attendees"))).contains("李强", "陈静 Chen Jing", "信息科科长");
        assertThat(browser.driver().findElements(By.cssSelector("#decisions .decision-text")))
                .extracting(WebElement::getText).containsExactly("住院预结算纳入一期", "床旁结算待院方确认设备后再议");
        assertThat(browser.driver().findElements(By.cssSelector("tr.action-item.overdue"))).hasSize(1);
        browser.screenshot("meeting-detail");

        browser.click(By.cssSelector("tr.action-item .action-item-toggle"));
        browser.waitForText(By.cssSelector("tr.action-item .action-item-toggle"), "重新打开");
        assertThat(browser.driver().findElements(By.cssSelector("tr.action-item.overdue"))).isEmpty();

        browser.click(By.cssSelector("#decisions .meeting-decision:first-child .decision-create"));
        assertThat(browser.waitFor(By.id("title")).getDomProperty("value")).isEqualTo("住院预结算纳入一期");
        assertThat(browser.text(By.id("requirement-source"))).contains("会议决议", "住院需求评审会", "第 1 项决议");
        browser.click(By.id("save-requirement"));
        String key = browser.text(By.id("requirement-key"));
        assertThat(browser.text(By.id("sources"))).contains("住院需求评审会");

        browser.click(By.cssSelector("#sources a[href*='/meetings/']"));
        assertThat(browser.waitFor(By.cssSelector(".meeting-decision .decision-requirement")).getText()).isEqualTo(key);
    }
}
