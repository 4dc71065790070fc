package io.luodi.web.browser;

import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.audit.AuditQuery;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What each kind of user meets in the browser, on the demo data set. */
@LuodiWebTest
class DemoRolesBrowserTests extends BrowserTestBase {

    @Autowired
    AuditLog audit;
    @Autowired
    TestData testData;

    @Override
    String language() {
        return "zh-CN";
    }

    private List<String> projectCodesOnHome() {
        browser.go("/");
        browser.waitFor(By.tagName("main"));
        return browser.attributes(By.cssSelector(".project-card"), "data-code");
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
            "wangfang, FIN HIS",
            "sunli, LIS",
            "liqiang, HIS",
            "zhoumin, FIN LIS",
            "chenjing, HIS LIS",
            "zhaolei, FIN"})
    void eachDemoRoleSeesExactlyItsProjects(String username, String codes) {
        browser.signIn(username, DemoUsers.PASSWORD);

        assertThat(projectCodesOnHome()).containsExactlyInAnyOrder(codes.split(" "));
        browser.screenshot("home-" + username);
    }

    @Test
    void theAdministratorSeesEveryProjectAndTheAdministrationMenu() {
        browser.signIn("admin", DemoUsers.PASSWORD);

        assertThat(projectCodesOnHome()).contains("HIS", "FIN", "LIS");
        browser.go("/admin/users");
        assertThat(browser.text(By.id("users"))).contains("chenjing", "陈静 Chen Jing");
    }

    @Test
    void aCustomerOpeningAnotherOrganisationsProjectGetsNotFound() {
        long factoryProject = testData.demoProjectId("FIN");
        browser.signIn("chenjing", DemoUsers.PASSWORD);

        browser.go("/projects/" + factoryProject);

        assertThat(browser.waitFor(By.id("error-page")).getDomAttribute("data-status")).isEqualTo("404");
        assertThat(browser.text(By.tagName("main"))).contains("页面不存在").doesNotContain("财务共享");
        browser.screenshot("customer-404");
        assertThat(audit.search(new AuditQuery(AuditAction.ACCESS_DENIED, null, "chenjing"), 0, 50))
                .anyMatch(event -> event.getEntityId().equals(String.valueOf(factoryProject)));
    }

    @Test
    void theLanguageSwitcherTurnsThePageIntoEnglishAndBack() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("登录落地平台");

        browser.waitFor(By.id("language-menu")).click();
        browser.waitFor(By.cssSelector("a[href='?lang=en']")).click();
        assertThat(browser.waitForText(By.tagName("h1"), "Sign in to Luodi")).isEqualTo("Sign in to Luodi");

        browser.go("/login");
        assertThat(browser.text(By.tagName("h1"))).as("the choice is remembered").isEqualTo("Sign in to Luodi");
        browser.waitFor(By.id("language-menu")).click();
        browser.waitFor(By.cssSelector("a[href='?lang=zh-CN']")).click();
        assertThat(browser.waitForText(By.tagName("h1"), "登录落地平台")).isEqualTo("登录落地平台");
    }

    @Test
    void signingInGivesANewSessionAndSigningOutEndsIt() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/login");
        String anonymousSession = browser.cookie("JSESSIONID");

        browser.signInKeepingCookies("liqiang", DemoUsers.PASSWORD);
        assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(anonymousSession);

        browser.waitFor(By.id("user-menu")).click();
        browser.waitFor(By.id("logout")).click();
        browser.waitForUrlEnding("/login?logout");
        browser.go("/");
        assertThat(browser.waitForUrlEnding("/login")).doesNotContain("logout");
    }

    @Test
    void aProjectManagerOpensAProjectAndRunsItsFirstPhase() {
        UserAccount manager = testData.user(Role.PM, null);
        browser.signIn(manager.getUsername(), DemoUsers.PASSWORD);

        browser.go("/projects/new");
        browser.waitFor(By.id("code")).sendKeys("ERPX");
        browser.driver().findElement(By.id("name")).sendKeys("华东精密 ERP 二期");
        new Select(browser.driver().findElement(By.id("customerOrganisationId")))
                .selectByVisibleText("华东精密制造 East China Precision");
        new Select(browser.driver().findElement(By.id("systemType"))).selectByValue("ERP");
        browser.screenshot("project-form");
        browser.click(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.waitForText(By.tagName("h1"), "华东精密 ERP 二期")).isEqualTo("华东精密 ERP 二期");
        assertThat(browser.attributes(By.cssSelector("#phase-timeline tbody tr"), "data-phase"))
                .containsExactly("REQUIREMENTS", "ENVIRONMENT", "DATA_MIGRATION", "TRAINING", "GO_LIVE_SUPPORT",
                        "OPTIMISATION");
        browser.screenshot("project-overview");

        browser.click(By.cssSelector("#phase-timeline a"));
        browser.waitFor(By.cssSelector("#phase-workspace"));
        browser.click(By.cssSelector("form[action$='/start'] button"));
        assertThat(browser.waitForText(By.id("phase-status"), "进行中")).isEqualTo("进行中");
        browser.screenshot("phase-started");
        assertThat(browser.text(By.cssSelector(".alert-success"))).contains("阶段已开始");
    }
}
