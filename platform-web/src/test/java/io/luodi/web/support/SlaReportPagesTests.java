package io.luodi.web.support;

import io.luodi.core.user.UserManagement;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class SlaReportPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;

    private long raiseAndResolve(long project, String title) throws Exception {
        MvcResult raised = mvc.perform(multipart("/projects/{id}/tickets", project)
                        .with(as(users, "chenjing")).with(csrf())
                        .param("title", title).param("type", "DEFECT").param("severity", "P1"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = raised.getResponse().getRedirectedUrl();
        long ticket = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/projects/{pid}/tickets/{id}/status", project, ticket).with(as(users, "liqiang"))
                        .with(csrf()).param("to", "RESOLVED").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        return ticket;
    }

    @Test
    void staffReadTheReportWithChartsAndTablesAndCustomersDoNotFindIt() throws Exception {
        long his = testData.demoProjectId("HIS");
        raiseAndResolve(his, "报表页测试：挂号单打印错位");

        mvc.perform(get("/projects/{id}/support/report", his).with(as(users, "wangfang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("SLA 达成率"), containsString("id=\"chart-compliance\""),
                        containsString("id=\"chart-times\""), containsString("id=\"chart-age\""),
                        containsString("<title id=\"chart-compliance-title\">各月 SLA 达成率（%）</title>"),
                        containsString("id=\"compliance-RESOLUTION\""), containsString("id=\"age-table\""),
                        containsString("chart-bar chart-series-2"), containsString("id=\"nav-report\""),
                        not(containsString("style=\"")))));

        mvc.perform(get("/projects/{id}/support/report", his).with(as(users, "chenjing")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/support/report.xlsx", his).with(as(users, "chenjing")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/tickets", his).with(as(users, "chenjing")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("nav-report"))));
    }

    @Test
    void aBackwardPeriodIsSaidOnTheFilterInTheReadersLanguage() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(get("/projects/{id}/support/report", his).with(as(users, "liqiang"))
                        .header("Accept-Language", "zh-CN").param("from", "2026-06-01").param("to", "2026-05-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("结束日期不能早于开始日期"),
                        containsString("is-invalid"), containsString("id=\"chart-compliance\""))));
        mvc.perform(get("/projects/{id}/support/report", his).with(as(users, "liqiang"))
                        .header("Accept-Language", "en").param("from", "not-a-date"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(get("/projects/{id}/support/report.xlsx", his).with(as(users, "liqiang"))
                        .param("from", "2026-06-01").param("to", "2026-05-01"))
                .andExpect(status().isConflict());
    }

    @Test
    void theExcelReportIsInTheReadersLanguageKeepsChineseAndIsAudited() throws Exception {
        long his = testData.demoProjectId("HIS");
        raiseAndResolve(his, "导出测试：医保结算单金额为零");
        long before = exports(his);

        MvcResult download = mvc.perform(get("/projects/{id}/support/report.xlsx", his)
                        .with(as(users, "wangfang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn();

        String disposition = URLDecoder.decode(download.getResponse().getHeader("Content-Disposition"),
                StandardCharsets.UTF_8);
        assertThat(disposition).contains("SLA报表-HIS-").endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("SLA达成率", "MTTA与MTTR", "未关闭工单账龄", "满意度", "期间工单");
            assertThat(workbook.getSheet("SLA达成率").getRow(0).getCell(5).getStringCellValue()).isEqualTo("达成率 %");
            Sheet tickets = workbook.getSheet("期间工单");
            assertThat(tickets.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工单");
            boolean found = false;
            for (int i = 1; i <= tickets.getLastRowNum(); i++) {
                if ("导出测试：医保结算单金额为零".equals(tickets.getRow(i).getCell(1).getStringCellValue())) {
                    found = true;
                    assertThat(tickets.getRow(i).getCell(4).getStringCellValue()).isEqualTo("已解决");
                    assertThat(tickets.getRow(i).getCell(12).getStringCellValue()).isEqualTo("达标");
                }
            }
            assertThat(found).isTrue();
            assertThat(workbook.getSheet("未关闭工单账龄").getRow(1).getCell(0).getStringCellValue()).isEqualTo("P1");
        }
        assertThat(exports(his)).isEqualTo(before + 1);
    }

    @Test
    void theGoLiveSupportPageShowsThisMonthsFiguresToStaffOnly() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(get("/projects/{id}/phases/go-live-support", his).with(as(users, "wangfang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"sla-this-month\""),
                        containsString("本月 SLA"), containsString("id=\"figure-compliance-RESPONSE\""),
                        containsString("id=\"figure-mttr\""), containsString("id=\"figure-age\""))));
        mvc.perform(get("/projects/{id}/phases/go-live-support", his).with(as(users, "chenjing")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("summary-open-tickets"),
                        not(containsString("sla-this-month")))));
    }

    private long exports(long project) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'sla_report' AND project_id = :p")
                .param("p", project).query(Long.class).single();
    }
}
