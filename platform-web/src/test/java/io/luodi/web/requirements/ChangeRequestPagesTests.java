package io.luodi.web.requirements;

import io.luodi.core.user.UserManagement;
import io.luodi.requirements.scope.ChangeItem;
import io.luodi.requirements.scope.ChangeRequestDraft;
import io.luodi.requirements.scope.ChangeRequestManagement;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.RequirementContent;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.requirements.ScopeProjects.ScopeProject;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class ChangeRequestPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    ScopeProjects scopeProjects;
    @Autowired
    ChangeRequestManagement changeRequests;

    ScopeProject project;
    String list;

    @BeforeEach
    void signedOffProject() {
        project = scopeProjects.signedOff();
        list = "/projects/" + project.id() + "/change-requests";
    }

    @Test
    void beforeSignOffThereIsNothingToRequest() throws Exception {
        ScopeProject fresh = scopeProjects.create();
        mvc.perform(get("/projects/{id}/change-requests", fresh.id()).with(as(users, fresh.pm()))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change requests start once the scope has been signed")))
                .andExpect(content().string(not(containsString("id=\"new-change-request\""))));
        mvc.perform(get("/projects/{id}/change-requests/new", fresh.id()).with(as(users, fresh.pm())))
                .andExpect(redirectedUrl("/projects/" + fresh.id() + "/change-requests"))
                .andExpect(flash().attribute("error", "changeRequest.notSignedOff"));
    }

    @Test
    void aProjectManagerRaisesARequestAndBothSidesApproveIt() throws Exception {
        long batch = scopeProjects.requirementId(project, 1);
        mvc.perform(get(list + "/new").with(as(users, project.pm())).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("基于已签署基线 v1 提出")))
                .andExpect(content().string(containsString("REQ-001 批次管理")));

        mvc.perform(post(list + "/new").with(as(users, project.pm())).with(csrf())
                        .param("title", "增加盘点功能").param("reason", "客户年底要做全盘")
                        .param("impactDays", "8").param("impactCost", "24000.00").param("impactRisk", "盘点期间停发货")
                        .param("items[0].action", "ADD").param("items[0].title", "移动盘点")
                        .param("items[0].description", "PDA 扫码盘点").param("items[0].category", "仓储")
                        .param("items[0].priority", "MUST").param("items[0].acceptanceCriteria", "盘点差异自动生成调整单")
                        .param("items[1].action", "CHANGE").param("items[1].requirementId", String.valueOf(batch))
                        .param("items[1].title", "批次管理").param("items[1].description", "入库时记录批次号、生产日期和有效期")
                        .param("items[1].category", "仓储").param("items[1].priority", "MUST")
                        .param("items[1].acceptanceCriteria", "批次管理验收通过")
                        .param("items[2].priority", "SHOULD")
                        .param("sections[0].section", "MILESTONES").param("sections[0].content", "12 月 15 日上线"))
                .andExpect(redirectedUrl(list + "/1"))
                .andExpect(flash().attribute("message", "changeRequest.submitted"));

        mvc.perform(get(list + "/1").with(as(users, project.customer())).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CR-001")))
                .andExpect(content().string(containsString("移动盘点")))
                .andExpect(content().string(containsString("<ins class=\"scope-added\">、生产日期</ins>")))
                .andExpect(content().string(containsString("<ins class=\"scope-added\">15</ins>")))
                .andExpect(content().string(containsString("代表客户方批准")));
        mvc.perform(post(list + "/1/decision").with(as(users, project.customer())).with(csrf())
                        .param("approve", "true").param("comment", "同意"))
                .andExpect(flash().attribute("message", "changeRequest.approvedBySide"));
        mvc.perform(post(list + "/1/decision").with(as(users, project.pm())).with(csrf()).param("approve", "true"))
                .andExpect(flash().attribute("message", "changeRequest.approved"));

        mvc.perform(get(list + "/1").with(as(users, project.consultant())).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("已批准")))
                .andExpect(content().string(containsString("id=\"result-baseline\"")))
                .andExpect(content().string(containsString("REQ-004")));
        mvc.perform(get("/projects/{id}/scope/compare", project.id()).param("from", "1").param("to", "2")
                        .with(as(users, project.customer())).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"table-success compare-added\" data-key=\"REQ-004\"")))
                .andExpect(content().string(containsString("data-key=\"REQ-001\"")))
                .andExpect(content().string(containsString("data-section=\"MILESTONES\"")));
        mvc.perform(get("/projects/{id}/scope/baselines/2", project.id()).with(as(users, project.customer()))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("来自 CR-001")))
                .andExpect(content().string(containsString("移动盘点")));
    }

    @Test
    void anInvalidRequestComesBackWithTheReasonAndAddingARowKeepsWhatWasTyped() throws Exception {
        long barcode = scopeProjects.requirementId(project, 2);
        mvc.perform(post(list + "/new").with(as(users, project.customer())).with(csrf())
                        .header("Accept-Language", "zh-CN").param("title", "改条码").param("reason", "原因")
                        .param("impactDays", "0").param("impactCost", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请至少添加一项需求变更或一个说明书修改")));

        mvc.perform(post(list + "/new").with(as(users, project.customer())).with(csrf()).param("addItem", "true")
                        .param("title", "改条码").param("items[0].action", "CHANGE")
                        .param("items[0].requirementId", String.valueOf(barcode)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"改条码\"")))
                .andExpect(content().string(containsString("value=\"条码扫描出库\"")))
                .andExpect(content().string(containsString("id=\"item-1\"")))
                .andExpect(content().string(not(containsString("is-invalid"))));
    }

    @Test
    void consultantsNeitherApproveNorRejectForTheImplementer() throws Exception {
        int number = raise(project.pm());

        mvc.perform(get(list + "/" + number).with(as(users, project.consultant())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"decision-form\""))));
        mvc.perform(post(list + "/" + number + "/decision").with(as(users, project.consultant())).with(csrf())
                        .param("approve", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post(list + "/" + number + "/decision").with(as(users, project.customer())).with(csrf())
                        .param("approve", "false"))
                .andExpect(flash().attribute("error", "changeRequest.reject.commentRequired"));
        mvc.perform(post(list + "/" + number + "/decision").with(as(users, project.customer())).with(csrf())
                        .param("approve", "false").param("comment", "预算不足"))
                .andExpect(flash().attribute("message", "changeRequest.rejected"));
    }

    @Test
    void theAuthorWithdrawsAndAStaleRequestIsRaisedAgain() throws Exception {
        int first = raise(project.pm());
        int second = raise(project.customer());
        mvc.perform(post(list + "/" + second + "/withdraw").with(as(users, project.pm())).with(csrf()))
                .andExpect(status().isForbidden());
        changeRequests.decide(scopeProjects.access(project, project.pm()), first, true, null);
        changeRequests.decide(scopeProjects.access(project, project.customer()), first, true, null);

        mvc.perform(get(list + "/" + second).with(as(users, project.customer())).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("CR-002 was raised against v1, but v2 has been signed since")))
                .andExpect(content().string(not(containsString("id=\"approve\""))));
        mvc.perform(post(list + "/" + second + "/decision").with(as(users, project.pm())).with(csrf())
                        .param("approve", "true"))
                .andExpect(flash().attribute("error", "changeRequest.stale"));
        mvc.perform(post(list + "/" + second + "/raise-again").with(as(users, project.customer())).with(csrf()))
                .andExpect(redirectedUrl(list + "/3"))
                .andExpect(flash().attribute("message", "changeRequest.raisedAgain"));
        mvc.perform(post(list + "/3/withdraw").with(as(users, project.customer())).with(csrf()))
                .andExpect(flash().attribute("message", "changeRequest.withdrawn"));
    }

    @Test
    void theListExportsToExcelWithRealNumbersAndDates() throws Exception {
        int number = raise(project.pm());
        changeRequests.decide(scopeProjects.access(project, project.pm()), number, true, null);

        mvc.perform(get(list).with(as(users, project.customer())).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("data-key=\"CR-001\"")))
                .andExpect(content().string(containsString("id=\"export-change-requests\"")));
        MvcResult result = mvc.perform(get(list + "/export.xlsx").with(as(users, project.customer()))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                result.getResponse().getContentAsByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("CR-001");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=加急处理");
            assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(10))).isTrue();
            assertThat(row.getCell(14).getStringCellValue()).isEqualTo("客户要求");
        }
    }

    @Test
    void aCustomerOfAnotherOrganisationFindsNothing() throws Exception {
        int number = raise(project.pm());

        for (String page : new String[]{list, list + "/new", list + "/" + number, list + "/export.xlsx"}) {
            mvc.perform(get(page).with(as(users, project.otherCustomer()))).andExpect(status().isNotFound());
        }
        mvc.perform(post(list + "/" + number + "/decision").with(as(users, project.otherCustomer())).with(csrf())
                        .param("approve", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(get(list + "/99").with(as(users, project.pm()))).andExpect(status().isNotFound());
        mvc.perform(get(list).with(as(users, "zhaolei"))).andExpect(status().isNotFound());
    }

    private int raise(String username) {
        return changeRequests.submit(scopeProjects.access(project, username), new ChangeRequestDraft("=加急处理",
                "客户要求", 3, new BigDecimal("1200"), null, List.of(ChangeItem.add(new RequirementContent(
                "库存预警", "低于安全库存时提醒", "仓储", Priority.SHOULD, null))), Map.of()));
    }
}
