package io.luodi.web.browser;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.survey.AnswerInput;
import io.luodi.requirements.survey.AnswerView;
import io.luodi.requirements.survey.QuestionView;
import io.luodi.requirements.survey.SectionProgress;
import io.luodi.requirements.survey.StakeholderKind;
import io.luodi.requirements.survey.SurveyDetails;
import io.luodi.requirements.survey.SurveyManagement;
import io.luodi.requirements.template.TemplateSummary;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant logs answers during an interview: each is saved as it is typed, a dropped connection loses nothing,
 * and an answer someone else saved meanwhile is never overwritten without the consultant choosing to.
 */
@LuodiWebTest
class SurveyFieldworkBrowserTests extends BrowserTestBase {

    @Autowired
    TestData testData;
    @Autowired
    UserManagement users;
    @Autowired
    ProjectAccessPolicy accessPolicy;
    @Autowired
    SurveyManagement surveys;

    long his;
    ProjectAccess liQiang;

    @Override
    String language() {
        return "zh-CN";
    }

    @BeforeEach
    void signIn() {
        his = testData.demoProjectId("HIS");
        liQiang = accessPolicy.require(DemoUsers.current(users, "liqiang"), his);
        browser.signIn("liqiang", DemoUsers.PASSWORD);
    }

    @AfterEach
    void reconnect() {
        browser.offline(false);
        browser.block();
        browser.resize(1280, 900);
        browser.script("localStorage.clear()");
    }

    private long newSurvey(String group) {
        long template = surveys.templateChoices(liQiang).stream()
                .filter(t -> t.systemType() == SystemType.HIS && t.createdBy().equals("system"))
                .mapToLong(TemplateSummary::id).findFirst().orElseThrow();
        return surveys.create(liQiang, new SurveyDetails(template, StakeholderKind.IT, group, LocalDate.now(),
                "张主任（信息科主任）", List.of(liQiang.user().id()), null));
    }

    private Map<String, QuestionView> questions(long surveyId) {
        Map<String, QuestionView> byCode = new HashMap<>();
        for (SectionProgress section : surveys.detail(liQiang, surveyId).sections()) {
            surveys.section(liQiang, surveyId, section.position()).questions().forEach(q -> byCode.put(q.code(), q));
        }
        return byCode;
    }

    private AnswerView stored(long surveyId, long questionId) {
        return surveys.question(liQiang, surveyId, questionId).answer();
    }

    private String section(long surveyId, int position) {
        return "/projects/" + his + "/surveys/" + surveyId + "/sections/" + position;
    }

    /** Waits for a condition that may read elements htmx is replacing at that moment. */
    private void waitUntil(String what, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }

    @Test
    void aConsultantStartsASurveyFromTheProjectsSurveysAndFindsItInTheCoverage() {
        browser.go("/projects/" + his + "/surveys");
        browser.click(By.id("new-survey"));
        new Select(browser.waitFor(By.id("templateId"))).selectByVisibleText("医院信息系统（HIS）需求调研表 v1 (25 道题)");
        new Select(browser.driver().findElement(By.id("stakeholderKind"))).selectByValue("LEADERSHIP");
        browser.driver().findElement(By.id("stakeholderGroup")).sendKeys("院长办公室");
        browser.driver().findElement(By.id("participants")).sendKeys("刘院长、周副院长（分管信息化）");
        assertThat(browser.driver().findElement(By.cssSelector("input[name=conductorIds][value='" + liQiang.user().id() + "']"))
                .isSelected()).as("the consultant conducts the survey they start").isTrue();
        browser.click(By.cssSelector("#survey-form button[type=submit]"));

        browser.waitForUrlEnding("/sections/1");
        assertThat(browser.text(By.id("section-title"))).isEqualTo("一、医院概况（信息科）");
        browser.click(By.id("survey-title"));
        assertThat(browser.text(By.id("survey-particulars"))).contains("刘院长、周副院长（分管信息化）", "李强 Li Qiang");
        browser.screenshot("survey-detail");
        browser.go("/projects/" + his + "/surveys");
        assertThat(browser.text(By.cssSelector("#coverage [data-kind=LEADERSHIP]"))).contains("院长办公室");
        assertThat(browser.text(By.cssSelector("#surveys"))).contains("院长办公室", "0 / 20");
        browser.screenshot("survey-list");
    }

