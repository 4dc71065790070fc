package io.luodi.web.browser;

import io.luodi.testsupport.TestPostgres;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance path as a new consultant walks it: a PROD environment with a PostgreSQL database created as
 * SQL_ASCII in New York time; the probe, pressed in the page, shows its progress in place and ends with the charset
 * and time zone items failed with what it saw; pointed at a UTF-8 database in Shanghai time, they pass.
 */
@LuodiWebTest
class EnvironmentProbeBrowserTests extends BrowserTestBase {

    private static String host;
    private static int port;

    @Autowired
    TestData testData;

    @Override
    String language() {
        return "zh-CN";
    }

    @BeforeAll
    static void targetDatabases() throws SQLException {
        TestPostgres.Connection server = TestPostgres.shared();
        URI uri = URI.create(server.jdbcUrl().substring("jdbc:".length()));
        host = uri.getHost();
        port = uri.getPort();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port
                + "/postgres", server.username(), server.password());
             Statement statement = connection.createStatement()) {
            for (String sql : new String[]{
                    "CREATE DATABASE browser_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0",
                    "ALTER DATABASE browser_ascii SET timezone TO 'America/New_York'",
                    "CREATE DATABASE browser_utf8 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0",
                    "ALTER DATABASE browser_utf8 SET timezone TO 'Asia/Shanghai'"}) {
                try {
                    statement.execute(sql);
                } catch (SQLException alreadyThere) {
                    // Made by an earlier run against the same server.
                }
            }
        }
    }

    private void fillDatabase(String database) {
        var name = browser.waitFor(By.id("databaseName"));
        name.clear();
        name.sendKeys(database);
    }

    @Test
    void aSqlAsciiDatabaseFailsItsChecksInThePageAndAUtf8OnePasses() {
        long his = testData.demoProjectId("HIS");
        String environment = "验收 PROD " + System.nanoTime() % 10000;

        browser.signIn("liqiang", DemoUsers.PASSWORD);
        browser.go("/projects/" + his + "/phases/environment");
        browser.click(By.id("nav-environments"));
        browser.click(By.id("new-environment"));
        browser.waitFor(By.id("name")).sendKeys(environment);
        new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("生产（PROD）");
        browser.click(By.id("save-environment"));
        assertThat(browser.waitForText(By.id("environment-name"), environment)).isEqualTo(environment);

        browser.click(By.id("add-database"));
        browser.waitFor(By.id("name")).sendKeys("HIS 主库");
        browser.driver().findElement(By.id("host")).sendKeys(host);
        browser.driver().findElement(By.id("port")).sendKeys(String.valueOf(port));
        fillDatabase("browser_ascii");
        browser.driver().findElement(By.id("compatibilityNote")).sendKeys("PostgreSQL 14 及以上");
        browser.driver().findElement(By.id("username")).sendKeys(TestPostgres.shared().username());
        browser.driver().findElement(By.id("password")).sendKeys(TestPostgres.shared().password());
        browser.click(By.id("save-component"));
        browser.click(By.id("apply-templates"));
        browser.waitFor(By.id("checklist-table"));

        browser.click(By.cssSelector(".probe-button[id^='probe-component-']"));
        String failed = browser.waitForText(By.cssSelector("#probe-runs .probe-run[data-status='FAILED']"),
                "不通过");
        assertThat(failed).contains("SQL_ASCII", "America/New_York", "数据库字符集为 UTF-8（utf8mb4）");
        browser.screenshot("environment-probe-failed");
        browser.go(browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", ""));
        assertThat(browser.text(By.id("blocking-failures"))).contains("SQL_ASCII", "America/New_York");

        browser.click(By.cssSelector("a[id^='edit-component-']"));
        fillDatabase("browser_utf8");
        browser.click(By.id("save-component"));
        browser.click(By.cssSelector(".probe-button[id^='probe-component-']"));
        String passed = browser.waitForText(By.cssSelector("#probe-runs .probe-run[data-status='PASSED']"),
                "全部检查通过");
        assertThat(passed).contains("UTF8", "Asia/Shanghai");
        browser.go(browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", ""));
        assertThat(browser.driver().findElements(By.id("blocking-failures"))).isEmpty();
    }
}
