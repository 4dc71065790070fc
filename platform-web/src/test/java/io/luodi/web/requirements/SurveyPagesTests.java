package io.luodi.web.requirements;

import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditEvent;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.audit.AuditQuery;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.survey.AnswerInput;
import io.luodi.requirements.survey.QuestionView;
import io.luodi.requirements.survey.SectionProgress;
import io.luodi.requirements.survey.StakeholderKind;
import io.luodi.requirements.survey.SurveyDetails;
import io.luodi.requirements.survey.SurveyManagement;
import io.luodi.requirements.survey.SurveyStatus;
import io.luodi.requirements.template.TemplateSummary;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import io.luodi.testsupport.LibreOffice;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

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
class SurveyPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    ProjectAccessPolicy accessPolicy;
    @Autowired
    SurveyManagement surveys;
    @Autowired
    AuditLog audit;

    long his;
    ProjectAccess liQiang;

    @BeforeEach
    void his() {
        his = testData.demoProjectId("HIS");
        liQiang = accessPolicy.require(DemoUsers.current(users, "liqiang"), his);
    }

    /** A fresh survey of the HIS project with the seeded hospital template, so tests do not share answers. */
    private long newSurvey(String group) {
        long template = surveys.templateChoices(liQiang).stream()
                .filter(t -> t.systemType() == SystemType.HIS && t.createdBy().equals("system"))
                .mapToLong(TemplateSummary::id).findFirst().orElseThrow();
        return surveys.create(liQiang, new SurveyDetails(template, StakeholderKind.BUSINESS, group,
                LocalDate.of(2026, 3, 12), "王主任（门诊部主任）", List.of(liQiang.user().id()), null));
    }

    private Map<String, QuestionView> questions(long surveyId) {
        Map<String, QuestionView> byCode = new HashMap<>();
        for (SectionProgress section : surveys.detail(liQiang, surveyId).sections()) {
            surveys.section(liQiang, surveyId, section.position()).questions().forEach(q -> byCode.put(q.code(), q));
        }
        return byCode;
    }

    private String surveyPath(long surveyId) {
        return "/projects/" + his + "/surveys/" + surveyId;
    }

    private MockHttpServletRequestBuilder saveRequest(long surveyId, long questionId, String user) {
        return saveRequest(surveyId, questionId, user, "zh-CN");
    }

    private MockHttpServletRequestBuilder saveRequest(long surveyId, long questionId, String user, String language) {
        return post(surveyPath(surveyId) + "/answers/" + questionId).with(as(users, user)).with(csrf())
                .header("HX-Request", "true").header("Accept-Language", language);
    }

    @Test
    void theListShowsEachSurveyWithItsProgressAndTheStakeholderKindsNotSurveyedYet() throws Exception {
        long id = newSurvey("药剂科");
        surveys.saveAnswer(liQiang, id, questions(id).get("3.1").id(), AnswerInput.of(null, "是"));

        mvc.perform(get("/projects/{p}/surveys", his).with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("药剂科"), containsString("业务部门"),
                        containsString("医院信息系统（HIS）需求调研表 v1"), containsString("李强 Li Qiang"),
                        containsString("1 / 20"), containsString("进行中"),
                        containsString("data-kind=\"LEADERSHIP\""), containsString("尚未调研"),
                        containsString("href=\"/projects/" + his + "/surveys/new\""))));
    }

    @Test
    void customersAndOtherCustomersGetNotFoundOnEverySurveyAddress() throws Exception {
        long id = newSurvey("检验科");
        long question = questions(id).get("1.4").id();
        for (String customer : List.of("chenjing", "zhaolei")) {
            for (String path : List.of("", "/new", "/" + id, "/" + id + "/edit", "/" + id + "/sections/1",
                    "/" + id + "/answers/" + question, "/" + id + "/results.xlsx", "/" + id + "/results.docx", "/answers.xlsx")) {
                mvc.perform(get("/projects/{p}/surveys" + path, his).with(as(users, customer)))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(saveRequest(id, question, customer).param("value", "x")).andExpect(status().isNotFound());
            mvc.perform(post("/projects/{p}/surveys/{s}/complete", his, id).with(as(users, customer)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        // wangfang manages FIN too, but this survey is not one of FIN's.
        mvc.perform(get("/projects/{p}/surveys/{s}", testData.demoProjectId("FIN"), id).with(as(users, "wangfang")))
                .andExpect(status().isNotFound());
        assertThat(surveys.question(liQiang, id, question).answer().exists()).isFalse();
    }

    @Test
    void theProjectsAnswersExportAsOneSheetEachRowNamingItsSurvey() throws Exception {
        long id = newSurvey("药剂科");
        surveys.saveAnswer(liQiang, id, questions(id).get("1.4").id(), AnswerInput.of(null, "药房自动化"));

        MvcResult result = mvc.perform(get("/projects/{p}/surveys/answers.xlsx", his).with(as(users, "liqiang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(java.net.URLEncoder.encode(
                        "HIS-调研答案.xlsx", java.nio.charset.StandardCharsets.UTF_8))))
                .andReturn();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(StreamSupport.stream(sheet.getRow(0).spliterator(), false).map(Cell::getStringCellValue))
                    .containsExactly("调研", "章节", "题号", "题目", "题型", "答案", "备注", "回答记录人", "记录日期");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(StreamSupport.stream(sheet.spliterator(), false)
                    .filter(row -> row.getCell(0).getStringCellValue().startsWith("药剂科"))
                    .map(row -> row.getCell(5) == null ? "" : row.getCell(5).getStringCellValue()))
                    .contains("药房自动化");
            assertThat(StreamSupport.stream(sheet.spliterator(), false)
                    .map(row -> row.getCell(0).getStringCellValue())).anyMatch(label -> label.startsWith("信息科"));
        }
        LibreOffice.Rendering opened = LibreOffice.render(result.getResponse().getContentAsByteArray(), "调研答案.xlsx");
        assertThat(opened.text()).contains("药剂科", "药房自动化");
    }

    @Test
    void aSurveyIsCreatedWithItsParticularsAndRefusedWithoutGroupOrConductors() throws Exception {
        mvc.perform(get("/projects/{p}/surveys/new", his).with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("医院信息系统（HIS）需求调研表"),
                        containsString("客户信息部门"), containsString("王芳 Wang Fang"))));
        long template = surveys.templateChoices(liQiang).get(0).id();

        mvc.perform(post("/projects/{p}/surveys", his).with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "zh-CN").param("templateId", String.valueOf(template))
                        .param("stakeholderKind", "LEADERSHIP").param("stakeholderGroup", " ")
                        .param("surveyDate", "2026-03-20"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写群体名称"),
                        containsString("请选择负责本次调研的人员"))));

        MvcResult created = mvc.perform(post("/projects/{p}/surveys", his).with(as(users, "liqiang")).with(csrf())
                        .param("templateId", String.valueOf(template)).param("stakeholderKind", "LEADERSHIP")
                        .param("stakeholderGroup", "院办").param("surveyDate", "2026-03-20")
                        .param("participants", "刘院长、周副院长")
                        .param("conductorIds", String.valueOf(liQiang.user().id())))
                .andExpect(redirectedUrlPattern("/projects/" + his + "/surveys/*/sections/1"))
                .andReturn();
        String section = created.getResponse().getRedirectedUrl();
        mvc.perform(get(section.replace("/sections/1", "")).with(as(users, "wangfang")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("院办"), containsString("领导层"),
                        containsString("刘院长、周副院长"), containsString("进行中"))));
    }

    @Test
    void theParticularsAreEditedAndAnEditBasedOnAnOldVersionIsRefused() throws Exception {
        long id = newSurvey("护理部");
        mvc.perform(get(surveyPath(id) + "/edit").with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"护理部\""),
                        containsString("模板保持为答案所对应的那个版本"), containsString("name=\"version\" value=\"0\""))));

        mvc.perform(post(surveyPath(id) + "/edit").with(as(users, "liqiang")).with(csrf())
                        .param("stakeholderKind", "BUSINESS").param("stakeholderGroup", "护理部（门诊护理）")
                        .param("surveyDate", "2026-03-13").param("participants", "李护士长")
                        .param("conductorIds", String.valueOf(liQiang.user().id()))
                        .param("conductorIds", String.valueOf(users.findByUsername("wangfang").orElseThrow().getId()))
                        .param("version", "0"))
                .andExpect(redirectedUrl(surveyPath(id)))
                .andExpect(flash().attribute("message", "survey.saved"));
        assertThat(surveys.detail(liQiang, id).header().conductorNames()).containsExactly("李强 Li Qiang", "王芳 Wang Fang");

        mvc.perform(post(surveyPath(id) + "/edit").with(as(users, "wangfang")).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("stakeholderKind", "BUSINESS").param("stakeholderGroup", "护理部")
                        .param("surveyDate", "2026-03-13").param("conductorIds", String.valueOf(liQiang.user().id()))
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("这份调研刚被其他人修改过")));
        assertThat(surveys.detail(liQiang, id).header().stakeholderGroup()).isEqualTo("护理部（门诊护理）");
    }

    @Test
    void theFieldworkPageOffersEveryQuestionTypeWithBoundLabelsAndHidesUnmetConditions() throws Exception {
        long id = newSurvey("信息科");
        Map<String, QuestionView> q = questions(id);

        String first = mvc.perform(get(surveyPath(id) + "/sections/1").with(as(users, "liqiang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String third = mvc.perform(get(surveyPath(id) + "/sections/3").with(as(users, "liqiang")))
                .andReturn().getResponse().getContentAsString();
        String fifth = mvc.perform(get(surveyPath(id) + "/sections/5").with(as(users, "liqiang")))
                .andReturn().getResponse().getContentAsString();

        assertThat(first).contains("<label class=\"form-label question-text\" for=\"value-" + q.get("1.4").id() + "\"")
                .contains("id=\"value-" + q.get("1.2").id() + "\"", "inputmode=\"decimal\"", ">床<")
                .contains("type=\"radio\" class=\"btn-check\" name=\"value\" value=\"三级甲等\"")
                .contains("hx-post=\"/projects/" + his + "/surveys/" + id + "/answers/" + q.get("1.4").id() + "\"")
                .contains("hx-trigger=\"change, input delay:800ms, retry\"")
                .contains("id=\"next-section\"", "/js/survey-fieldwork.js", "id=\"connection-banner\"")
                .doesNotContain("id=\"previous-section\"");
        assertThat(first).as("1.6 is asked only if 1.5 is 是")
                .containsPattern("id=\"question-" + q.get("1.6").id() + "\"[^>]*hidden")
                .doesNotContainPattern("id=\"question-" + q.get("1.5").id() + "\"[^>]*hidden");
        assertThat(third).contains("name=\"cell\"", "for=\"cell-" + q.get("3.2").id() + "-0-1\"", "门诊西药房 · 日均处方量")
                .contains("id=\"previous-section\"");
        assertThat(fifth).contains("type=\"date\"", "非常满意", "id=\"finish-survey\"");
        mvc.perform(get(surveyPath(id) + "/sections/2").with(as(users, "liqiang")))
                .andExpect(content().string(containsString("type=\"checkbox\" class=\"btn-check\" name=\"choice\"")));
        mvc.perform(get(surveyPath(id) + "/sections/9").with(as(users, "liqiang"))).andExpect(status().isNotFound());
    }

    @Test
    void anHtmxSaveAnswersWithTheQuestionsStateAndTheProgressOutOfBand() throws Exception {
        long id = newSurvey("门诊部");
        QuestionView question = questions(id).get("2.2");

        mvc.perform(saveRequest(id, question.id(), "liqiang").param("version", "")
                        .param("choice", "微信支付").param("choice", "医保卡,社保卡")
                        .param("note", "医保卡结算只能在窗口"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("X-Survey-Answer", "refused"))
                .andExpect(content().string(containsString("“医保卡,社保卡”不是本题的选项")));

        mvc.perform(saveRequest(id, question.id(), "liqiang").param("version", "")
                        .param("choice", "微信支付").param("choice", "医保卡").param("note", "医保卡结算只能在窗口"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Survey-Answer", "saved"))
                .andExpect(content().string(allOf(containsString("id=\"state-" + question.id() + "\""),
                        containsString("data-state=\"saved\""), containsString("已保存"),
                        containsString("id=\"version-" + question.id() + "\""),
                        containsString("value=\"0\" hx-swap-oob=\"true\""),
                        containsString("id=\"section-nav\""), containsString("hx-swap-oob=\"true\""),
                        containsString("必答题已答 1 / 20"),
                        containsString("/projects/" + his + "/pain-points/new?answerId="),
                        containsString("/projects/" + his + "/requirements/new?answerId="),
                        not(containsString("name=\"choice\"")))));

        assertThat(surveys.question(liQiang, id, question.id()).answer().value().choices())
                .containsExactly("微信支付", "医保卡");
    }

    @Test
    void aNumberThatIsNotOneIsRefusedInTheUsersLanguageAndNotSaved() throws Exception {
        long id = newSurvey("住院部");
        QuestionView beds = questions(id).get("1.2");

        mvc.perform(saveRequest(id, beds.id(), "liqiang").param("version", "").param("value", "约800"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("X-Survey-Answer", "refused"))
                .andExpect(content().string(allOf(containsString("data-state=\"refused\""),
                        containsString("“约800”不是数字"), not(containsString("name=\"version\"")))));
        mvc.perform(saveRequest(id, beds.id(), "liqiang", "en").param("value", "about 800"))
                .andExpect(content().string(containsString("&quot;about 800&quot; is not a number")));

        assertThat(surveys.question(liQiang, id, beds.id()).answer().exists()).isFalse();
    }

    @Test
    void aStaleSaveShowsBothAnswersAndKeepMineSavesOverTheirs() throws Exception {
        long id = newSurvey("医务科");
        long question = questions(id).get("1.4").id();
        surveys.saveAnswer(accessPolicy.require(DemoUsers.current(users, "wangfang"), his), id, question,
                AnswerInput.of(null, "本部和东院"));

        mvc.perform(saveRequest(id, question, "liqiang").param("version", "").param("value", "三个院区"))
                .andExpect(status().isConflict())
                .andExpect(header().string("X-Survey-Answer", "conflict"))
                .andExpect(content().string(allOf(containsString("data-state=\"conflict\""),
                        containsString("王芳 Wang Fang"), containsString("本部和东院"), containsString("三个院区"),
                        containsString("保留我的"), containsString("data-version=\"0\""), containsString("采用对方的"),
                        containsString("hx-get=\"/projects/" + his + "/surveys/" + id + "/answers/" + question + "\""),
                        not(containsString("name=\"version\"")))));
        assertThat(surveys.question(liQiang, id, question).answer().value().text()).isEqualTo("本部和东院");

        mvc.perform(get(surveyPath(id) + "/answers/" + question).with(as(users, "liqiang")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"question-" + question + "\""),
                        containsString("value=\"本部和东院\""))));

        mvc.perform(saveRequest(id, question, "liqiang").param("version", "0").param("value", "三个院区"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Survey-Answer", "saved"));
        assertThat(surveys.question(liQiang, id, question).answer().value().text()).isEqualTo("三个院区");
        assertThat(surveys.question(liQiang, id, question).answer().updatedBy()).isEqualTo("liqiang");
    }

    /**
     * An interview often ends before every question is answered: completing asks for confirmation, naming how
     * many required answers are missing, rather than refusing; the confirmed request completes.
     */
    @Test
    void completingWithMissingAnswersAsksForConfirmationThenFreezesTheAnswers() throws Exception {
        long id = newSurvey("财务科");
        long question = questions(id).get("1.4").id();

        mvc.perform(post(surveyPath(id) + "/complete").with(as(users, "liqiang")).with(csrf()))
                .andExpect(redirectedUrl(surveyPath(id)))
                .andExpect(flash().attribute("confirmComplete", 20));
        assertThat(surveys.detail(liQiang, id).header().status()).isEqualTo(SurveyStatus.OPEN);
        mvc.perform(get(surveyPath(id)).with(as(users, "liqiang")).header("Accept-Language", "zh-CN")
                        .flashAttr("confirmComplete", 20))
                .andExpect(content().string(allOf(containsString("还有 20 道必答题没有回答"),
                        containsString("仍然完成"), containsString("name=\"confirmed\" value=\"true\""))));

        mvc.perform(post(surveyPath(id) + "/complete").with(as(users, "liqiang")).with(csrf()).param("confirmed", "true"))
                .andExpect(flash().attribute("message", "survey.completed"));
        mvc.perform(get(surveyPath(id) + "/sections/1").with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("id=\"survey-readonly\""),
                        containsString("<fieldset class=\"answer-inputs\" disabled"), not(containsString("hx-post=")))));
        mvc.perform(saveRequest(id, question, "liqiang").param("value", "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("这份调研已完成")));

        mvc.perform(post(surveyPath(id) + "/reopen").with(as(users, "wangfang")).with(csrf()))
                .andExpect(flash().attribute("message", "survey.reopened"));
        assertThat(surveys.detail(liQiang, id).header().status()).isEqualTo(SurveyStatus.OPEN);
    }

    @Test
    void theExcelExportReadsBackWithChineseIntactFormulasAsTextAndRealDates() throws Exception {
        long id = newSurvey("门诊部/收费处");
        Map<String, QuestionView> q = questions(id);
        surveys.saveAnswer(liQiang, id, q.get("1.4").id(), AnswerInput.of(null, "=HYPERLINK(\"http://x\")"));
        surveys.saveAnswer(liQiang, id, q.get("1.2").id(), AnswerInput.of(null, "1200").withNote("含东院 300 床"));
        surveys.saveAnswer(liQiang, id, q.get("1.5").id(), AnswerInput.of(null, "否"));
        surveys.saveAnswer(liQiang, id, q.get("3.2").id(), AnswerInput.grid(null, List.of("8:00-17:00", "1200", "是",
                "", "", "", "", "", "", "", "", "", "", "", "")));

        MvcResult result = mvc.perform(get(surveyPath(id) + "/results.xlsx").with(as(users, "liqiang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andExpect(header().string("Content-Disposition", containsString(
                        java.net.URLEncoder.encode("调研结果-门诊部_收费处-2026-03-12.xlsx", java.nio.charset.StandardCharsets.UTF_8))))
                .andReturn();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("门诊部 收费处 2026-03-12");
            assertThat(StreamSupport.stream(sheet.getRow(0).spliterator(), false).map(Cell::getStringCellValue))
                    .containsExactly("章节", "题号", "题目", "题型", "答案", "备注", "回答记录人", "记录日期");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:H");
            Map<String, Row> rows = new HashMap<>();
            sheet.forEach(row -> rows.put(row.getCell(1).getStringCellValue(), row));
            assertThat(rows).containsKeys("1.1", "5.4").doesNotContainKey("1.6");

            Row formula = rows.get("1.4");
            assertThat(formula.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(4).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(formula.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(rows.get("1.2").getCell(0).getStringCellValue()).isEqualTo("一、医院概况（信息科）");
            assertThat(rows.get("1.2").getCell(3).getStringCellValue()).isEqualTo("数字");
            assertThat(rows.get("1.2").getCell(4).getStringCellValue()).isEqualTo("1200 床");
            assertThat(rows.get("1.2").getCell(5).getStringCellValue()).isEqualTo("含东院 300 床");
            assertThat(rows.get("1.2").getCell(6).getStringCellValue()).isEqualTo("李强 Li Qiang");
            Cell answeredAt = rows.get("1.2").getCell(7);
            assertThat(answeredAt.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(answeredAt)).isTrue();
            assertThat(rows.get("1.5").getCell(4).getStringCellValue()).isEqualTo("否");
            assertThat(rows.get("3.2").getCell(4).getStringCellValue())
                    .isEqualTo("门诊西药房: 服务时间=8:00-17:00; 日均处方量=1200; 是否使用自动发药机=是");
            assertThat(rows.get("1.1").getCell(4)).satisfiesAnyOf(c -> assertThat(c).isNull(),
                    c -> assertThat(c.getStringCellValue()).isEmpty());
        }
        assertExported(id, "Excel");

        LibreOffice.Rendering opened = LibreOffice.render(result.getResponse().getContentAsByteArray(), "调研结果.xlsx");
        assertThat(opened.text()).contains("院区数量及分布", "=HYPERLINK(\"http://x\")", "1200 床");
        assertThat(opened.usesCjkFont()).as("fonts %s", opened.fonts()).isTrue();
    }

    private void assertExported(long surveyId, String format) {
        List<AuditEvent> exports = audit.search(new AuditQuery(AuditAction.EXPORT, his, "liqiang"), 0, 50).getContent();
        assertThat(exports).anySatisfy(e -> {
            assertThat(e.getEntityType()).isEqualTo("survey");
            assertThat(e.getEntityId()).isEqualTo(String.valueOf(surveyId));
            assertThat(e.getDetail()).contains(format);
        });
    }

    @Test
    void theWordExportHasACoverAChapterPerSectionAndOpensWithChineseInACjkFont() throws Exception {
        long id = newSurvey("门诊部");
        Map<String, QuestionView> q = questions(id);
        surveys.saveAnswer(liQiang, id, q.get("1.4").id(), AnswerInput.of(null, "=HYPERLINK(\"http://x\")"));
        surveys.saveAnswer(liQiang, id, q.get("2.3").id(), AnswerInput.of(null, "缴费排队最长\n高峰 40 分钟")
                .withNote("周一上午"));
        surveys.saveAnswer(liQiang, id, q.get("3.2").id(), AnswerInput.grid(null, List.of("8:00-17:00", "1200", "是",
                "", "", "", "24 小时", "", "", "", "", "", "", "", "")));

        MvcResult result = mvc.perform(get(surveyPath(id) + "/results.docx").with(as(users, "liqiang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''"
                        + java.net.URLEncoder.encode("调研结果-门诊部-2026-03-12.docx", java.nio.charset.StandardCharsets.UTF_8))))
                .andReturn();
        byte[] docx = result.getResponse().getContentAsByteArray();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).contains("需求调研记录", "门诊部 · 业务部门");
            assertThat(document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText))
                    .containsExactly("医院概况（信息科）", "门诊业务（门诊部、收费处）", "住院与药房（医务科、药剂科）",
                            "医保与接口（信息科、医保办）", "上线与培训（院领导、信息科）", "尚未回答的必答题");
            XWPFTable cover = document.getTables().get(0);
            assertThat(cover.getText()).contains("王主任（门诊部主任）", "李强 Li Qiang", "必答题已答 3 / 20");
            String answers = document.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
            assertThat(answers).contains("=HYPERLINK(\"http://x\")", "缴费排队最长", "周一上午",
                    "门诊西药房: 服务时间=8:00-17:00; 日均处方量=1200; 是否使用自动发药机=是", "住院药房: 服务时间=24 小时",
                    "未回答");
            assertThat(answers).as("1.6 is not asked and has no answer").doesNotContain("各院区之间的网络连接方式");
        }
        assertExported(id, "Word");

        LibreOffice.Rendering opened = LibreOffice.render(docx, "调研结果.docx");
        assertThat(opened.text()).contains("需求调研记录", "院区数量及分布", "缴费排队最长", "=HYPERLINK");
        assertThat(opened.usesCjkFont()).as("fonts %s", opened.fonts()).isTrue();
    }

    @Test
    void anEnglishReaderGetsEnglishHeadersAndYesNo() throws Exception {
        long id = newSurvey("IT");
        surveys.saveAnswer(liQiang, id, questions(id).get("1.5").id(), AnswerInput.of(null, "是"));

        MvcResult result = mvc.perform(get(surveyPath(id) + "/results.xlsx").with(as(users, "wangfang"))
                        .header("Accept-Language", "en"))
                .andExpect(header().string("Content-Disposition", containsString("Survey%20results-IT-2026-03-12.xlsx")))
                .andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Answer");
            Row yes = StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(1).getStringCellValue().equals("1.5")).findFirst().orElseThrow();
            assertThat(yes.getCell(3).getStringCellValue()).isEqualTo("Yes / no");
            assertThat(yes.getCell(4).getStringCellValue()).isEqualTo("Yes");
        }
    }
}