    @Test
    void answersSaveThemselvesAndADroppedConnectionLosesNothing() {
        long id = newSurvey("信息科");
        Map<String, QuestionView> q = questions(id);
        long campuses = q.get("1.4").id();
        long beds = q.get("1.2").id();
        browser.go(section(id, 1));

        WebElement campusField = browser.waitFor(By.id("value-" + campuses));
        campusField.sendKeys("本部和东院两个院区");
        campusField.sendKeys(Keys.ENTER);
        assertThat(browser.waitForText(By.id("status-" + campuses), "已保存")).matches("已保存 \\d\\d:\\d\\d");
        assertThat(browser.driver().getCurrentUrl()).as("Enter neither submits nor leaves the page").endsWith(section(id, 1));
        assertThat(stored(id, campuses).value().text()).isEqualTo("本部和东院两个院区");
        assertThat(browser.waitFor(By.id("survey-progress")).getText()).contains("必答题已答 1 / 20");

        // 1.6 is asked only when 1.5 is answered 是: it appears as soon as the consultant says so.
        By networkQuestion = By.id("question-" + q.get("1.6").id());
        assertThat(browser.driver().findElement(networkQuestion).isDisplayed()).isFalse();
        browser.click(By.cssSelector("label[for='value-" + q.get("1.5").id() + "-0']"));
        browser.waitFor(networkQuestion);

        WebElement bedField = browser.driver().findElement(By.id("value-" + beds));
        bedField.sendKeys("约800");
        assertThat(browser.waitForText(By.id("status-" + beds), "不是数字")).contains("“约800”不是数字");
        assertThat(bedField.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(stored(id, beds).exists()).isFalse();

        assertThat(browser.driver().findElement(By.id("connection-banner")).isDisplayed()).isFalse();
        browser.offline(true);
        bedField.clear();
        bedField.sendKeys("1200");
        WebElement banner = browser.waitFor(By.id("connection-banner"));
        assertThat(banner.getText()).contains("网络连接已断开");
        assertThat(browser.waitForText(By.id("status-" + beds), "尚未保存")).contains("暂存在本设备");
        assertThat((String) browser.script("return localStorage.getItem(arguments[0])", "luodi.survey." + id + "." + beds))
                .contains("1200");
        browser.screenshot("survey-offline");
        assertThat(stored(id, beds).exists()).isFalse();

        browser.offline(false);
        assertThat(browser.waitForText(By.id("status-" + beds), "已保存")).startsWith("已保存");
        assertThat(browser.waitForText(By.id("connection-message"), "网络已恢复")).contains("所有答案均已保存");
        assertThat(stored(id, beds).value().text()).isEqualTo("1200");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("connection-banner")));
        assertThat(browser.script("return localStorage.getItem(arguments[0])", "luodi.survey." + id + "." + beds)).isNull();
    }

    @Test
    void whatCouldNotBeSavedComesBackAfterAReloadAndIsSavedWhenTheServerAnswersAgain() {
        long id = newSurvey("网络组");
        long visits = questions(id).get("1.3").id();
        browser.go(section(id, 1));

        assertThat(browser.driver().findElement(By.id("connection-banner")).isDisplayed()).isFalse();
        browser.block("*/answers/*");
        browser.waitFor(By.id("value-" + visits)).sendKeys("4500");
        browser.waitForText(By.id("status-" + visits), "尚未保存");
        browser.go(section(id, 1));

        assertThat(browser.waitFor(By.id("value-" + visits)).getDomProperty("value")).isEqualTo("4500");
        browser.waitFor(By.id("connection-banner"));
        assertThat(stored(id, visits).exists()).isFalse();

        browser.block();
        browser.waitForText(By.id("status-" + visits), "已保存");
        waitUntil("the restored answer is stored", () -> "4500".equals(stored(id, visits).value().text()));
    }

    @Test
    void anAnswerSavedMeanwhileByAColleagueIsAConflictAndKeepMineWins() {
        long id = newSurvey("医务科");
        Map<String, QuestionView> q = questions(id);
        long campuses = q.get("1.4").id();
        long networks = q.get("1.6").id();
        ProjectAccess wangFang = accessPolicy.require(DemoUsers.current(users, "wangfang"), his);
        surveys.saveAnswer(wangFang, id, q.get("1.5").id(), AnswerInput.of(null, "是"));
        browser.go(section(id, 1));
        browser.waitFor(By.id("value-" + campuses));

        surveys.saveAnswer(wangFang, id, campuses, AnswerInput.of(null, "本部"));
        browser.driver().findElement(By.id("value-" + campuses)).sendKeys("三个院区");

        WebElement conflict = browser.waitFor(By.cssSelector("#state-" + campuses + " .answer-conflict"));
        assertThat(conflict.findElement(By.className("conflict-theirs")).getText()).isEqualTo("本部");
        assertThat(conflict.findElement(By.className("conflict-mine")).getText()).isEqualTo("三个院区");
        assertThat(conflict.getText()).contains("王芳 Wang Fang");
        assertThat(stored(id, campuses).value().text()).as("nothing overwritten").isEqualTo("本部");
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", conflict);
        browser.screenshot("survey-conflict");

        browser.click(By.cssSelector("#state-" + campuses + " .conflict-keep-mine"));
        browser.waitForText(By.id("status-" + campuses), "已保存");
        assertThat(stored(id, campuses).value().text()).isEqualTo("三个院区");
        assertThat(stored(id, campuses).updatedBy()).isEqualTo("liqiang");

        // And the other way: take theirs puts the colleague's answer into the field.
        surveys.saveAnswer(wangFang, id, networks, AnswerInput.of(null, "100M 专线"));
        browser.driver().findElement(By.id("value-" + networks)).sendKeys("VPN");
        browser.waitFor(By.cssSelector("#state-" + networks + " .answer-conflict"));
        browser.click(By.cssSelector("#state-" + networks + " .conflict-take-theirs"));
        waitUntil("their answer is in the field", () -> "100M 专线".equals(
                browser.driver().findElement(By.id("value-" + networks)).getDomProperty("value")));
        assertThat(browser.driver().findElements(By.cssSelector("#state-" + networks + " .answer-conflict"))).isEmpty();
        assertThat(stored(id, networks).value().text()).isEqualTo("100M 专线");
    }

    @Test
    void onATabletEveryTypeIsAnsweredWithTheKeyboardAndNothingOverflows() {
        long id = newSurvey("药剂科");
        Map<String, QuestionView> q = questions(id);
        browser.resize(768, 1024);
        browser.go(section(id, 3));

        long pharmacies = q.get("3.2").id();
        browser.waitFor(By.id("cell-" + pharmacies + "-0-0")).sendKeys("8:00-17:00", Keys.TAB, "1200", Keys.TAB, "是");
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                .as("tab moves along the row").isEqualTo("cell-" + pharmacies + "-0-2");
        browser.waitForText(By.id("status-" + pharmacies), "已保存");
        waitUntil("the grid is stored row by row", () -> stored(id, pharmacies).value().gridCells().size() == 15
                && "1200".equals(stored(id, pharmacies).value().cell(0, 1, 3)));

        long stock = q.get("3.3").id();
        browser.click(By.cssSelector("label[for='value-" + stock + "-0']"));
        browser.waitFor(By.id("question-" + q.get("3.4").id()));
        browser.waitForText(By.id("status-" + stock), "已保存");
        assertThat(browser.driver().findElement(By.cssSelector("label[for='value-" + stock + "-0']")).getSize().getHeight())
                .as("a touch target").isGreaterThanOrEqualTo(44);
        assertThat((Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth"))
                .as("no sideways scrolling at 768px").isLessThanOrEqualTo(0L);
        browser.screenshot("survey-tablet-grid");

        browser.click(By.id("next-section"));
        browser.waitForUrlEnding(section(id, 4));
        long payers = q.get("4.1").id();
        browser.click(By.cssSelector("label[for='value-" + payers + "-0']"));
        browser.click(By.cssSelector("label[for='value-" + payers + "-2']"));
        waitUntil("both options are stored", () -> stored(id, payers).value().choices().size() == 2);

        browser.click(By.id("next-section"));
        browser.waitForUrlEnding(section(id, 5));
        long satisfaction = q.get("5.1").id();
        browser.click(By.cssSelector("label[for='value-" + satisfaction + "-3']"));
        WebElement goLive = browser.driver().findElement(By.id("value-" + q.get("5.2").id()));
        browser.script("arguments[0].value = '2026-10-01'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", goLive);
        WebElement note = browser.driver().findElement(By.id("note-" + satisfaction));
        browser.click(By.cssSelector("#question-" + satisfaction + " summary"));
        note.sendKeys("对挂号模块最不满意");
        waitUntil("rating, date and note are stored", () -> "满意".equals(stored(id, satisfaction).value().text())
                && "对挂号模块最不满意".equals(stored(id, satisfaction).note())
                && "2026-10-01".equals(stored(id, q.get("5.2").id()).value().text()));
        assertThat(browser.text(By.id("section-nav"))).contains("五、上线与培训（院领导、信息科）");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("survey-progress"), "必答题已答 5 / 20"));
    }
}
