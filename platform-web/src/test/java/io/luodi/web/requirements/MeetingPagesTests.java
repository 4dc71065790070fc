package io.luodi.web.requirements;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.meeting.MeetingDetail;
import io.luodi.requirements.meeting.MeetingManagement;
import io.luodi.requirements.meeting.MeetingSummary;
import io.luodi.requirements.requirement.ChangeView;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.RequirementForm;
import io.luodi.requirements.requirement.RequirementManagement;
import io.luodi.requirements.requirement.RequirementStatus;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class MeetingPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    RequirementManagement requirements;
    @Autowired
    ProjectAccessPolicy accessPolicy;

    private ProjectAccess access(String username, long projectId) {
        return accessPolicy.require(DemoUsers.current(users, username), projectId);
    }

    private long demoMeeting(long his, String title) {
        return meetings.list(access("liqiang", his)).stream().filter(m -> m.title().equals(title))
                .mapToLong(MeetingSummary::id).findFirst().orElseThrow();
    }

    @Test
    void customersReadTheMeetingsWithOverdueItemsHighlightedButCannotEdit() throws Exception {
        long his = testData.demoProjectId("HIS");
        long kickoff = demoMeeting(his, "HIS 项目启动会");

        mvc.perform(get("/projects/{id}/meetings", his).with(as(users, "chenjing")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("HIS 项目启动会"), containsString("门诊与医保需求评审会"),
                        containsString("1 项逾期"), not(containsString("new-meeting")))));
        mvc.perform(get("/projects/{pid}/meetings/{id}", his, kickoff).with(as(users, "chenjing"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("医保接口厂商工程师"), containsString("table-danger overdue"),
                        containsString("已逾期"), not(containsString("edit-meeting")), not(containsString("action-item-toggle")),
                        not(containsString("decision-create")))));
        mvc.perform(get("/projects/{pid}/meetings/{id}/edit", his, kickoff).with(as(users, "chenjing")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/meetings", his).with(as(users, "chenjing")).with(csrf())
                        .param("kind", "OTHER").param("title", "客户自己记的会").param("heldOn", "2026-03-01"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aUserOfAnotherCustomerGetsNotFound() throws Exception {
        long his = testData.demoProjectId("HIS");
        long kickoff = demoMeeting(his, "HIS 项目启动会");

        mvc.perform(get("/projects/{id}/meetings", his).with(as(users, "zhaolei"))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/meetings/{id}", his, kickoff).with(as(users, "zhaolei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/meetings/{id}/minutes.docx", his, kickoff).with(as(users, "zhaolei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/meetings/{id}", testData.demoProjectId("FIN"), kickoff)
                .with(as(users, "wangfang"))).andExpect(status().isNotFound());
    }

    @Test
    void aConsultantRecordsAMeetingWithItsRowsAndTicksOffAnActionItemInPlace() throws Exception {
        long his = testData.demoProjectId("HIS");
        long chenJing = users.findByUsername("chenjing").orElseThrow().getId();

        MvcResult result = mvc.perform(post("/projects/{id}/meetings", his).with(as(users, "liqiang")).with(csrf())
                        .param("kind", "REQUIREMENT_REVIEW").param("title", "药房需求评审会").param("heldOn", "2026-03-20")
                        .param("location", "药剂科会议室").param("agenda", "药库与药房").param("minutes", "讨论了批次管理。")
                        .param("attendees[0].side", "IMPLEMENTER").param("attendees[0].name", "李强")
                        .param("attendees[0].role", "实施顾问")
                        .param("attendees[1].side", "CUSTOMER").param("attendees[1].name", "")
                        .param("attendees[1].role", "信息科科长").param("attendees[1].userId", String.valueOf(chenJing))
                        .param("attendees[2].side", "THIRD_PARTY").param("attendees[2].name", "")
                        .param("attendees[2].role", "")
                        .param("decisions[0].text", "药库按批次效期管理")
                        .param("decisions[1].text", "")
                        .param("actionItems[0].text", "提供药品字典").param("actionItems[0].owner", "药剂科")
                        .param("actionItems[0].dueOn", LocalDate.now().plusDays(5).toString())
                        .param("actionItems[1].text", "").param("actionItems[1].owner", "")
                        .param("actionItems[1].dueOn", ""))
                .andExpect(redirectedUrlPattern("/projects/*/meetings/*"))
                .andReturn();
        String page = result.getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        MeetingDetail meeting = meetings.detail(access("liqiang", his), id);
        assertThat(meeting.attendees()).extracting(MeetingDetail.AttendeeView::name).containsExactly("李强", "陈静 Chen Jing");
        assertThat(meeting.decisions()).extracting(MeetingDetail.DecisionView::text).containsExactly("药库按批次效期管理");
        long item = meeting.actionItems().get(0).id();

        mvc.perform(post("/projects/{pid}/meetings/{id}/action-items/{item}", his, id, item).with(as(users, "liqiang"))
                        .with(csrf()).header("HX-Request", "true").header("Accept-Language", "zh-CN").param("done", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"action-item-" + item + "\""),
                        containsString("重新打开"), not(containsString("<html")))));
        assertThat(meetings.detail(access("liqiang", his), id).actionItems().get(0).done()).isTrue();

        mvc.perform(post("/projects/{id}/meetings", his).with(as(users, "liqiang")).with(csrf())
                        .param("kind", "OTHER").param("title", "").param("heldOn", "2026-03-20")
                        .param("actionItems[0].text", "没有负责人的待办"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/projects/{id}/meetings", his).with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("kind", "OTHER").param("title", "只有职务的参会人").param("heldOn", "2026-03-20")
                        .param("attendees[0].side", "CUSTOMER").param("attendees[0].role", "护士长"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写每位参会人的姓名。"),
                        containsString("value=\"护士长\""))));
    }

    @Test
    void aDecisionChangesARequirementAndTheHistoryNamesTheMeeting() throws Exception {
        long his = testData.demoProjectId("HIS");
        long review = demoMeeting(his, "门诊与医保需求评审会");
        MeetingDetail meeting = meetings.detail(access("liqiang", his), review);
        long decision = meeting.decisions().get(2).id();
        long id = requirements.create(access("liqiang", his), new RequirementForm("门诊病历打印", null, "门诊",
                Priority.COULD, RequirementStatus.PROPOSED, true, null, null, null, null, null));
        String key = requirements.detail(access("liqiang", his), id).key();

        mvc.perform(get("/projects/{pid}/meetings/{id}/decisions/{d}/change", his, review, decision)
                        .param("key", key.toLowerCase()).with(as(users, "liqiang")))
                .andExpect(redirectedUrl("/projects/" + his + "/requirements/" + id + "/edit?decisionId=" + decision));
        mvc.perform(get("/projects/{pid}/meetings/{id}/decisions/{d}/change", his, review, decision)
                        .param("key", "REQ-9999").with(as(users, "liqiang")))
                .andExpect(flash().attribute("error", "meeting.decision.unknownRequirement"));
        mvc.perform(get("/projects/{pid}/requirements/{id}/edit", his, id).param("decisionId", String.valueOf(decision))
                        .with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("本次修改依据"), containsString("异地就医直接结算延至二期"))));

        mvc.perform(post("/projects/{pid}/requirements/{id}", his, id).with(as(users, "liqiang")).with(csrf())
                        .param("title", "门诊病历打印").param("category", "门诊").param("priority", "COULD")
                        .param("status", "DEFERRED").param("inScope", "false").param("version", "0")
                        .param("sourceKind", "DECISION").param("sourceId", String.valueOf(decision)))
                .andExpect(flash().attribute("message", "requirement.saved"));

        assertThat(requirements.detail(access("liqiang", his), id).history()).extracting(ChangeView::cause)
                .containsOnly("门诊与医保需求评审会 " + meeting.heldOn() + " #3");
        mvc.perform(get("/projects/{pid}/meetings/{id}", his, review).with(as(users, "chenjing")))
                .andExpect(content().string(containsString(key)));
        mvc.perform(get("/projects/{id}/requirements/new", his).param("decisionId", String.valueOf(decision))
                        .with(as(users, "liqiang")))
                .andExpect(content().string(allOf(containsString("name=\"sourceKind\" value=\"DECISION\""),
                        containsString("异地就医直接结算延至二期"))));
    }

    @Test
    void aMeetingWhoseDecisionsNothingTracesToIsDeletedAndOneWithTracedDecisionsIsKept() throws Exception {
        long his = testData.demoProjectId("HIS");
        long review = demoMeeting(his, "门诊与医保需求评审会");
        MvcResult result = mvc.perform(post("/projects/{id}/meetings", his).with(as(users, "liqiang")).with(csrf())
                        .param("kind", "OTHER").param("title", "临时碰头会").param("heldOn", "2026-03-21")
                        .param("decisions[0].text", "下周再议"))
                .andExpect(redirectedUrlPattern("/projects/*/meetings/*")).andReturn();
        String page = result.getResponse().getRedirectedUrl();

        mvc.perform(post(page + "/delete").with(as(users, "chenjing")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/projects/{pid}/meetings/{id}/delete", his, review).with(as(users, "liqiang")).with(csrf()))
                .andExpect(flash().attribute("error", "meeting.delete.traced"));
        mvc.perform(post(page + "/delete").with(as(users, "liqiang")).with(csrf()))
                .andExpect(redirectedUrl("/projects/" + his + "/meetings"))
                .andExpect(flash().attribute("message", "meeting.deleted"));
        mvc.perform(get(page).with(as(users, "liqiang"))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/meetings/{id}", his, review).with(as(users, "liqiang")))
                .andExpect(status().isOk());
    }

    @Test
    void theMinutesDownloadAsAWordDocument() throws Exception {
        long his = testData.demoProjectId("HIS");
        long kickoff = demoMeeting(his, "HIS 项目启动会");

        MvcResult result = mvc.perform(get("/projects/{pid}/meetings/{id}/minutes.docx", his, kickoff)
                        .with(as(users, "chenjing")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", containsString(".docx")))
                .andReturn();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                result.getResponse().getContentAsByteArray()))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("HIS 项目启动会");
            assertThat(document.getTables().get(1).getText()).contains("陈静", "信息科科长", "医保接口厂商工程师");
            assertThat(document.getTables().get(3).getText()).contains("提供医保接口规范文档与测试环境", "赵工");
        }
    }
}
