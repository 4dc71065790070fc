package io.luodi.web.browser;

import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit viewer's in-place filtering and the API's Swagger UI, both under the content security policy. */
@LuodiWebTest
class ToolsBrowserTests extends BrowserTestBase {

    @Override
    String language() {
        return "en";
    }

    @Test
    void theAuditFilterSwapsTheResultsInPlace() {
        browser.signIn("admin", DemoUsers.PASSWORD);
        browser.go("/audit");
        browser.waitFor(By.id("audit-events"));
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("window.luodiMarker = 'same page';");

        new Select(browser.driver().findElement(By.id("action"))).selectByValue("LOGIN");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("action=LOGIN"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                browser.attributes(By.cssSelector("#audit-events tbody tr"), "data-action").stream()
                        .allMatch("LOGIN"::equals));
        assertThat(browser.attributes(By.cssSelector("#audit-events tbody tr"), "data-action")).isNotEmpty();
        assertThat(script.executeScript("return window.luodiMarker")).as("no full page load").isEqualTo("same page");
        browser.screenshot("audit-filtered");
    }

    @Test
    void swaggerUiShowsTheApi() {
        browser.go("/swagger-ui.html");

        assertThat(browser.text(By.cssSelector(".swagger-ui .title"))).contains("Luodi API");
        assertThat(browser.waitFor(By.cssSelector(".opblock-summary-path")).getText()).startsWith("/api/v1/");
        browser.screenshot("swagger-ui");
    }

    @Test
    void anUnknownAddressShowsAFriendlyNotFoundPage() {
        browser.signIn("liqiang", DemoUsers.PASSWORD);
        browser.go("/no-such-page");

        assertThat(browser.waitFor(By.id("error-page")).getDomAttribute("data-status")).isEqualTo("404");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not found");
        assertThat(browser.driver().getPageSource()).doesNotContain("Whitelabel").doesNotContain("Exception");
    }

    @Test
    void onATabletThePhasesAndTheFoldedMenuStayUsable() {
        browser.driver().manage().window().setSize(new Dimension(700, 1000));
        try {
            browser.signIn("liqiang", DemoUsers.PASSWORD);
            browser.click(By.cssSelector(".project-card a"));
            assertThat(browser.waitFor(By.id("phase-timeline")).isDisplayed()).isTrue();
            browser.screenshot("tablet-overview");

            browser.click(By.cssSelector(".navbar-toggler"));
            assertThat(browser.waitFor(By.id("user-menu")).isDisplayed()).isTrue();
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
