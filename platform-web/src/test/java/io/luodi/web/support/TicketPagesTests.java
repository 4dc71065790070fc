package io.luodi.web.support;

import io.luodi.core.user.UserManagement;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class TicketPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;

    private long raise(long project, String username, String title, String severity) throws Exception {
        MvcResult result = mvc.perform(multipart("/projects/{id}/tickets", project)
                        .file(new MockMultipartFile("files", "报错截图.png", "image/png", new byte[]{1, 2, 3}))
                        .with(as(users, username)).with(csrf())
                        .param("title", title).param("description", "收费窗口登录后提示无权限")
                        .param("type", "PERMISSION").param("severity", severity).param("module", "门诊收费"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/projects/*/tickets/*"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aCustomerRaisesATicketSeesItsDueTimesAndNeverTheInternalNote() throws Exception {
        long his = testData.demoProjectId("HIS");
        long ticket = raise(his, "chenjing", "门诊收费员无法登录", "P1");

        mvc.perform(post("/projects/{pid}/tickets/{id}/replies", his, ticket).with(as(users, "liqiang")).with(csrf())
                        .param("body", "内部：怀疑是角色同步脚本漏了收费组").param("internal", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/projects/{pid}/tickets/{id}/replies", his, ticket).with(as(users, "liqiang")).with(csrf())
                        .param("body", "已收到，正在排查权限配置"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/projects/{pid}/tickets/{id}", his, ticket).with(as(users, "chenjing"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("门诊收费员无法登录"), containsString("首次响应"),
                        containsString("已受理"), containsString("已收到，正在排查权限配置"), containsString("报错截图.png"),
                        containsString("7×24"), not(containsString("怀疑是角色同步脚本")), not(containsString("internal-note")),
                        not(containsString("edit-ticket")))));
        mvc.perform(get("/projects/{pid}/tickets/{id}", his, ticket).with(as(users, "liqiang")))
                .andExpect(content().string(containsString("怀疑是角色同步脚本")));
        mvc.perform(get("/tickets").with(as(users, "chenjing")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("门诊收费员无法登录")));
    }

    @Test
    void anotherOrganisationsTicketIsNotFound() throws Exception {
        long his = testData.demoProjectId("HIS");
        long ticket = raise(his, "chenjing", "医保结算失败", "P2");

        mvc.perform(get("/projects/{pid}/tickets/{id}", his, ticket).with(as(users, "zhaolei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/tickets/{id}", testData.demoProjectId("FIN"), ticket).with(as(users, "zhaolei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/tickets/{id}/attachments/{a}", his, ticket, 1).with(as(users, "zhaolei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tickets").with(as(users, "zhaolei")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("医保结算失败"))));
    }

    @Test
    void badInputGetsAMessageInTheReadersLanguage() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(multipart("/projects/{id}/tickets", his)
                        .file(new MockMultipartFile("files", "setup.exe", "application/octet-stream", new byte[]{1}))
                        .with(as(users, "chenjing")).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("title", "安装包").param("type", "QUESTION").param("severity", "P4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“setup.exe”不能作为附件")));
        mvc.perform(multipart("/projects/{id}/tickets", his).with(as(users, "chenjing")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("title", " ").param("type", "QUESTION")
                        .param("severity", "P9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void staffWorkTheTicketAndExportTheList() throws Exception {
        long his = testData.demoProjectId("HIS");
        long ticket = raise(his, "liqiang", "夜间批处理超时", "P3");
        mvc.perform(post("/projects/{pid}/tickets/{id}/status", his, ticket).with(as(users, "liqiang")).with(csrf())
                        .param("to", "WAITING_FOR_CUSTOMER").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/projects/{pid}/tickets/{id}", his, ticket).with(as(users, "wangfang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("等待客户反馈"), containsString("已暂停"))));

        MvcResult export = mvc.perform(get("/projects/{id}/tickets/export.xlsx", his).param("view", "all")
                        .with(as(users, "wangfang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            boolean found = false;
            for (int i = 1; i <= workbook.getSheetAt(0).getLastRowNum(); i++) {
                found |= "夜间批处理超时".equals(workbook.getSheetAt(0).getRow(i).getCell(1).getStringCellValue());
            }
            assertThat(found).isTrue();
        }
        mvc.perform(get("/projects/{id}/tickets", his).param("view", "breaching").param("severity", "P1")
                .with(as(users, "wangfang"))).andExpect(status().isOk());
        mvc.perform(post("/projects/{id}/tickets/filters", his).with(as(users, "wangfang")).with(csrf())
                        .param("name", "P1 紧急").param("query", "view=open&severity=P1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/projects/{id}/tickets", his).with(as(users, "wangfang")))
                .andExpect(content().string(containsString("P1 紧急")));
    }

    @Test
    void theAttachmentDownloadsUnderItsChineseName() throws Exception {
        long his = testData.demoProjectId("HIS");
        long ticket = raise(his, "chenjing", "日志附件", "P4");
        String page = mvc.perform(get("/projects/{pid}/tickets/{id}", his, ticket).with(as(users, "chenjing")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String href = page.replaceAll("(?s).*href=\"(/projects/\\d+/tickets/\\d+/attachments/\\d+)\".*", "$1");
        mvc.perform(get(href).with(as(users, "chenjing")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void theProjectManagerSetsTheHypercarePeriodAndPolicy() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(get("/projects/{id}/support/settings", his).with(as(users, "chenjing"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("保障期 SLA")));
        mvc.perform(post("/projects/{id}/support/settings", his).with(as(users, "chenjing")).with(csrf())
                        .param("customerVisibility", "OWN").param("reopenWindowDays", "7").param("atRiskPercent", "75")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/support/settings", his).with(as(users, "wangfang")).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("customerVisibility", "ORGANISATION").param("reopenWindowDays", "7")
                        .param("atRiskPercent", "75").param("hypercareStart", "2026-06-01")
                        .param("hypercareEnd", "2026-05-01").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("保障期结束日期不能早于开始日期")));
        mvc.perform(post("/projects/{id}/support/settings/policies", his).with(as(users, "wangfang")).with(csrf())
                        .param("kind", "STANDARD").param("calendarId", "1").param("version", "0")
                        .param("targets[0].severity", "P1").param("targets[0].responseHours", "4")
                        .param("targets[0].resolutionHours", "2").param("targets[0].aroundTheClock", "true")
                        .param("targets[1].severity", "P2").param("targets[1].responseHours", "8")
                        .param("targets[1].resolutionHours", "24")
                        .param("targets[2].severity", "P3").param("targets[2].responseHours", "16")
                        .param("targets[2].resolutionHours", "80")
                        .param("targets[3].severity", "P4").param("targets[3].responseHours", "32")
                        .param("targets[3].resolutionHours", "160"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(get("/projects/{id}/phases/go-live-support", his).with(as(users, "wangfang")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("summary-open-tickets")));
    }
}
