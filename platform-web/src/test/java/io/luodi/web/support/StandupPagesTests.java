package io.luodi.web.support;

import io.luodi.core.project.MemberForm;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectDetails;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectRole;
import io.luodi.core.project.ProjectStatus;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.support.standup.SectionKind;
import io.luodi.support.standup.StandupDetail;
import io.luodi.support.standup.StandupManagement;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketForm;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketType;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import io.luodi.web.security.TestPrincipals;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
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
class StandupPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData testData;
    @Autowired
    ProjectManagement projects;
    @Autowired
    ProjectAccessPolicy accessPolicy;
    @Autowired
    TicketManagement tickets;
    @Autowired
    StandupManagement standups;

    /** A project of its own per test (stand-ups are one per day), with a manager and a customer sponsor. */
    private record Hypercare(long id, UserAccount manager, UserAccount customer, ProjectAccess access) {

        RequestPostProcessor asManager() {
            return authentication(TestPrincipals.authenticated(manager));
        }

        RequestPostProcessor asCustomer() {
            return authentication(TestPrincipals.authenticated(customer));
        }

        String standups() {
            return "/projects/" + id + "/standups";
        }
    }

    private Hypercare hypercare() {
        long customerOrganisation = testData.customerOrganisation();
        UserAccount manager = testData.user(Role.PM, null);
        UserAccount customer = testData.user(Role.CUSTOMER, customerOrganisation);
        long id = projects.create(CurrentUser.of(manager), new ProjectDetails("S" + System.nanoTime() % 1_000_000_000L,
                "站会测试项目", null, customerOrganisation, SystemType.HIS, ProjectStatus.ACTIVE,
                LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(3)));
        projects.addMember(accessPolicy.requireManager(CurrentUser.of(manager), id),
                new MemberForm(customer.getId(), ProjectRole.CUSTOMER_SPONSOR));
        return new Hypercare(id, manager, customer, accessPolicy.require(CurrentUser.of(manager), id));
    }

    private long ticket(Hypercare project, String title, Severity severity) {
        return tickets.open(project.access(), new TicketForm(title, null, TicketType.INCIDENT, severity, "门诊收费",
                "PROD", null, null, null, null), List.of());
    }

    private long openToday(Hypercare project) throws Exception {
        MvcResult opened = mvc.perform(post(project.standups()).with(project.asManager()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(project.standups() + "/*"))
                .andReturn();
        String location = opened.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void openingTodaysStandUpPreFillsTheAgendaAndOpeningItAgainGoesToTheSameOne() throws Exception {
        Hypercare project = hypercare();
        ticket(project, "门诊收费系统宕机", Severity.P1);
        mvc.perform(get(project.standups()).with(project.asManager()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("开始今天的站会"), containsString("还没有站会记录"),
                        containsString("nav-standups"))));

        long id = openToday(project);

        assertThat(openToday(project)).isEqualTo(id);
        mvc.perform(get(project.standups() + "/{id}", id).with(project.asManager()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("门诊收费系统宕机"), containsString("P1 紧急"),
                        containsString("未关闭 P1/P2"), containsString("新建"), containsString("讨论记录"),
                        containsString("今日计划"), containsString("attendee-toggle"),
                        containsString(project.manager().getDisplayName()), containsString("hx-post"))));
        mvc.perform(get(project.standups()).with(project.asManager()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("继续今天的站会"), containsString("进行中"),
                        containsString(project.standups() + "/" + id))));
    }

    @Test
    void anAgendaItemSavesInPlaceAndASaveOverANewerOneKeepsWhatWasTyped() throws Exception {
        Hypercare project = hypercare();
        ticket(project, "医保结算失败", Severity.P2);
        long id = openToday(project);
        StandupDetail.ItemView item = standups.detail(project.access(), id).items().get(0);
        String itemUrl = project.standups() + "/" + id + "/items/" + item.id();

        mvc.perform(post(itemUrl).with(project.asManager()).with(csrf()).header("HX-Request", "true")
                        .header("Accept-Language", "zh-CN").param("note", "医保中心接口升级导致")
                        .param("owner", "李强").param("nextStep", "今天下午复测").param("version", String.valueOf(item.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"item-" + item.id() + "\""),
                        containsString("医保中心接口升级导致"), containsString("已保存"), not(containsString("<html")))));

        mvc.perform(post(itemUrl).with(project.asManager()).with(csrf()).header("HX-Request", "true")
                        .header("Accept-Language", "zh-CN").param("note", "网络抖动")
                        .param("version", String.valueOf(item.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("其他人刚刚保存了此议程项"), containsString("网络抖动"),
                        containsString("医保中心接口升级导致"), not(containsString("已保存。")))));
        mvc.perform(post(itemUrl).with(project.asManager()).with(csrf()).header("HX-Request", "true")
                        .header("Accept-Language", "zh-CN").param("owner", "负".repeat(101))
                        .param("version", String.valueOf(item.version() + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("save-refused")));
        assertThat(standups.detail(project.access(), id).items().get(0).note()).isEqualTo("医保中心接口升级导致");

        long plan = standups.detail(project.access(), id).section(SectionKind.PLAN).version();
        mvc.perform(post(project.standups() + "/" + id + "/sections/PLAN").with(project.asManager()).with(csrf())
                        .header("HX-Request", "true").header("Accept-Language", "zh-CN")
                        .param("text", "上午巡检门诊\n下午培训收费员").param("version", String.valueOf(plan)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"section-PLAN\""), containsString("上午巡检门诊"),
                        containsString("已保存"))));
        StandupDetail.AttendeeView customer = standups.detail(project.access(), id).attendees().stream()
                .filter(a -> a.userId() == project.customer().getId()).findFirst().orElseThrow();
        mvc.perform(post(project.standups() + "/" + id + "/attendees/" + customer.id()).with(project.asManager())
                        .with(csrf()).header("HX-Request", "true").param("present", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"attendees\""), containsString("✓ " + customer.name()))));
        assertThat(standups.detail(project.access(), id).present()).extracting(StandupDetail.AttendeeView::userId)
                .containsExactlyInAnyOrder(project.manager().getId(), project.customer().getId());
    }

    @Test
    void itemsAreAddedByKeyOrAsATopicAndRemoved() throws Exception {
        Hypercare project = hypercare();
        long ticketId = ticket(project, "报表导出乱码", Severity.P4);
        long id = openToday(project);
        String key = tickets.view(project.access(), ticketId).key();
        standups.remove(project.access(), id, standups.detail(project.access(), id).items().get(0).id());

        mvc.perform(post(project.standups() + "/" + id + "/items").with(project.asManager()).with(csrf())
                        .param("ticketKey", "999"))
                .andExpect(redirectedUrl(project.standups() + "/" + id + "#add-item"))
                .andExpect(flash().attribute("error", "standup.item.unknownTicket"));
        mvc.perform(post(project.standups() + "/" + id + "/items").with(project.asManager()).with(csrf())
                        .param("ticketKey", key))
                .andExpect(flash().attribute("message", "standup.item.added"));
        mvc.perform(post(project.standups() + "/" + id + "/items").with(project.asManager()).with(csrf())
                        .param("topic", "周末值班安排"))
                .andExpect(flash().attribute("message", "standup.item.added"));
        List<StandupDetail.ItemView> items = standups.detail(project.access(), id).items();
        assertThat(items).extracting(StandupDetail.ItemView::title).containsExactly("报表导出乱码", "周末值班安排");

        mvc.perform(post(project.standups() + "/" + id + "/items/" + items.get(1).id() + "/delete")
                        .with(project.asManager()).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(""));
        assertThat(standups.detail(project.access(), id).items()).extracting(StandupDetail.ItemView::title)
                .containsExactly("报表导出乱码");
    }

    @Test
    void aFinalisedStandUpIsReadOnlyAndDownloadsAsWordNamedInTheReadersLanguage() throws Exception {
        Hypercare project = hypercare();
        ticket(project, "住院医嘱无法保存", Severity.P1);
        long id = openToday(project);
        StandupDetail.ItemView item = standups.detail(project.access(), id).items().get(0);
        String itemUrl = project.standups() + "/" + id + "/items/" + item.id();
        mvc.perform(post(itemUrl).with(project.asManager()).with(csrf()).param("note", "已回滚昨晚的补丁")
                        .param("version", String.valueOf(item.version())))
                .andExpect(redirectedUrl(project.standups() + "/" + id + "#item-" + item.id()))
                .andExpect(flash().attribute("message", "standup.saved"));

        mvc.perform(post(project.standups() + "/" + id + "/finalise").with(project.asManager()).with(csrf()))
                .andExpect(redirectedUrl(project.standups() + "/" + id))
                .andExpect(flash().attribute("message", "standup.finalised.done"));

        mvc.perform(get(project.standups() + "/" + id).with(project.asManager()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已定稿"), containsString("已回滚昨晚的补丁"),
                        not(containsString("item-form")), not(containsString("finalise-standup")))));
        mvc.perform(post(itemUrl).with(project.asManager()).with(csrf()).header("HX-Request", "true")
                        .header("Accept-Language", "zh-CN").param("note", "再改一次")
                        .param("version", String.valueOf(item.version() + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("此站会已定稿"), containsString("再改一次"))));
        assertThat(standups.detail(project.access(), id).items().get(0).note()).isEqualTo("已回滚昨晚的补丁");

        String code = projects.overview(project.access()).project().code();
        MvcResult word = mvc.perform(get(project.standups() + "/" + id + "/export.docx").with(project.asManager())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''" + code + "%20"
                        + URLEncoder.encode("每日站会", StandardCharsets.UTF_8))))
                .andReturn();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.getResponse().getContentAsByteArray()))) {
            XWPFTable agenda = document.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() == 8)
                    .findFirst().orElseThrow();
            assertThat(agenda.getRows()).hasSize(2);
            assertThat(agenda.getRow(1).getCell(1).getText()).contains("住院医嘱无法保存");
            assertThat(agenda.getRow(1).getCell(5).getText()).isEqualTo("已回滚昨晚的补丁");
        }
        mvc.perform(get(project.standups() + "/" + id + "/export.docx").with(project.asManager())
                        .header("Accept-Language", "en"))
                .andExpect(header().string("Content-Disposition", containsString(code + "%20Stand-up%20")));
    }

    @Test
    void customersGetNotFoundForStandUps() throws Exception {
        Hypercare project = hypercare();
        long id = openToday(project);

        mvc.perform(get(project.standups()).with(project.asCustomer())).andExpect(status().isNotFound());
        mvc.perform(post(project.standups()).with(project.asCustomer()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(project.standups() + "/" + id).with(project.asCustomer())).andExpect(status().isNotFound());
        mvc.perform(get(project.standups() + "/" + id + "/export.docx").with(project.asCustomer()))
                .andExpect(status().isNotFound());
        mvc.perform(post(project.standups() + "/" + id + "/items").with(project.asCustomer()).with(csrf())
                .param("topic", "偷看")).andExpect(status().isNotFound());
        mvc.perform(post(project.standups() + "/" + id + "/finalise").with(project.asCustomer()).with(csrf()))
                .andExpect(status().isNotFound());
        StandupDetail unchanged = standups.detail(project.access(), id);
        assertThat(unchanged.items()).isEmpty();
        assertThat(unchanged.finalised()).isFalse();
        mvc.perform(get("/projects/{id}/tickets", project.id()).with(project.asCustomer()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("nav-standups"))));
    }
}
