package io.luodi.web.support;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.UserManagement;
import io.luodi.support.revisit.RevisitDetail;
import io.luodi.support.revisit.RevisitManagement;
import io.luodi.support.revisit.RevisitSummary;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

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
class RevisitPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    RevisitManagement revisits;
    @Autowired
    ProjectAccessPolicy accessPolicy;
    @Autowired
    ProjectManagement projects;

    private ProjectAccess access(String username, long projectId) {
        return accessPolicy.require(DemoUsers.current(users, username), projectId);
    }

    private long demoPlan(long his) {
        return revisits.list(access("liqiang", his)).stream().filter(r -> r.contactPerson().equals("信息科 陈静"))
                .mapToLong(RevisitSummary::id).findFirst().orElseThrow();
    }

    private long hospital() {
        return projects.overview(access("wangfang", testData.demoProjectId("HIS"))).customerOrganisationId();
    }

    @Test
    void customersGetNotFoundForRevisitsAndTheTimeline() throws Exception {
        long his = testData.demoProjectId("HIS");
        long plan = demoPlan(his);

        mvc.perform(get("/projects/{id}/revisits", his).with(as(users, "chenjing"))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/revisits/new", his).with(as(users, "chenjing"))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/revisits/{id}", his, plan).with(as(users, "chenjing")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/{pid}/revisits/{id}/occurrences", his, plan).with(as(users, "chenjing"))
                .with(csrf()).param("occurrenceId", "1").param("heldOn", "2026-01-01"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisations/{id}/timeline", hospital()).with(as(users, "chenjing")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisations/{id}/timeline", hospital()).with(as(users, "zhaolei")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRevisitListHighlightsTheNextVisitDueAndLinksTheCustomerToItsTimeline() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(get("/projects/{id}/revisits", his).with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("信息科 陈静"), containsString("上门拜访"),
                        containsString("table-warning due-soon"), containsString("7 天内到期"),
                        containsString("/organisations/" + hospital() + "/timeline"), containsString("nav-revisits"))));
        mvc.perform(get("/projects/{pid}/revisits/{id}", his, demoPlan(his)).with(as(users, "liqiang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("第 1 次回访"), containsString("4 / 5"),
                        containsString("整理挂号快捷键需求并评估"), containsString("table-danger overdue"))));
    }

    @Test
    void aConsultantPlansARevisitRecordsItAndTicksOffAFollowUpInPlace() throws Exception {
        long his = testData.demoProjectId("HIS");
        long liQiang = users.findByUsername("liqiang").orElseThrow().getId();
        long chenJing = users.findByUsername("chenjing").orElseThrow().getId();

        mvc.perform(post("/projects/{id}/revisits", his).with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("kind", "PHONE").param("recurrence", "QUARTERLY")
                        .param("firstDueOn", "2026-01-31").param("contactPerson", "")
                        .param("ownerUserId", String.valueOf(liQiang)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必填。")));
        mvc.perform(post("/projects/{id}/revisits", his).with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("kind", "PHONE").param("recurrence", "QUARTERLY")
                        .param("firstDueOn", "2026-01-31").param("contactPerson", "财务科 王科长")
                        .param("ownerUserId", String.valueOf(chenJing)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("负责人必须是本项目实施方成员。")));
        mvc.perform(post("/projects/{id}/revisits", his).with(as(users, "liqiang")).with(csrf())
                        .param("kind", "PHONE").param("recurrence", "QUARTERLY")
                        .param("firstDueOn", "2026-01-31").param("contactPerson", "财务科 王科长")
                        .param("ownerUserId", String.valueOf(liQiang)).param("purpose", "收费日结核对"))
                .andExpect(redirectedUrlPattern("/projects/" + his + "/revisits/*"));
        long plan = revisits.list(access("liqiang", his)).stream()
                .filter(r -> r.contactPerson().equals("财务科 王科长")).mapToLong(RevisitSummary::id).findFirst()
                .orElseThrow();
        long occurrence = revisits.detail(access("liqiang", his), plan).open().id();

        mvc.perform(post("/projects/{pid}/revisits/{id}/occurrences", his, plan).with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("occurrenceId", String.valueOf(occurrence))
                        .param("heldOn", "2026-02-01").param("satisfaction", "9")
                        .param("followUps[0].text", "核对日结差异").param("followUps[0].owner", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请选择 1 到 5 分。"), containsString("必填。"),
                        containsString("核对日结差异"))));
        mvc.perform(post("/projects/{pid}/revisits/{id}/occurrences", his, plan).with(as(users, "liqiang")).with(csrf())
                        .param("occurrenceId", String.valueOf(occurrence)).param("heldOn", "2026-02-01")
                        .param("satisfaction", "3").param("notes", "日结偶有差异。")
                        .param("followUps[0].text", "核对日结差异").param("followUps[0].owner", "李强")
                        .param("followUps[0].dueOn", "2026-02-10")
                        .param("followUps[1].text", "").param("followUps[1].owner", "").param("followUps[1].dueOn", ""))
                .andExpect(redirectedUrl("/projects/" + his + "/revisits/" + plan));
        RevisitDetail held = revisits.detail(access("liqiang", his), plan);
        assertThat(held.open().dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(held.held()).singleElement().satisfies(h -> assertThat(h.followUps()).hasSize(1));

        mvc.perform(post("/projects/{pid}/revisits/{id}/occurrences", his, plan).with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("occurrenceId", String.valueOf(occurrence))
                        .param("heldOn", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此次回访已由其他人记录")));

        long followUp = held.held().get(0).followUps().get(0).id();
        mvc.perform(post("/projects/{pid}/revisits/{id}/follow-ups/{f}", his, plan, followUp)
                        .with(as(users, "liqiang")).with(csrf()).header("HX-Request", "true")
                        .header("Accept-Language", "zh-CN").param("done", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("follow-up-" + followUp),
                        containsString("重新打开"), not(containsString("<html")))));
        assertThat(revisits.detail(access("liqiang", his), plan).followUp(followUp).done()).isTrue();
    }

    @Test
    void theTimelineShowsTheCustomersRevisitsAndImprovementsToTheImplementerStaffOnItsProjects() throws Exception {
        mvc.perform(get("/organisations/{id}/timeline", hospital()).with(as(users, "liqiang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("客户关系时间线"), containsString("市第一人民医院"),
                        containsString("门诊挂号界面增加快捷键"), containsString("提出优化建议"),
                        containsString("★★★★☆"), containsString("信息科 陈静"), not(containsString("LIS ")))));
        // Zhou Min works on the hospital's LIS project only: the timeline is there, without HIS's events.
        mvc.perform(get("/organisations/{id}/timeline", hospital()).with(as(users, "zhoumin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("门诊挂号界面增加快捷键"))));
        mvc.perform(get("/organisations/{id}/timeline", hospital()).with(as(users, "admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/organisations/{id}/timeline", 999_999).with(as(users, "admin")))
                .andExpect(status().isNotFound());
    }
}
