package io.luodi.web.browser;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.survey.AnswerInput;
import io.luodi.requirements.survey.QuestionView;
import io.luodi.requirements.survey.StakeholderKind;
import io.luodi.requirements.survey.SurveyDetails;
import io.luodi.requirements.survey.SurveyManagement;
import io.luodi.requirements.template.TemplateSummary;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace from interview to requirement, as a consultant walks it: an answer in a survey becomes a pain point
 * that shows the answer, and the pain point becomes a requirement whose sources lead back to it.
 */
@LuodiWebTest
class AnswerToRequirementBrowserTests extends BrowserTestBase {

    @Autowired
    TestData testData;
    @Autowired
    UserManagement users;
    @Autowired
    ProjectAccessPolicy accessPolicy;
    @Autowired
    SurveyManagement surveys;

    @Override
    String language() {
        return "zh-CN";
    }

    @Test
    void anAnswerBecomesAPainPointAndThenARequirementTracedBackToIt() {
        long his = testData.demoProjectId("HIS");
        ProjectAccess liQiang = accessPolicy.require(DemoUsers.current(users, "liqiang"), his);
        long template = surveys.templateChoices(liQiang).stream()
                .filter(t -> t.systemType() == SystemType.HIS && t.createdBy().equals("system"))
                .mapToLong(TemplateSummary::id).findFirst().orElseThrow();
        long survey = surveys.create(liQiang, new SurveyDetails(template, StakeholderKind.BUSINESS, "住院部",
                LocalDate.now(), "护士长", List.of(liQiang.user().id()), null));
        QuestionView question = surveys.section(liQiang, survey, 1).questions().stream()
                .filter(q -> q.code().equals("1.4")).findFirst().orElseThrow();
        surveys.saveAnswer(liQiang, survey, question.id(), AnswerInput.of(null, "东西两院区，出院结算需跑两处窗口"));

        browser.signIn("liqiang", DemoUsers.PASSWORD);
        browser.go("/projects/" + his + "/surveys/" + survey + "/sections/1");
        browser.click(By.cssSelector("#question-" + question.id() + " .to-pain-point"));

        browser.waitFor(By.id("pain-point-form"));
        assertThat(browser.text(By.tagName("main"))).contains("院区数量及分布", "东西两院区，出院结算需跑两处窗口");
        browser.driver().findElement(By.id("title")).sendKeys("出院结算需在两院区分别办理");
        browser.driver().findElement(By.id("affectedProcess")).sendKeys("出院结算");
        new Select(browser.driver().findElement(By.id("severity"))).selectByVisibleText("高");
        new Select(browser.driver().findElement(By.id("frequency"))).selectByVisibleText("每天");
        browser.click(By.cssSelector("#pain-point-form button[type=submit]"));

        assertThat(browser.waitForText(By.id("pain-point-title"), "出院结算需在两院区分别办理"))
                .isEqualTo("出院结算需在两院区分别办理");
        assertThat(browser.text(By.tagName("main"))).contains("东西两院区，出院结算需跑两处窗口");
        browser.click(By.id("create-requirement"));

        assertThat(browser.waitFor(By.id("title")).getDomProperty("value")).isEqualTo("出院结算需在两院区分别办理");
        browser.driver().findElement(By.id("title")).clear();
        browser.driver().findElement(By.id("title")).sendKeys("出院结算一站式办理");
        browser.click(By.id("save-requirement"));

        assertThat(browser.waitForText(By.id("requirement-title"), "出院结算一站式办理")).isEqualTo("出院结算一站式办理");
        assertThat(browser.text(By.id("sources"))).contains("痛点", "出院结算需在两院区分别办理");
        browser.screenshot("answer-to-requirement");
    }
}
