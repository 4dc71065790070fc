package io.luodi.web.support;

import com.jayway.jsonpath.JsonPath;
import io.luodi.core.user.UserManagement;
import io.luodi.support.alert.AlertRateLimit;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class AlertWebhookPagesTests {

    /** What Alertmanager 0.28 posts for a group with one firing alert (payload version 4). */
    static final String ALERTMANAGER_FIRING = """
            {"receiver":"luodi","status":"firing","alerts":[{"status":"firing",
              "labels":{"alertname":"HisOutpatientDbDown","instance":"his-db-01:9187","job":"postgres","severity":"critical","env":"PROD"},
              "annotations":{"summary":"门诊数据库 his-db-01 无法连接","description":"连续 5 分钟 pg_up == 0"},
              "startsAt":"2026-05-04T01:58:30.123Z","endsAt":"0001-01-01T00:00:00Z",
              "generatorURL":"http://prometheus.his.example:9090/graph?g0.expr=pg_up+%%3D%%3D+0","fingerprint":"%s"}],
             "groupLabels":{"alertname":"HisOutpatientDbDown"},
             "commonLabels":{"alertname":"HisOutpatientDbDown","instance":"his-db-01:9187","job":"postgres","severity":"critical","env":"PROD"},
             "commonAnnotations":{"summary":"门诊数据库 his-db-01 无法连接"},
             "externalURL":"http://alertmanager.his.example:9093","version":"4",
             "groupKey":"{}:{alertname=\\"HisOutpatientDbDown\\"}","truncatedAlerts":0}
            """;

    /** What our Zabbix media type script posts for a problem, and for its recovery. */
    static final String ZABBIX_PROBLEM = """
            {"eventId":"%s","status":"1","severity":"Disaster","host":"检验系统数据库服务器",
             "trigger":"MySQL 主从复制延迟超过 300 秒","message":"问题开始于 2026.05.04 09:58:30","opdata":"延迟 412 秒",
             "eventTime":"2026.05.04 09:58:30","eventUrl":"https://zabbix.lis.example/tr_events.php?triggerid=23001&eventid=%1$s"}
            """;
    static final String ZABBIX_RECOVERY = """
            {"eventId":"%s","status":"0","severity":"Disaster","host":"检验系统数据库服务器",
             "trigger":"MySQL 主从复制延迟超过 300 秒","eventTime":"2026.05.04 10:20:00"}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AlertRateLimit rateLimit;

    private String issueToken(long project, String manager) throws Exception {
        MvcResult result = mvc.perform(post("/projects/{id}/support/settings/alerts/token", project)
                        .with(as(users, manager)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/projects/" + project + "/support/settings#alerts"))
                .andExpect(flash().attributeExists("issuedToken"))
                .andReturn();
        return (String) result.getFlashMap().get("issuedToken");
    }

    private static MockHttpServletRequestBuilder hook(long project, String monitor, String token, String body) {
        MockHttpServletRequestBuilder request = post("/hooks/projects/{id}/" + monitor, project)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private void settings(long project, String manager, boolean autoResolve) throws Exception {
        long version = jdbc.sql("SELECT version FROM alert_webhook WHERE project_id = ?").param(project)
                .query(Long.class).single();
        mvc.perform(post("/projects/{id}/support/settings/alerts", project).with(as(users, manager)).with(csrf())
                        .param("_enabled", "on").param("enabled", "true").param("_autoResolve", "on")
                        .param("autoResolve", String.valueOf(autoResolve)).param("defaultSeverity", "P3").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "alerts.settings.saved"));
    }

    @Test
    void theProjectManagerGeneratesATokenThatIsShownOnceWithTheAddressesAndSamples() throws Exception {
        long his = testData.demoProjectId("HIS");
        String token = issueToken(his, "wangfang");

        mvc.perform(get("/projects/{id}/support/settings", his).with(as(users, "wangfang"))
                        .header("Accept-Language", "zh-CN").flashAttr("issuedToken", token))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请立即复制此令牌"), containsString(token),
                        containsString("http://localhost:8080/hooks/projects/" + his + "/alertmanager"),
                        containsString("http://localhost:8080/hooks/projects/" + his + "/zabbix"),
                        containsString("http_config:"),
                        containsString("new HttpRequest()"))));
        mvc.perform(get("/projects/{id}/support/settings", his).with(as(users, "wangfang")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"webhook-token\""),
                        containsString(token.substring(0, 10)), not(containsString(token)),
                        containsString("&lt;token&gt;"))));
    }

    @Test
    void customersNeitherSeeNorChangeTheWebhook() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(get("/projects/{id}/support/settings", his).with(as(users, "chenjing")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("id=\"alerts\"")), not(containsString("/hooks/")))));
        mvc.perform(post("/projects/{id}/support/settings/alerts/token", his).with(as(users, "chenjing")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/support/settings/alerts/token", his).with(as(users, "liqiang")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/support/settings/alerts/token", his).with(as(users, "zhaolei")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/{id}/support/settings/alerts", his).with(as(users, "chenjing")).with(csrf())
                        .param("enabled", "true").param("defaultSeverity", "P1").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAlertmanagerAlertOpensOneTicketShownAsMonitoringInTheList() throws Exception {
        long his = testData.demoProjectId("HIS");
        String token = issueToken(his, "wangfang");
        String fingerprint = "am" + System.nanoTime();

        MvcResult opened = mvc.perform(hook(his, "alertmanager", token, ALERTMANAGER_FIRING.formatted(fingerprint)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.received").value(1))
                .andExpect(jsonPath("$.alerts[0].outcome").value("OPENED"))
                .andExpect(jsonPath("$.alerts[0].fingerprint").value("alertmanager:" + fingerprint))
                .andReturn();
        assertThat(opened.getRequest().getSession(false)).as("no session for a webhook").isNull();
        mvc.perform(hook(his, "alertmanager", token, ALERTMANAGER_FIRING.formatted(fingerprint)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alerts[0].outcome").value("UNCHANGED"));

        mvc.perform(get("/projects/{id}/tickets", his).with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("门诊数据库 his-db-01 无法连接"),
                        containsString("监控告警"))));
        assertThat(jdbc.sql("SELECT count(*) FROM ticket WHERE project_id = ? AND alert_fingerprint = ?")
                .params(his, "alertmanager:" + fingerprint).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aZabbixProblemAndItsRecoveryOpenAndResolveATicketInChinese() throws Exception {
        long fin = testData.demoProjectId("FIN");
        String token = issueToken(fin, "wangfang");
        settings(fin, "wangfang", true);
        String eventId = String.valueOf(System.nanoTime() % 1_000_000_000);

        MvcResult problem = mvc.perform(hook(fin, "zabbix", token, ZABBIX_PROBLEM.formatted(eventId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alerts[0].outcome").value("OPENED"))
                .andExpect(jsonPath("$.alerts[0].fingerprint").value("zabbix:" + eventId))
                .andReturn();
        Number ticket = JsonPath.read(problem.getResponse().getContentAsString(), "$.alerts[0].ticketId");
        mvc.perform(hook(fin, "zabbix", token, ZABBIX_RECOVERY.formatted(eventId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alerts[0].outcome").value("RESOLVED"));

        mvc.perform(get("/projects/{pid}/tickets/{id}", fin, ticket.longValue()).with(as(users, "wangfang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("检验系统数据库服务器: MySQL 主从复制延迟超过 300 秒"),
                        containsString("已解决"), containsString("monitoring"), containsString("P1"),
                        containsString("告警已于 2026-05-04 10:20:00 +08:00 恢复"))));
    }

    @Test
    void aMissingWrongOrUnknownTokenIsTheSame401() throws Exception {
        long his = testData.demoProjectId("HIS");
        String body = ALERTMANAGER_FIRING.formatted("unauthorised");
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[]{
                hook(his, "alertmanager", null, body),
                hook(his, "alertmanager", "ldw_not-the-token", body),
                hook(his, "zabbix", "ldw_not-the-token", "{not json"),
                hook(his, "alertmanager", null, body).header("Authorization", "Basic d2FuZ2Zhbmc6bHVvZGktZGVtbw=="),
                hook(987_654_321L, "alertmanager", "ldw_not-the-token", body)}) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Bearer"))
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(jsonPath("$.detail").value("A valid webhook token for this project is required."));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM ticket WHERE alert_fingerprint = 'alertmanager:unauthorised'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSwitchedOffWebhookAnswers401EvenWithItsToken() throws Exception {
        long fin = testData.demoProjectId("FIN");
        String token = issueToken(fin, "wangfang");
        long version = jdbc.sql("SELECT version FROM alert_webhook WHERE project_id = ?").param(fin)
                .query(Long.class).single();
        mvc.perform(post("/projects/{id}/support/settings/alerts", fin).with(as(users, "wangfang")).with(csrf())
                        .param("_enabled", "on").param("_autoResolve", "on").param("defaultSeverity", "P3")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "alerts.settings.saved"));
        mvc.perform(hook(fin, "alertmanager", token, ALERTMANAGER_FIRING.formatted("off")))
                .andExpect(status().isUnauthorized());
        settings(fin, "wangfang", false);
        mvc.perform(hook(fin, "alertmanager", token, ALERTMANAGER_FIRING.formatted("off" + System.nanoTime())))
                .andExpect(status().isOk());
    }

    @Test
    void aTamperedSeverityIsRefusedWithAMessage() throws Exception {
        long his = testData.demoProjectId("HIS");
        issueToken(his, "wangfang");
        mvc.perform(post("/projects/{id}/support/settings/alerts", his).with(as(users, "wangfang")).with(csrf())
                        .param("_enabled", "on").param("enabled", "true").param("_autoResolve", "on")
                        .param("defaultSeverity", "P9").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "alerts.settings.invalid"));
    }

    @Test
    void malformedBodiesGet400WithAJsonErrorInTheCallersLanguage() throws Exception {
        long his = testData.demoProjectId("HIS");
        String token = issueToken(his, "wangfang");

        mvc.perform(hook(his, "alertmanager", token, "{\"version\":\"4\",\"alerts\":["))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("alerts.payload.unreadable"));
        mvc.perform(hook(his, "alertmanager", token, ALERTMANAGER_FIRING.formatted(""))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("alerts.payload.missing"))
                .andExpect(jsonPath("$.field").value("alerts[0].fingerprint"))
                .andExpect(jsonPath("$.detail").value("缺少字段 alerts[0].fingerprint。"));
        mvc.perform(hook(his, "zabbix", token, "{\"eventId\":\"1\",\"status\":\"UPDATE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(hook(his, "zabbix", token, ""))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aProjectPostingTooOftenGets429WithRetryAfter() throws Exception {
        // LIS is this test's alone: once its allowance is spent, its webhook refuses calls for a while.
        long lis = testData.demoProjectId("LIS");
        String token = issueToken(lis, "sunli");
        String empty = "{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[]}";
        int accepted = 0;
        MvcResult refused = null;
        while (refused == null && accepted <= 2 * rateLimit.perMinute()) {
            MvcResult result = mvc.perform(hook(lis, "alertmanager", token, empty)).andReturn();
            if (result.getResponse().getStatus() == 429) {
                refused = result;
            } else {
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                accepted++;
            }
        }
        assertThat(refused).as("refused within twice the allowance").isNotNull();
        assertThat(accepted).isGreaterThanOrEqualTo(rateLimit.perMinute());
        assertThat(Integer.parseInt(refused.getResponse().getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":429");
    }
}
