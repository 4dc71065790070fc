package io.luodi.web.project;

import io.luodi.core.project.Phase;
import io.luodi.core.project.PhaseStatus;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectDetails;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectStatus;
import io.luodi.core.project.SystemType;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class ProjectPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    ProjectManagement projects;
    @Autowired
    ProjectAccessPolicy accessPolicy;
    @Autowired
    TestData testData;


    private long hospitalId() {
        return users.findByUsername("chenjing").orElseThrow().getOrganisationId();
    }

    @Test
    void aProjectManagerOpensAProjectAndBecomesItsManager() throws Exception {
        long customer = testData.customerOrganisation();
        UserAccount manager = testData.user(Role.PM, null);

        mvc.perform(post("/projects/new").with(as(users, manager.getUsername())).with(csrf())
                        .param("code", "PACS").param("name", "影像系统 PACS 上线")
                        .param("customerOrganisationId", String.valueOf(customer))
                        .param("systemType", "OTHER").param("status", "PLANNING")
                        .param("startDate", "2026-12-01").param("plannedGoLive", "2027-04-30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/projects/*"));

        ProjectSummary created = projects.visibleTo(DemoUsers.current(users, manager.getUsername())).stream()
                .filter(p -> p.code().equals("PACS")).findFirst().orElseThrow();
        assertThat(created.name()).isEqualTo("影像系统 PACS 上线");
        assertThat(accessPolicy.require(DemoUsers.current(users, manager.getUsername()), created.id()).canManage())
                .isTrue();
        mvc.perform(get("/projects/{id}", created.id()).with(as(users, manager.getUsername())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("影像系统 PACS 上线")));
    }

    @Test
    void anInvalidProjectFormComesBackWithMessagesInTheUsersLanguage() throws Exception {
        mvc.perform(post("/projects/new").with(as(users, "sunli")).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("code", "his 1").param("name", "")
                        .param("customerOrganisationId", String.valueOf(hospitalId()))
                        .param("systemType", "HIS").param("status", "ACTIVE")
                        .param("startDate", "2026-01-01").param("plannedGoLive", "2026-06-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("project", "code", "name"))
                .andExpect(content().string(containsString("必填")))
                .andExpect(content().string(containsString("以字母开头")));
    }

    @Test
    void anImpossibleDateIsAFieldErrorNotAnErrorPage() throws Exception {
        mvc.perform(post("/projects/new").with(as(users, "sunli")).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("code", "BADDATE").param("name", "Bad date")
                        .param("customerOrganisationId", String.valueOf(hospitalId()))
                        .param("systemType", "HIS").param("status", "ACTIVE")
                        .param("startDate", "2026-13-45").param("plannedGoLive", "2026-06-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("project", "startDate"))
                .andExpect(content().string(containsString("日期格式不正确")));
    }

    @Test
    void aGoLiveBeforeTheStartIsAFieldError() throws Exception {
        mvc.perform(post("/projects/new").with(as(users, "sunli")).with(csrf())
                        .param("code", "BACKWARD").param("name", "Backwards")
                        .param("customerOrganisationId", String.valueOf(hospitalId()))
                        .param("systemType", "HIS").param("status", "ACTIVE")
                        .param("startDate", "2026-06-01").param("plannedGoLive", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("project", "plannedGoLive", "project.dates.order"));
        assertThat(projects.visibleTo(DemoUsers.current(users, "admin"))).noneMatch(p -> p.code().equals("BACKWARD"));
    }

    @Test
    void aDuplicateCodeIsAFieldErrorNotAnErrorPage() throws Exception {
        mvc.perform(post("/projects/new").with(as(users, "admin")).with(csrf())
                        .param("code", "HIS").param("name", "Second HIS")
                        .param("customerOrganisationId", String.valueOf(hospitalId()))
                        .param("systemType", "HIS").param("status", "ACTIVE")
                        .param("startDate", "2026-01-01").param("plannedGoLive", "2026-06-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("project", "code", "project.code.taken"));
    }

    @Test
    void consultantsAndCustomersCannotOpenProjects() throws Exception {
        mvc.perform(get("/projects/new").with(as(users, "liqiang"))).andExpect(status().isForbidden());
        mvc.perform(get("/projects/new").with(as(users, "chenjing"))).andExpect(status().isForbidden());
    }

    @Test
    void theOverviewShowsTheSixPhasesOnATimeline() throws Exception {
        mvc.perform(get("/projects/{id}", testData.demoProjectId("HIS")).with(as(users, "liqiang"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("需求调研")))
                .andExpect(content().string(containsString("持续优化")))
                .andExpect(content().string(containsString("class=\"timeline-actual\"")));
    }

    @Test
    void aConsultantSeesButCannotChangeTheProject() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(get("/projects/{id}/edit", his).with(as(users, "liqiang"))).andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/phases/environment/complete", his).with(as(users, "liqiang")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theManagerMovesAPhaseAndAnIllegalMoveIsExplained() throws Exception {
        long lis = testData.demoProjectId("LIS");
        mvc.perform(post("/projects/{id}/phases/requirements/complete", lis).with(as(users, "sunli")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(projects.overview(accessPolicy.require(DemoUsers.current(users, "sunli"), lis))
                .phase(Phase.REQUIREMENTS).status()).isEqualTo(PhaseStatus.DONE);

        mvc.perform(post("/projects/{id}/phases/training/complete", lis).with(as(users, "sunli")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/projects/{id}/phases/training", lis).with(as(users, "sunli"))
                        .flashAttr("error", "phase.transition.illegal"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void customersDoNotSeeInternalPhaseNotes() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(get("/projects/{id}/phases/data-migration", his).with(as(users, "liqiang")))
                .andExpect(content().string(containsString("身份证号质量差")));
        mvc.perform(get("/projects/{id}/phases/data-migration", his).with(as(users, "chenjing")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("身份证号质量差"))));
    }

    @Test
    void anUnbuiltPhaseSaysSoOnItsPage() throws Exception {
        mvc.perform(get("/projects/{id}/phases/training", testData.demoProjectId("HIS")).with(as(users, "liqiang"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not available yet")));
        mvc.perform(get("/projects/{id}/phases/no-such-phase", testData.demoProjectId("HIS")).with(as(users, "liqiang")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRequirementsPhaseShowsWhereItsWorkStandsAndKeepsSurveysFromCustomers() throws Exception {
        long his = testData.demoProjectId("HIS");
        mvc.perform(get("/projects/{id}/phases/requirements", his).with(as(users, "liqiang"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"template-library-link\"")))
                .andExpect(content().string(containsString("id=\"summary-surveys\"")))
                .andExpect(content().string(containsString("id=\"summary-baseline\"")))
                .andExpect(content().string(containsString("/projects/" + his + "/surveys")));
        mvc.perform(get("/projects/{id}/phases/requirements", his).with(as(users, "chenjing")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"summary-requirements\"")))
                .andExpect(content().string(not(containsString("template-library-link"))))
                .andExpect(content().string(not(containsString("summary-surveys"))))
                .andExpect(content().string(not(containsString("/projects/" + his + "/surveys"))));
    }

    @Test
    void theManagerAddsATeamMemberFromTheRightSideOnly() throws Exception {
        long fin = testData.demoProjectId("FIN");
        UserAccount consultant = testData.user(Role.CONSULTANT, null);
        long chenJing = users.findByUsername("chenjing").orElseThrow().getId();

        mvc.perform(post("/projects/{id}/members", fin).with(as(users, "wangfang")).with(csrf())
                        .param("userId", String.valueOf(chenJing)).param("role", "CUSTOMER_KEY_USER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("member", "userId", "member.other.customer"));

        mvc.perform(post("/projects/{id}/members", fin).with(as(users, "wangfang")).with(csrf())
                        .param("userId", String.valueOf(consultant.getId())).param("role", "CUSTOMER_KEY_USER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("member", "role", "member.role.side"));

        mvc.perform(post("/projects/{id}/members", fin).with(as(users, "wangfang")).with(csrf())
                        .param("userId", String.valueOf(consultant.getId())).param("role", "CONSULTANT"))
                .andExpect(status().is3xxRedirection());
        assertThat(accessPolicy.visibleProjectIds(CurrentUser.of(consultant))).containsExactly(fin);

        mvc.perform(post("/projects/{id}/members/{user}/remove", fin, consultant.getId())
                        .with(as(users, "wangfang")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accessPolicy.visibleProjectIds(CurrentUser.of(consultant))).isEmpty();
    }

    @Test
    void aPhaseStartsOnTheDayTheManagerSaysButNotInTheFuture() throws Exception {
        long customer = testData.customerOrganisation();
        UserAccount manager = testData.user(Role.PM, null);
        long id = projects.create(CurrentUser.of(manager), new ProjectDetails("DATED", "Dated",
                null, customer, SystemType.ERP, ProjectStatus.ACTIVE,
                LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(4)));
        LocalDate lastMonday = LocalDate.now().minusDays(7);

        mvc.perform(post("/projects/{id}/phases/requirements/start", id).with(as(users, manager.getUsername()))
                        .with(csrf()).param("on", lastMonday.toString()))
                .andExpect(flash().attribute("message", "phase.started"));
        mvc.perform(post("/projects/{id}/phases/requirements/complete", id).with(as(users, manager.getUsername()))
                        .with(csrf()).param("on", LocalDate.now().plusDays(3).toString()))
                .andExpect(flash().attribute("error", "phase.date.future"));

        var phase = projects.overview(accessPolicy.require(CurrentUser.of(manager), id)).phase(Phase.REQUIREMENTS);
        assertThat(phase.actualStart()).isEqualTo(lastMonday);
        assertThat(phase.status()).isEqualTo(PhaseStatus.IN_PROGRESS);
    }
}
