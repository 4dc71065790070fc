package io.luodi.web.support;

import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class NotificationPagesTests {

    private static final Pattern NOTIFICATION_LINK = Pattern.compile("href=\"(/notifications/\\d+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;

    /** A new user of the HIS hospital raises a ticket that a consultant answers: two notifications for them. */
    private long answeredTicket(long his, String reporter, String title) throws Exception {
        String location = mvc.perform(multipart("/projects/{id}/tickets", his).with(as(users, reporter)).with(csrf())
                        .param("title", title).param("type", "QUESTION").param("severity", "P4"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long ticket = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(multipart("/projects/{pid}/tickets/{id}/replies", his, ticket).with(as(users, "liqiang"))
                        .with(csrf()).param("body", "已收到，今天下午回复"))
                .andExpect(status().is3xxRedirection());
        return ticket;
    }

    private UserAccount hospitalUser() {
        return testData.user(Role.CUSTOMER, users.findByUsername("chenjing").orElseThrow().getOrganisationId());
    }

    @Test
    void theBellCountsUnreadNotificationsAndTheListShowsThemNewestFirst() throws Exception {
        long his = testData.demoProjectId("HIS");
        String reporter = hospitalUser().getUsername();
        mvc.perform(get("/").with(as(users, reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"nav-notifications\""),
                        containsString("hx-get=\"/notifications/bell\""))));
        mvc.perform(get("/notifications/bell").with(as(users, reporter)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("unread-count"))));
        mvc.perform(get("/notifications").with(as(users, reporter)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("暂无通知"),
                        not(containsString("mark-all-read")))));

        answeredTicket(his, reporter, "挂号单打印不全");

        mvc.perform(get("/notifications/bell").with(as(users, reporter)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"unread-count\""), containsString(">2<"),
                        containsString("2 条未读"))));
        String page = mvc.perform(get("/notifications").with(as(users, reporter)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("李强 Li Qiang 回复了工单", "李强 Li Qiang 将工单", "“挂号单打印不全”的状态改为“已受理”",
                "全部标为已读", "notification-unread");
        assertThat(page.indexOf("的状态改为")).isLessThan(page.indexOf("回复了工单"));
    }

    @Test
    void openingANotificationMarksItReadAndLeadsToItsTicket() throws Exception {
        long his = testData.demoProjectId("HIS");
        String reporter = hospitalUser().getUsername();
        long ticket = answeredTicket(his, reporter, "自助机退款失败");
        String link = firstNotificationLink(reporter);

        mvc.perform(get(link).with(as(users, reporter)))
                .andExpect(redirectedUrl("/projects/" + his + "/tickets/" + ticket));
        mvc.perform(get("/projects/{pid}/tickets/{id}", his, ticket).with(as(users, reporter)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("自助机退款失败")));
        mvc.perform(get("/notifications/bell").with(as(users, reporter)))
                .andExpect(content().string(containsString(">1<")));

        mvc.perform(post("/notifications/read").with(as(users, reporter)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        mvc.perform(get("/notifications/bell").with(as(users, reporter)))
                .andExpect(content().string(not(containsString("unread-count"))));
        mvc.perform(get("/notifications").with(as(users, reporter)))
                .andExpect(content().string(allOf(containsString("notification-read"),
                        not(containsString("notification-unread")), not(containsString("mark-all-read")))));
    }

    @Test
    void nobodyOpensOrSeesAnotherUsersNotification() throws Exception {
        long his = testData.demoProjectId("HIS");
        String reporter = hospitalUser().getUsername();
        String colleague = hospitalUser().getUsername();
        answeredTicket(his, reporter, "检验报告无法打印");
        String link = firstNotificationLink(reporter);

        mvc.perform(get(link).with(as(users, colleague))).andExpect(status().isNotFound());
        mvc.perform(get(link).with(as(users, "liqiang"))).andExpect(status().isNotFound());
        mvc.perform(get("/notifications").with(as(users, colleague)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("检验报告无法打印"))));
        mvc.perform(post("/notifications/read").with(as(users, colleague)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/notifications/bell").with(as(users, reporter)))
                .andExpect(content().string(containsString(">2<")));
        mvc.perform(get("/notifications/{id}", Long.MAX_VALUE).with(as(users, reporter)))
                .andExpect(status().isNotFound());
    }

    private String firstNotificationLink(String username) throws Exception {
        String page = mvc.perform(get("/notifications").with(as(users, username)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = NOTIFICATION_LINK.matcher(page);
        assertThat(matcher.find()).as("a notification link").isTrue();
        return matcher.group(1);
    }
}
