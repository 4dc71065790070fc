package io.luodi.web.support;

import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectDetails;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectStatus;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import io.luodi.support.settings.CustomerVisibility;
import io.luodi.support.settings.SettingsForm;
import io.luodi.support.settings.SupportSettingsManagement;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static io.luodi.web.DemoUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class SatisfactionPagesTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    ProjectManagement projects;
    @Autowired
    ProjectAccessPolicy accessPolicy;
    @Autowired
    SupportSettingsManagement settings;
    @Autowired
    Clock clock;

    private long resolvedTicket(long project, String title) throws Exception {
        MvcResult raised = mvc.perform(multipart("/projects/{id}/tickets", project)
                        .with(as(users, "chenjing")).with(csrf())
                        .param("title", title).param("type", "QUESTION").param("severity", "P3"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = raised.getResponse().getRedirectedUrl();
        long ticket = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/projects/{pid}/tickets/{id}/status", project, ticket).with(as(users, "liqiang"))
                        .with(csrf()).param("to", "RESOLVED").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        return ticket;
    }

    @Test
    void theReporterRatesAResolvedTicketInPlaceAndStaffSeeTheRating() throws Exception {
        long his = testData.demoProjectId("HIS");
        long ticket = resolvedTicket(his, "评价测试：门诊退费流程咨询");

        mvc.perform(get("/projects/{pid}/tickets/{id}", his, ticket).with(as(users, "chenjing"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("您对这张工单的解决结果满意吗？"),
                        containsString("id=\"rating-score-5\""), containsString("hx-post="))));
        mvc.perform(post("/projects/{pid}/tickets/{id}/rating", his, ticket).with(as(users, "chenjing"))
                        .with(csrf()).header("HX-Request", "true").header("Accept-Language", "zh-CN")
                        .param("score", "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请选择 1 到 5 分"), not(containsString("<html")))));
        mvc.perform(post("/projects/{pid}/tickets/{id}/rating", his, ticket).with(as(users, "chenjing"))
                        .with(csrf()).header("HX-Request", "true").header("Accept-Language", "zh-CN")
                        .param("score", "4").param("comment", "回复很及时"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("感谢您的评价"), containsString("修改评价"),
                        not(containsString("<html")))));

        mvc.perform(get("/projects/{pid}/tickets/{id}", his, ticket).with(as(users, "liqiang")))
                .andExpect(content().string(allOf(containsString("id=\"ratings\""), containsString("4 / 5"),
                        containsString("回复很及时"), not(containsString("rating-form")))));
        mvc.perform(post("/projects/{pid}/tickets/{id}/rating", his, ticket).with(as(users, "liqiang"))
                        .with(csrf()).param("score", "5"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/{pid}/tickets/{id}/rating", his, ticket).with(as(users, "zhaolei"))
                        .with(csrf()).param("score", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/{pid}/tickets/{id}/rating", his, ticket).with(as(users, "chenjing"))
                        .with(csrf()).param("score", "5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/projects/" + his + "/tickets/" + ticket + "#rating"))
                .andExpect(flash().attribute("message", "rating.saved"));
    }

    @Test
    void customersAreInvitedToTheNpsQuestionOnceHypercareHasEnded() throws Exception {
        long organisation = testData.customerOrganisation();
        UserAccount customer = testData.user(Role.CUSTOMER, organisation);
        CurrentUser pm = CurrentUser.of(testData.user(Role.PM, null));
        int n = SEQUENCE.incrementAndGet();
        String name = "体检中心系统 " + n;
        long project = projects.create(pm, new ProjectDetails("NPS" + n + System.nanoTime() % 1000, name, null,
                organisation, SystemType.HIS, ProjectStatus.ACTIVE, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 1)));
        LocalDate today = LocalDate.now(clock);
        settings.update(accessPolicy.requireManager(pm, project), new SettingsForm(CustomerVisibility.ORGANISATION,
                7, 75, today.minusMonths(3), today.minusDays(1), 0));

        mvc.perform(get("/tickets").with(as(users, customer.getUsername())).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("关于“" + name + "”的一个问题"),
                        containsString("id=\"nps-" + project + "\""), containsString("id=\"nps-" + project + "-10\""))));
        mvc.perform(get("/projects/{id}/tickets", project).with(as(users, customer.getUsername())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"nps-" + project + "\"")));
        mvc.perform(get("/projects/{id}/tickets", project).with(as(users, pm.username())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("nps-invitation"))));

        mvc.perform(post("/projects/{id}/nps", project).with(as(users, customer.getUsername())).with(csrf())
                        .header("HX-Request", "true").header("Accept-Language", "zh-CN").param("score", "11"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择 0 到 10 分")));
        mvc.perform(post("/projects/{id}/nps", project).with(as(users, customer.getUsername())).with(csrf())
                        .header("HX-Request", "true").header("Accept-Language", "zh-CN")
                        .param("score", "9").param("comment", "驻场工程师很专业").param("back", "portal"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("感谢您的回答")));
        mvc.perform(get("/tickets").with(as(users, customer.getUsername())))
                .andExpect(content().string(not(containsString("nps-invitation"))));
        mvc.perform(post("/projects/{id}/nps", project).with(as(users, customer.getUsername())).with(csrf())
                        .param("score", "3").param("back", "portal"))
                .andExpect(redirectedUrl("/tickets")).andExpect(flash().attribute("error", "nps.answered"));
        mvc.perform(post("/projects/{id}/nps", project).with(as(users, pm.username())).with(csrf())
                        .param("score", "10"))
                .andExpect(status().isNotFound());

        mvc.perform(get("/projects/{id}/support/report", project).with(as(users, pm.username()))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("NPS 100：推荐者 1 人"),
                        containsString("驻场工程师很专业"))));
    }
}
