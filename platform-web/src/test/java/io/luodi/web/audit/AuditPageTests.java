package io.luodi.web.audit;

import io.luodi.core.user.UserManagement;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;

import io.luodi.core.audit.AuditEvent;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData testData;
    @Autowired
    UserManagement users;


    @SuppressWarnings("unchecked")
    private Page<AuditEvent> events(String username, String query) throws Exception {
        return (Page<AuditEvent>) mvc.perform(get("/audit?" + query).with(as(users, username)))
                .andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("events");
    }

    @Test
    void administratorsSeeEveryEventIncludingSignIns() throws Exception {
        assertThat(events("admin", "")).isNotEmpty();
        mvc.perform(get("/audit").with(as(users, "admin")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("审计日志")));
    }

    @Test
    void aProjectManagerSeesOnlyTheProjectsTheyManage() throws Exception {
        long his = testData.demoProjectId("HIS");
        long lis = testData.demoProjectId("LIS");

        assertThat(events("wangfang", "")).isNotEmpty().allMatch(event -> event.getProjectId() != null
                && event.getProjectId() != lis);
        assertThat(events("wangfang", "projectId=" + lis)).isEmpty();
        assertThat(events("wangfang", "projectId=" + his + "&action=CREATE")).isNotEmpty()
                .allMatch(event -> event.getProjectId() == his);
    }

    @Test
    void consultantsAndCustomersHaveNoAuditPage() throws Exception {
        mvc.perform(get("/audit").with(as(users, "liqiang"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(as(users, "chenjing"))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownActionFilterIsNotAnErrorPage() throws Exception {
        mvc.perform(get("/audit?action=EXPLODE").with(as(users, "admin"))).andExpect(status().isNotFound());
    }
}
