package io.luodi.web.requirements;

import io.luodi.core.user.UserManagement;
import io.luodi.requirements.TemplateLibrary;
import io.luodi.requirements.template.QuestionListFiles;
import io.luodi.requirements.template.QuestionListReader;
import io.luodi.requirements.template.TemplateSummary;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class TemplatePagesTests {

    private static final String LIST = "章节\t题号\t题目\t题型\t必填\t选项\n"
            + "一、库存\t1.1\t仓库数量\t数字\t是\t\n"
            + "\t1.2\t是否启用批次管理？\t是否\t是\t\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TemplateLibrary library;

    private long seededHisTemplate() {
        return library.summaries(DemoUsers.current(users, "admin")).stream()
                .filter(t -> t.createdBy().equals("system") && t.name().contains("HIS"))
                .mapToLong(TemplateSummary::id).findFirst().orElseThrow();
    }

    @Test
    void consultantsBrowseTheSeededTemplates() throws Exception {
        mvc.perform(get("/templates").with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("医院信息系统（HIS）需求调研表")))
                .andExpect(content().string(containsString("已发布")));
        mvc.perform(get("/templates/{id}", seededHisTemplate()).with(as(users, "liqiang")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("template-question")));
    }

    @Test
    void aProjectManagerImportsATabSeparatedListAndPublishesIt() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "库存调研.tsv", "text/tab-separated-values",
                LIST.getBytes(StandardCharsets.UTF_8));
        MvcResult imported = mvc.perform(multipart("/templates/import").file(file).with(as(users, "wangfang"))
                        .with(csrf()).param("name", "库存调研").param("systemType", "ERP"))
                .andExpect(redirectedUrlPattern("/templates/*"))
                .andReturn();
        String page = imported.getResponse().getRedirectedUrl();

        mvc.perform(get(page).with(as(users, "wangfang")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("是否启用批次管理？")))
                .andExpect(content().string(containsString("草稿")));
        mvc.perform(post(page + "/publish").with(as(users, "wangfang")).with(csrf()))
                .andExpect(flash().attribute("message", "template.published"));
    }

    @Test
    void aBrokenListIsRefusedWithEveryProblemInTheUsersLanguage() throws Exception {
        String broken = "章节\t题号\t题目\t题型\t必填\t选项\n一\t1\t题一\t下拉\t是\t\n\t2\t题二\t单选\t是\t只有一个\n";
        MockMultipartFile file = new MockMultipartFile("file", "broken.tsv", "text/plain",
                broken.getBytes(StandardCharsets.UTF_8));

        MvcResult result = mvc.perform(multipart("/templates/import").file(file).with(as(users, "wangfang"))
                        .with(csrf()).header("Accept-Language", "zh-CN").param("name", "坏清单"))
                .andExpect(redirectedUrl("/templates"))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) result.getFlashMap().get("problems");
        assertThat(problems).containsExactly("第 2 行：未知题型“下拉”，请使用：短文本、长文本、单选、多选、是否、数字、日期、评分、表格。",
                "第 3 行：第 2 题至少需要两个选项，用 | 分隔。");
    }

    @Test
    void aFileThatIsNotAQuestionListIsRefusedPolitely() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile("file", "scope.pdf", "application/pdf", new byte[]{1, 2});
        mvc.perform(multipart("/templates/import").file(pdf).with(as(users, "wangfang")).with(csrf())
                        .param("name", "x"))
                .andExpect(flash().attribute("error", "template.file.type"));
        MockMultipartFile fake = new MockMultipartFile("file", "fake.xlsx", "application/octet-stream",
                "not a workbook".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/templates/import").file(fake).with(as(users, "wangfang")).with(csrf())
                        .param("name", "x"))
                .andExpect(flash().attribute("error", "template.file.unreadable"));
        MockMultipartFile huge = new MockMultipartFile("file", "huge.tsv", "text/plain", new byte[6 << 20]);
        mvc.perform(multipart("/templates/import").file(huge).with(as(users, "wangfang")).with(csrf())
                        .param("name", "x"))
                .andExpect(flash().attribute("error", "template.file.too.large"));
        mvc.perform(get("/templates").with(as(users, "wangfang")).header("Accept-Language", "en")
                        .flashAttr("error", "template.file.too.large").flashAttr("errorArguments", new Object[]{5L}))
                .andExpect(content().string(containsString("larger than the 5 MB a question list may have")));
        MockMultipartFile gbk = new MockMultipartFile("file", "gbk.tsv", "text/plain",
                LIST.getBytes(java.nio.charset.Charset.forName("GBK")));
        mvc.perform(multipart("/templates/import").file(gbk).with(as(users, "wangfang")).with(csrf())
                        .param("name", "x"))
                .andExpect(flash().attribute("error", "template.file.encoding"));
    }

    @Test
    void theExportDownloadsAWorkbookNamedInChinese() throws Exception {
        MvcResult result = mvc.perform(get("/templates/{id}/question-list.xlsx", seededHisTemplate())
                        .with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andReturn();

        QuestionListReader.Result reread = QuestionListReader.read(QuestionListFiles.readWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray())));
        assertThat(reread.problems()).isEmpty();
        assertThat(reread.draft().questions()).hasSizeBetween(20, 40);
    }

    @Test
    void customersGetNotFoundAndConsultantsCannotImport() throws Exception {
        mvc.perform(get("/templates").with(as(users, "chenjing"))).andExpect(status().isNotFound());
        mvc.perform(get("/templates/{id}", seededHisTemplate()).with(as(users, "chenjing")))
                .andExpect(status().isNotFound());
        MockMultipartFile file = new MockMultipartFile("file", "x.tsv", "text/plain",
                LIST.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/templates/import").file(file).with(as(users, "liqiang")).with(csrf())
                        .param("name", "x"))
                .andExpect(status().isForbidden());
    }
}
