package io.luodi.web.requirements;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.requirement.ChangeView;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.RequirementDetail;
import io.luodi.requirements.requirement.RequirementField;
import io.luodi.requirements.requirement.RequirementForm;
import io.luodi.requirements.requirement.RequirementManagement;
import io.luodi.requirements.requirement.RequirementStatus;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class RequirementPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    RegisterFixtures fixtures;
    @Autowired
    RequirementManagement requirements;
    @Autowired
    ProjectAccessPolicy accessPolicy;

    private ProjectAccess access(String username, long projectId) {
        return accessPolicy.require(DemoUsers.current(users, username), projectId);
    }

    private long created(MvcResult result) {
        String url = result.getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    @Test
    void theDemoRequirementsAreListedFilteredAndSearchedInChinese() throws Exception {
        long his = testData.demoProjectId("HIS");

        mvc.perform(get("/projects/{id}/requirements", his).with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("门诊挂号支持微信公众号与自助机预约"),
                        containsString("REQ-001"), containsString("id=\"bulk-form\""), containsString("requirement-select"))));
        mvc.perform(get("/projects/{id}/requirements", his).with(as(users, "liqiang")).param("q", "医保")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("国家医保平台实时结算接口"),
                        not(containsString("门诊挂号支持微信公众号与自助机预约")))));
        mvc.perform(get("/projects/{id}/requirements", his).with(as(users, "liqiang")).param("status", "REJECTED")
                        .param("sort", "priority").param("dir", "desc"))
                .andExpect(content().string(allOf(containsString("旧系统手写处方扫描归档"),
                        not(containsString("国家医保平台实时结算接口")))));
    }

    @Test
    void customersReadTheListAndPagesWithoutInternalNotesAndCannotEdit() throws Exception {
        long his = testData.demoProjectId("HIS");
        ProjectAccess staff = access("liqiang", his);
        long id = requirements.create(staff, new RequirementForm("客户可见的需求", "描述", "门诊", Priority.SHOULD,
                RequirementStatus.PROPOSED, true, null, "只给实施方看的备注", null, null, null));

        mvc.perform(get("/projects/{id}/requirements", his).with(as(users, "chenjing")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("客户可见的需求"), not(containsString("bulk-panel")),
                        not(containsString("requirement-select")), not(containsString("new-requirement")))));
        mvc.perform(get("/projects/{pid}/requirements/{id}", his, id).with(as(users, "chenjing")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("客户可见的需求"),
                        not(containsString("只给实施方看的备注")), not(containsString("internal-note")),
                        not(containsString("edit-requirement")))));
        mvc.perform(get("/projects/{pid}/requirements/{id}", his, id).with(as(users, "liqiang")))
                .andExpect(content().string(containsString("只给实施方看的备注")));
        mvc.perform(get("/projects/{pid}/requirements/{id}/edit", his, id).with(as(users, "chenjing")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{pid}/requirements/{id}", his, id).with(as(users, "chenjing")).with(csrf())
                        .param("title", "客户改的").param("priority", "MUST").param("status", "ACCEPTED")
                        .param("inScope", "true").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(requirements.detail(staff, id).fields().content().title()).isEqualTo("客户可见的需求");
    }

    @Test
    void aUserOfAnotherCustomerGetsNotFoundEverywhere() throws Exception {
        long his = testData.demoProjectId("HIS");
        long id = requirements.search(access("liqiang", his), io.luodi.requirements.requirement.RequirementQuery.all())
                .getContent().get(0).id();

        mvc.perform(get("/projects/{id}/requirements", his).with(as(users, "zhaolei"))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/requirements/{id}", his, id).with(as(users, "zhaolei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/requirements/export.xlsx", his).with(as(users, "zhaolei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/requirements/changes.xlsx", his).with(as(users, "zhaolei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{pid}/requirements/{id}", testData.demoProjectId("FIN"), id)
                .with(as(users, "wangfang"))).andExpect(status().isNotFound());
    }

    @Test
    void aConsultantRecordsAndEditsARequirementAndSeesEachChangeTranslatedInItsHistory() throws Exception {
        long his = testData.demoProjectId("HIS");
        MvcResult result = mvc.perform(post("/projects/{id}/requirements", his).with(as(users, "liqiang")).with(csrf())
                        .param("title", "手术排班与麻醉记录").param("description", "手术室排班").param("category", "手术麻醉")
                        .param("priority", "SHOULD").param("status", "PROPOSED").param("inScope", "true"))
                .andExpect(redirectedUrlPattern("/projects/*/requirements/*"))
                .andExpect(flash().attribute("message", "requirement.created"))
                .andReturn();
        long id = created(result);

        mvc.perform(post("/projects/{id}/requirements", his).with(as(users, "liqiang")).with(csrf())
                        .param("title", " ").param("priority", "SHOULD").param("status", "PROPOSED").param("inScope", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("requirement", "title"));
        mvc.perform(post("/projects/{pid}/requirements/{id}", his, id).with(as(users, "liqiang")).with(csrf())
                        .param("title", "手术排班与麻醉记录").param("description", "手术室排班").param("category", "手术麻醉")
                        .param("priority", "MUST").param("status", "ACCEPTED").param("inScope", "true")
                        .param("version", "0"))
                .andExpect(flash().attribute("message", "requirement.saved"));

        mvc.perform(get("/projects/{pid}/requirements/{id}", his, id).with(as(users, "wangfang"))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Should have"), containsString("Must have"),
                        containsString("Proposed"), containsString("Accepted"), containsString("李强 Li Qiang"))));
        mvc.perform(get("/projects/{pid}/requirements/{id}", his, id).with(as(users, "wangfang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("应该有"), containsString("必须有"),
                        containsString("已接受"))));
    }

    @Test
    void aStaleFormShowsWhyAndLosesNoUpdate() throws Exception {
        long his = testData.demoProjectId("HIS");
        ProjectAccess staff = access("liqiang", his);
        long id = requirements.create(staff, new RequirementForm("门诊输液管理", null, "门诊", Priority.COULD,
                RequirementStatus.PROPOSED, true, null, null, null, null, null));
        String key = requirements.detail(staff, id).key();
        RequirementForm loaded = requirements.detail(staff, id).toForm();
        requirements.update(access("wangfang", his), id, new RequirementForm("门诊输液配液管理", null, "门诊",
                Priority.COULD, RequirementStatus.PROPOSED, true, null, null, loaded.version(), null, null));

        mvc.perform(post("/projects/{pid}/requirements/{id}", his, id).with(as(users, "liqiang")).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("title", "门诊输液叫号").param("priority", "COULD").param("status", "PROPOSED")
                        .param("inScope", "true").param("version", String.valueOf(loaded.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("在您编辑期间，其他人修改了 " + key),
                        containsString("打开最新版本"), containsString("门诊输液叫号"))));
        assertThat(requirements.detail(staff, id).fields().content().title()).isEqualTo("门诊输液配液管理");
    }

    @Test
    void bulkEditChangesAllSelectedRequirementsOrNone() throws Exception {
        long his = testData.demoProjectId("HIS");
        ProjectAccess staff = access("liqiang", his);
        long first = requirements.create(staff, new RequirementForm("体检预约", null, "体检", Priority.COULD,
                RequirementStatus.PROPOSED, true, null, null, null, null, null));
        long second = requirements.create(staff, new RequirementForm("体检报告查询", null, "体检", Priority.COULD,
                RequirementStatus.PROPOSED, true, null, null, null, null, null));
        long foreign = requirements.create(access("wangfang", testData.demoProjectId("FIN")),
                // FIN's scope is signed (demo data): new requirements there start out of scope.
                new RequirementForm("费用报销移动审批", null, null, Priority.MUST, RequirementStatus.PROPOSED, false,
                        null, null, null, null, null));

        mvc.perform(post("/projects/{id}/requirements/bulk", his).with(as(users, "wangfang")).with(csrf())
                        .param("selected", first + ":0", foreign + ":0").param("status", "ACCEPTED"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/{id}/requirements/bulk", his).with(as(users, "wangfang")).with(csrf())
                        .param("selected", first + ":0", second + ":3").param("status", "ACCEPTED"))
                .andExpect(flash().attribute("error", "requirement.bulk.stale"));
        assertThat(requirements.detail(staff, first).history()).isEmpty();

        mvc.perform(post("/projects/{id}/requirements/bulk", his).with(as(users, "wangfang")).with(csrf())
                        .param("selected", first + ":0", second + ":0").param("status", "ACCEPTED")
                        .param("priority", "").param("scope", "out").param("category", "")
                        .param("back", "q=%E4%BD%93%E6%A3%80&page=0"))
                .andExpect(flash().attribute("message", "requirement.bulk.done"))
                .andExpect(header().string("Location", "/projects/" + his + "/requirements?q=%E4%BD%93%E6%A3%80&page=0"));

        for (long id : List.of(first, second)) {
            RequirementDetail detail = requirements.detail(staff, id);
            assertThat(detail.fields().status()).isEqualTo(RequirementStatus.ACCEPTED);
            assertThat(detail.fields().inScope()).isFalse();
            assertThat(detail.history()).extracting(ChangeView::field, ChangeView::changedBy)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(RequirementField.STATUS, "wangfang"),
                            org.assertj.core.groups.Tuple.tuple(RequirementField.IN_SCOPE, "wangfang"));
        }
        mvc.perform(post("/projects/{id}/requirements/bulk", his).with(as(users, "chenjing")).with(csrf())
                        .param("selected", first + ":2").param("status", "REJECTED"))
                .andExpect(status().isForbidden());
    }

    @Test
    void afterSignOffScopeEditsAreRefusedWithAPointerToChangeRequests() throws Exception {
        RegisterFixtures.FreshProject project = fixtures.project();
        ProjectAccess manager = accessPolicy.require(CurrentUser.of(project.manager()), project.id());
        long id = requirements.create(manager, new RequirementForm("急诊分诊", null, "急诊", Priority.MUST,
                RequirementStatus.ACCEPTED, true, null, null, null, null, null));
        fixtures.signScope(project.id());
        String pm = project.manager().getUsername();

        mvc.perform(get("/projects/{pid}/requirements/{id}/edit", project.id(), id).with(as(users, pm))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("id=\"scope-locked\""), containsString("前往变更申请"),
                        containsString("name=\"internalNote\""))));
        mvc.perform(post("/projects/{pid}/requirements/{id}", project.id(), id).with(as(users, pm)).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("title", "急诊预检分诊").param("category", "急诊").param("priority", "MUST")
                        .param("status", "ACCEPTED").param("inScope", "true").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只能通过变更申请修改，请提交变更申请")));
        mvc.perform(post("/projects/{pid}/requirements/{id}", project.id(), id).with(as(users, pm)).with(csrf())
                        .param("title", "急诊分诊").param("category", "急诊").param("priority", "MUST")
                        .param("status", "ACCEPTED").param("inScope", "true").param("version", "0")
                        .param("internalNote", "签署后补充的内部说明"))
                .andExpect(flash().attribute("message", "requirement.saved"));
        mvc.perform(post("/projects/{id}/requirements/bulk", project.id()).with(as(users, pm)).with(csrf())
                        .param("selected", id + ":1").param("priority", "COULD"))
                .andExpect(flash().attribute("error", "requirement.scope.signed.bulk"));
        mvc.perform(get("/projects/{id}/requirements/new", project.id()).with(as(users, pm)))
                .andExpect(content().string(allOf(containsString("id=\"scope-new\""),
                        containsString("name=\"inScope\" value=\"false\""))));
        assertThat(requirements.detail(manager, id).fields().content().title()).isEqualTo("急诊分诊");
        assertThat(requirements.detail(manager, id).fields().internalNote()).isEqualTo("签署后补充的内部说明");
    }

    @Test
    void aRequirementFromASurveyAnswerShowsItAsTheSourceAndAnotherProjectsAnswerIsNotFound() throws Exception {
        long his = testData.demoProjectId("HIS");
        long answer = fixtures.answer(his, "2.3", "缴费高峰排队四十分钟");
        long foreign = fixtures.answer(testData.demoProjectId("LIS"), "2.3", "别的项目");

        mvc.perform(get("/projects/{id}/requirements/new", his).param("answerId", String.valueOf(answer))
                        .with(as(users, "liqiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("缴费高峰排队四十分钟"), containsString("收费处 2026-03-12"),
                        containsString("name=\"sourceKind\" value=\"ANSWER\""))));
        mvc.perform(get("/projects/{id}/requirements/new", his).param("answerId", String.valueOf(foreign))
                .with(as(users, "liqiang"))).andExpect(status().isNotFound());

        MvcResult result = mvc.perform(post("/projects/{id}/requirements", his).with(as(users, "liqiang")).with(csrf())
                        .param("title", "诊间扫码缴费").param("priority", "MUST").param("status", "PROPOSED")
                        .param("inScope", "true").param("sourceKind", "ANSWER").param("sourceId", String.valueOf(answer)))
                .andExpect(redirectedUrlPattern("/projects/*/requirements/*")).andReturn();
        mvc.perform(get("/projects/{pid}/requirements/{id}", his, created(result)).with(as(users, "liqiang")))
                .andExpect(content().string(allOf(containsString("缴费高峰排队四十分钟"), containsString("data-kind=\"ANSWER\""))));
    }

    @Test
    void theExportsDownloadAsWorkbooksWithoutInternalNotesForCustomers() throws Exception {
        long his = testData.demoProjectId("HIS");

        MvcResult staff = mvc.perform(get("/projects/{id}/requirements/export.xlsx", his).with(as(users, "liqiang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''HIS%20"
                        + java.net.URLEncoder.encode("需求清单", java.nio.charset.StandardCharsets.UTF_8))))
                .andReturn();
        MvcResult customer = mvc.perform(get("/projects/{id}/requirements/export.xlsx", his).param("scope", "in")
                .with(as(users, "chenjing")).header("Accept-Language", "zh-CN")).andReturn();
        MvcResult changes = mvc.perform(get("/projects/{id}/requirements/changes.xlsx", his)
                .with(as(users, "chenjing")).header("Accept-Language", "zh-CN")).andReturn();

        Sheet staffSheet = sheet(staff);
        assertThat(headerRow(staffSheet)).endsWith("内部备注");
        assertThat(headerRow(sheet(customer))).doesNotContain("内部备注");
        assertThat(sheet(customer).getRow(1).getCell(6).getStringCellValue()).isEqualTo("范围内");
        assertThat(column(sheet(changes), 1)).isNotEmpty().doesNotContain("内部备注");
    }

    private static Sheet sheet(MvcResult result) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray())).getSheetAt(0);
    }

    private static List<String> headerRow(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(0);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c).getStringCellValue());
        }
        return cells;
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> cells = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            cells.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return cells;
    }
}
