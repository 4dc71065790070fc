package io.luodi.web.support;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.UserManagement;
import io.luodi.support.improvement.ImprovementManagement;
import io.luodi.support.improvement.ImprovementStatus;
import io.luodi.support.improvement.ImprovementSummary;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class ImprovementPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    ImprovementManagement improvements;
    @Autowired
    ProjectAccessPolicy accessPolicy;

    private ProjectAccess access(String username, long projectId) {
        return accessPolicy.require(DemoUsers.current(users, username), projectId);
    }

    private long improvement(long projectId, String title) {
        return improvements.list(access("liqiang", projectId), null, null).stream()
                .filter(i -> i.title().equals(title)).mapToLong(ImprovementSummary::id).findFirst().orElseThrow();
    }

    @Test
    void aCustomerSeesTheBacklogMostVotedFirstButNotTheInternalNoteNorTheStatusForm() throws Exception {
        long his = testData.demoProjectId("HIS");
        String list = mvc.perform(get("/projects/{id}/improvements", his).with(as(users, "chenjing"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("优化建议"), containsString("快捷操作"),
                        containsString("已计划"), containsString("客户方"), not(containsString("nav-revisits")))))
                .andReturn().getResponse().getContentAsString();
        assertThat(list.indexOf("门诊挂号界面增加快捷键")).isLessThan(list.indexOf("药房日报增加按科室汇总"));

        long approval = improvement(his, "退费审批支持移动端");
        mvc.perform(get("/projects/{pid}/improvements/{id}", his, approval).with(as(users, "chenjing")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("退费审批支持移动端"),
                        not(containsString("需评估院内移动办公平台的接口")), not(containsString("status-form")),
                        not(containsString("edit-improvement")))));
        mvc.perform(get("/projects/{pid}/improvements/{id}", his, approval).with(as(users, "liqiang")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("需评估院内移动办公平台的接口"),
                        containsString("status-form"))));
    }

    @Test
    void theBacklogFiltersByStatusAndCategory() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(get("/projects/{id}/improvements", his).param("status", "DECLINED").with(as(users, "liqiang")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("界面改为深色主题"),
                        not(containsString("门诊挂号界面增加快捷键")))));
        mvc.perform(get("/projects/{id}/improvements", his).param("category", "REPORTS").with(as(users, "liqiang")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("药房日报增加按科室汇总"),
                        not(containsString("界面改为深色主题")))));
    }

    @Test
    void aUserOfAnotherCustomerGetsNotFound() throws Exception {
        long his = testData.demoProjectId("HIS");
        long shortcuts = improvement(his, "门诊挂号界面增加快捷键");

        mvc.perform(get("/projects/{id}/improvements", his).with(as(users, "zhaolei"))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/improvements/{id}", his, shortcuts).with(as(users, "zhaolei")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/{pid}/improvements/{id}/vote", his, shortcuts).with(as(users, "zhaolei"))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/improvements/{id}", testData.demoProjectId("FIN"), shortcuts)
                .with(as(users, "wangfang"))).andExpect(status().isNotFound());
    }

    @Test
    void aCustomerRaisesAnImprovementAndVotesForItInPlace() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(post("/projects/{id}/improvements", his).with(as(users, "chenjing")).with(csrf())
                        .param("title", "住院医嘱界面支持批量停止").param("description", "查房后经常要逐条停止医嘱。")
                        .param("category", "UI_INTERACTION").param("internalNote", "客户不应能写入"))
                .andExpect(redirectedUrlPattern("/projects/" + his + "/improvements/*"));
        long id = improvement(his, "住院医嘱界面支持批量停止");
        assertThat(improvements.detail(access("liqiang", his), id).internalNote()).isNull();

        mvc.perform(post("/projects/{pid}/improvements/{id}/vote", his, id).with(as(users, "chenjing")).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("vote-" + id), containsString("voted"),
                        containsString("<span class=\"vote-count\">1</span>"), not(containsString("<html")))));
        mvc.perform(post("/projects/{pid}/improvements/{id}/vote", his, id).with(as(users, "chenjing")).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("<span class=\"vote-count\">0</span>"),
                        not(containsString("voted")))));
        mvc.perform(post("/projects/{pid}/improvements/{id}/vote", his, id).with(as(users, "liqiang")).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + his + "/improvements/" + id));
        assertThat(improvements.detail(access("chenjing", his), id).vote().votes()).isEqualTo(1);
    }

    @Test
    void onlyTheImplementerMovesTheStatusAndEveryMoveIsShownInTheHistory() throws Exception {
        long his = testData.demoProjectId("HIS");
        long id = improvements.raise(access("chenjing", his), new io.luodi.support.improvement.ImprovementForm(
                "收费日结报表增加医保分类", null, io.luodi.support.improvement.ImprovementCategory.REPORTS, null, null,
                null));

        mvc.perform(post("/projects/{pid}/improvements/{id}/status", his, id).with(as(users, "chenjing")).with(csrf())
                .param("status", "UNDER_REVIEW").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/projects/{pid}/improvements/{id}/status", his, id).with(as(users, "wangfang")).with(csrf())
                        .param("status", "UNDER_REVIEW").param("reason", "下周与财务科确认").param("version", "0"))
                .andExpect(redirectedUrl("/projects/" + his + "/improvements/" + id));
        mvc.perform(get("/projects/{pid}/improvements/{id}", his, id).with(as(users, "chenjing"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("评估中"), containsString("下周与财务科确认"),
                        containsString("status-change"))));
        assertThat(improvements.detail(access("chenjing", his), id).status()).isEqualTo(ImprovementStatus.UNDER_REVIEW);
    }

    @Test
    void badInputAndStaleFormsAnswerInTheUsersLanguage() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(post("/projects/{id}/improvements", his).with(as(users, "chenjing")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("title", " ").param("category", "REPORTS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必填。")));
        mvc.perform(post("/projects/{id}/improvements", his).with(as(users, "chenjing")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("title", "报表").param("category", "NO_SUCH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("取值无效。")));

        long id = improvements.raise(access("liqiang", his), new io.luodi.support.improvement.ImprovementForm(
                "检验结果推送到医生站", null, io.luodi.support.improvement.ImprovementCategory.OTHER, null, null, null));
        mvc.perform(post("/projects/{pid}/improvements/{id}/status", his, id).with(as(users, "wangfang")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("status", "DECLINED").param("reason", "")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写不采纳的原因。")));
        mvc.perform(post("/projects/{pid}/improvements/{id}/status", his, id).with(as(users, "wangfang")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("status", "DONE").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能改为")));
        mvc.perform(post("/projects/{pid}/improvements/{id}", his, id).with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("title", "检验结果推送").param("category", "OTHER")
                        .param("version", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("其他人修改了此优化建议")));
        mvc.perform(post("/projects/{pid}/improvements/{id}", his, id).with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "en").param("title", "检验结果推送").param("category", "OTHER")
                        .param("version", "7"))
                .andExpect(content().string(containsString("Someone changed this improvement")));
    }
}
