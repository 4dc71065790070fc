package io.luodi.web.security;

import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.audit.AuditQuery;
import io.luodi.core.user.NewUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserManagement;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class SecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData testData;
    @Autowired
    UserManagement users;
    @Autowired
    AuditLog audit;


    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageSpeaksChineseToChineseBrowsersAndEnglishToOthers() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andExpect(content().string(containsString("登录落地平台")));
        mvc.perform(get("/login").header("Accept-Language", "zh-TW"))
                .andExpect(content().string(containsString("登录落地平台")));
        mvc.perform(get("/login").header("Accept-Language", "de-DE,en;q=0.5"))
                .andExpect(content().string(containsString("Sign in to Luodi")));
        mvc.perform(get("/login").param("lang", "en").header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("Sign in to Luodi")));
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(not(containsString("style=\""))));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/projects/new").with(as(users, "wangfang")).param("code", "NOCSRF"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCustomerAskingForAnotherOrganisationsProjectGets404AndTheAttemptIsAudited() throws Exception {
        long factoryProject = testData.demoProjectId("FIN");

        mvc.perform(get("/projects/{id}", factoryProject).with(as(users, "chenjing")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("财务共享"))));

        assertThat(audit.search(new AuditQuery(AuditAction.ACCESS_DENIED, null, "chenjing"), 0, 50))
                .anyMatch(event -> event.getEntityId().equals(String.valueOf(factoryProject)));
    }

    @Test
    void aProjectThatDoesNotExistIsTheSame404() throws Exception {
        mvc.perform(get("/projects/{id}", 987654321L).with(as(users, "chenjing")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/not-a-number").with(as(users, "chenjing")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsReachAdministration() throws Exception {
        mvc.perform(get("/admin/users").with(as(users, "wangfang"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(as(users, "admin"))).andExpect(status().isOk());
    }

    @Test
    void loginIsAuditedAndRepeatedFailuresAreThrottled() throws Exception {
        String username = "throttled-" + System.nanoTime();
        users.createWithFinalPassword(new NewUser(username, "Throttled", null, Role.CONSULTANT,
                users.findByUsername("admin").orElseThrow().getOrganisationId(), DemoUsers.PASSWORD));
        RequestPostProcessor fromElsewhere = request -> {
            request.setRemoteAddr("198.51.100.7");
            return request;
        };

        mvc.perform(post("/login").with(csrf()).with(fromElsewhere)
                        .param("username", username).param("password", DemoUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(audit.search(new AuditQuery(AuditAction.LOGIN, null, username), 0, 10)).singleElement()
                .satisfies(event -> assertThat(event.getRemoteAddress()).isEqualTo("198.51.100.7"));

        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(fromElsewhere)
                            .param("username", username).param("password", "wrong" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(fromElsewhere)
                        .param("username", username).param("password", DemoUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?blocked"));
        assertThat(audit.search(new AuditQuery(AuditAction.LOGIN_FAILED, null, username), 0, 10).getTotalElements())
                .isEqualTo(6);
    }
}
