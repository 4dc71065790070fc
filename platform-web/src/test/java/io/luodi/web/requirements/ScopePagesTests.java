package io.luodi.web.requirements;

import io.luodi.core.user.UserManagement;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.requirements.ScopeProjects.ScopeProject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;

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
class ScopePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    ScopeProjects scopeProjects;

    ScopeProject project;
    String scope;

    @BeforeEach
    void freshProject() {
        project = scopeProjects.create();
        scope = "/projects/" + project.id() + "/scope";
    }

    @Test
    void aProjectManagerWritesTheStatementAndPutsItUpForSignature() throws Exception {
        mvc.perform(get(scope).with(as(users, project.pm())).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("项目范围说明书")))
                .andExpect(content().string(containsString("id=\"edit-statement\"")))
                .andExpect(content().string(containsString("批次管理")))
                .andExpect(content().string(not(containsString("内部："))));

        writeStatement();
        mvc.perform(post(scope + "/baselines").with(as(users, project.pm())).with(csrf()))
                .andExpect(redirectedUrl(scope + "/baselines/1"))
                .andExpect(flash().attribute("message", "scope.baseline.created"));

        mvc.perform(get(scope + "/baselines/1").with(as(users, project.pm())).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("范围基线 v1")))
                .andExpect(content().string(containsString("待签署")))
                .andExpect(content().string(containsString("代表实施方签署")))
                .andExpect(content().string(containsString("上线库存与仓储模块")));
        mvc.perform(get(scope).with(as(users, project.pm())))
                .andExpect(content().string(not(containsString("id=\"edit-statement\""))))
                .andExpect(content().string(not(containsString("id=\"put-up-for-signature\""))));
    }

    @Test
    void theCustomerReadsTheStatementAndSignsForTheCustomerSide() throws Exception {
        writeStatement();
        mvc.perform(post(scope + "/baselines").with(as(users, project.pm())).with(csrf()));

        mvc.perform(get(scope).with(as(users, project.customer())).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("上线库存与仓储模块")))
                .andExpect(content().string(not(containsString("id=\"edit-statement\""))))
                .andExpect(content().string(not(containsString("内部："))));
        mvc.perform(get(scope + "/baselines/1").with(as(users, project.customer())).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("代表客户方签署")))
                .andExpect(content().string(not(containsString("id=\"withdraw-baseline\""))));
        mvc.perform(post(scope + "/baselines/1/sign").with(as(users, project.customer())).with(csrf()))
                .andExpect(flash().attribute("error", "scope.sign.confirmRequired"));
        mvc.perform(post(scope + "/baselines/1/sign").with(as(users, project.customer())).with(csrf())
                        .param("confirm", "true").param("comment", "同意"))
                .andExpect(redirectedUrl(scope + "/baselines/1"))
                .andExpect(flash().attribute("message", "scope.baseline.signed"));
        mvc.perform(post(scope + "/baselines/1/sign").with(as(users, project.pm())).with(csrf())
                        .param("confirm", "true"))
                .andExpect(flash().attribute("message", "scope.baseline.signedByBoth"));

        mvc.perform(get(scope + "/baselines/1").with(as(users, project.customer())).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("已签署")))
                .andExpect(content().string(not(containsString("id=\"sign-form\""))));
        mvc.perform(get(scope).with(as(users, project.customer())).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("v1 was signed on")));
    }

    @Test
    void consultantsReadButNeitherEditNorSignNorWithdraw() throws Exception {
        writeStatement();
        mvc.perform(post(scope + "/baselines").with(as(users, project.consultant())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(scope + "/baselines").with(as(users, project.pm())).with(csrf()));

        mvc.perform(get(scope + "/baselines/1").with(as(users, project.consultant())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"sign-form\""))));
        mvc.perform(post(scope + "/baselines/1/sign").with(as(users, project.consultant())).with(csrf())
                        .param("confirm", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post(scope + "/baselines/1/withdraw").with(as(users, project.consultant())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(scope + "/edit").with(as(users, project.consultant())))
                .andExpect(status().isForbidden());
        mvc.perform(post(scope + "/edit").with(as(users, project.customer())).with(csrf()).param("objectives", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCustomerOfAnotherOrganisationFindsNothing() throws Exception {
        writeStatement();
        mvc.perform(post(scope + "/baselines").with(as(users, project.pm())).with(csrf()));

        for (String page : new String[]{scope, scope + "/baselines/1", scope + "/compare?from=1&to=1",
                scope + "/export.docx", scope + "/baselines/1/export.docx", scope + "/edit"}) {
            mvc.perform(get(page).with(as(users, project.otherCustomer()))).andExpect(status().isNotFound());
        }
        mvc.perform(post(scope + "/baselines/1/sign").with(as(users, project.otherCustomer())).with(csrf())
                        .param("confirm", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(get(scope + "/baselines/9").with(as(users, project.pm()))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/scope", project.id()).with(as(users, "chenjing")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditComesBackWithAMessageAndKeepsTheOtherEdit() throws Exception {
        writeStatement();
        mvc.perform(post(scope + "/edit").with(as(users, project.pm())).with(csrf()).header("Accept-Language", "en")
                        .param("objectives", "别人的旧版本").param("version", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed the statement")));
        mvc.perform(get(scope).with(as(users, project.consultant())))
                .andExpect(content().string(containsString("上线库存与仓储模块")));
    }

    @Test
    void theWordDocumentDownloadsWithAChineseNameAndItsHeadings() throws Exception {
        writeStatement();

        MvcResult result = mvc.perform(get(scope + "/export.docx").with(as(users, project.customer()))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn();

        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains(java.net.URLEncoder.encode("项目范围说明书", java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                result.getResponse().getContentAsByteArray()))) {
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).startsWith("项目目标", "范围内需求", "范围外需求");
            // Cover facts, then the requirements in scope: no baseline yet, so no document control table.
            assertThat(document.getTables().get(1).getText()).contains("批次管理", "条码扫描出库")
                    .doesNotContain("供应商门户");
        }
    }

    private void writeStatement() throws Exception {
        mvc.perform(post(scope + "/edit").with(as(users, project.pm())).with(csrf())
                        .param("objectives", "上线库存与仓储模块，库存准确率达到 99%。")
                        .param("deliverables", "系统配置\n操作手册")
                        .param("milestones", "12 月 1 日上线")
                        .param("risks", "PDA 到货延迟"))
                .andExpect(redirectedUrl(scope))
                .andExpect(flash().attribute("message", "scope.statement.saved"));
    }
}
