package io.luodi.web.requirements;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.painpoint.Frequency;
import io.luodi.requirements.painpoint.PainPointFilter;
import io.luodi.requirements.painpoint.PainPointForm;
import io.luodi.requirements.painpoint.PainPointManagement;
import io.luodi.requirements.painpoint.Severity;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class PainPointPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    RegisterFixtures fixtures;
    @Autowired
    PainPointManagement painPoints;
    @Autowired
    ProjectAccessPolicy accessPolicy;

    private ProjectAccess access(String username, long projectId) {
        return accessPolicy.require(DemoUsers.current(users, username), projectId);
    }

    @Test
    void consultantsSeeTheDemoPainPointsFilteredBySeverityAndProcess() throws Exception {
        long his = testData.demoProjectId("HIS");

        mvc.perform(get("/projects/{id}/pain-points", his).with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("门诊缴费排队时间长"), containsString("药品批次效期管理混乱"),
                        containsString("严重"))));
        mvc.perform(get("/projects/{id}/pain-points", his).with(as(users, "liqiang")).param("severity", "CRITICAL"))
                .andExpect(content().string(allOf(containsString("门诊缴费排队时间长"),
                        not(containsString("药品批次效期管理混乱")))));
        mvc.perform(get("/projects/{id}/pain-points", his).with(as(users, "liqiang")).param("process", "药房管理"))
                .andExpect(content().string(allOf(containsString("药品批次效期管理混乱"),
                        not(containsString("门诊缴费排队时间长")))));
    }

    @Test
    void customersAndOtherCustomersGetNotFound() throws Exception {
        long his = testData.demoProjectId("HIS");
        long id = painPoints.list(access("liqiang", his), new PainPointFilter(null, null)).get(0).id();

        for (String username : new String[]{"chenjing", "zhaolei"}) {
            mvc.perform(get("/projects/{id}/pain-points", his).with(as(users, username)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/projects/{pid}/pain-points/{id}", his, id).with(as(users, username)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/projects/{id}/pain-points/new", his).with(as(users, username)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/projects/{id}/pain-points", his).with(as(users, username)).with(csrf())
                            .param("title", "x").param("affectedProcess", "y").param("severity", "LOW")
                            .param("frequency", "RARELY"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/projects/{id}/phases/requirements", his).with(as(users, "chenjing")))
                .andExpect(content().string(not(containsString("/pain-points"))));
        mvc.perform(get("/projects/{pid}/pain-points/{id}", testData.demoProjectId("FIN"), id)
                .with(as(users, "wangfang"))).andExpect(status().isNotFound());
    }

    @Test
    void aPainPointFoundInAnAnswerShowsTheQuestionAndAnswer() throws Exception {
        long his = testData.demoProjectId("HIS");
        long answer = fixtures.answer(his, "3.4", "近效期药品靠每月人工盘点发现");
        long foreign = fixtures.answer(testData.demoProjectId("LIS"), "3.4", "别的项目");

        mvc.perform(get("/projects/{id}/pain-points/new", his).param("answerId", String.valueOf(answer))
                        .with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("来自调研答案"), containsString("批次效期管理目前存在的问题"),
                        containsString("近效期药品靠每月人工盘点发现"))));
        mvc.perform(get("/projects/{id}/pain-points/new", his).param("answerId", String.valueOf(foreign))
                .with(as(users, "liqiang"))).andExpect(status().isNotFound());

        MvcResult result = mvc.perform(post("/projects/{id}/pain-points", his).with(as(users, "liqiang")).with(csrf())
                        .param("title", "近效期药品发现晚").param("description", "近效期药品靠每月人工盘点发现")
                        .param("affectedProcess", "药房管理").param("severity", "HIGH").param("frequency", "MONTHLY")
                        .param("answerId", String.valueOf(answer)))
                .andExpect(redirectedUrlPattern("/projects/*/pain-points/*"))
                .andReturn();
        String page = result.getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        mvc.perform(get(page).with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("近效期药品发现晚"), containsString("批次效期管理目前存在的问题"),
                        containsString("转为需求"))));
        mvc.perform(get("/projects/{id}/requirements/new", his).param("painPointId", String.valueOf(id))
                        .with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("value=\"近效期药品发现晚\""),
                        containsString("name=\"sourceKind\" value=\"PAIN_POINT\""), containsString("value=\"药房管理\""))));
    }

    @Test
    void aPainPointIsEditedWithItsVersionAndDeleted() throws Exception {
        long his = testData.demoProjectId("HIS");
        long id = painPoints.create(access("liqiang", his), new PainPointForm("护士站交班靠纸质本", null, "住院护理",
                Severity.MEDIUM, Frequency.DAILY, null, null));

        mvc.perform(post("/projects/{pid}/pain-points/{id}", his, id).with(as(users, "liqiang")).with(csrf())
                        .param("title", "护士站交班靠纸质本").param("description", "交班信息遗漏")
                        .param("affectedProcess", "住院护理").param("severity", "HIGH").param("frequency", "DAILY")
                        .param("version", "0"))
                .andExpect(flash().attribute("message", "painPoint.saved"));
        mvc.perform(post("/projects/{pid}/pain-points/{id}", his, id).with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("title", "旧表单").param("affectedProcess", "住院护理").param("severity", "LOW")
                        .param("frequency", "DAILY").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("在您编辑期间，其他人修改了此痛点")));
        assertThat(painPoints.detail(access("liqiang", his), id).severity()).isEqualTo(Severity.HIGH);

        mvc.perform(post("/projects/{pid}/pain-points/{id}/delete", his, id).with(as(users, "liqiang")).with(csrf())
                        .param("version", "1"))
                .andExpect(redirectedUrl("/projects/" + his + "/pain-points"))
                .andExpect(flash().attribute("message", "painPoint.deleted"));
        mvc.perform(get("/projects/{pid}/pain-points/{id}", his, id).with(as(users, "liqiang")))
                .andExpect(status().isNotFound());
    }
}
