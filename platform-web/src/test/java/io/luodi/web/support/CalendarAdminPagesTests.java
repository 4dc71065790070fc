package io.luodi.web.support;

import io.luodi.core.user.UserManagement;
import io.luodi.web.LuodiWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static io.luodi.web.DemoUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class CalendarAdminPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;

    @Test
    void theAdministratorSeesTheSeededChinaCalendarWithItsHolidays() throws Exception {
        String list = mvc.perform(get("/admin/calendars").with(as(users, "admin")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("中国大陆工作日（北京时间）")))
                .andReturn().getResponse().getContentAsString();
        String href = list.replaceAll("(?s).*中国大陆工作日（北京时间）.*?href=\"(/admin/calendars/\\d+)\".*", "$1");
        mvc.perform(get(href).with(as(users, "admin")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("09:00-12:00, 13:30-18:00"),
                        containsString("国庆节"), containsString("调休上班日"))));
    }

    @Test
    void aCalendarIsCreatedEditedAndGetsADay() throws Exception {
        String location = mvc.perform(post("/admin/calendars").with(as(users, "admin")).with(csrf())
                        .param("name", "香港办公时间").param("zoneId", "Asia/Hong_Kong")
                        .params(week("09:00-13:00, 14:00-18:00", "09:00-18:00", "09:00-18:00", "09:00-18:00",
                                "09:00-18:00", "09:00-13:00", "")).param("version", "0"))
                .andExpect(redirectedUrlPattern("/admin/calendars/*")).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(post(location + "/days").with(as(users, "admin")).with(csrf())
                        .param("day", "2026-12-25").param("kind", "HOLIDAY").param("name", "圣诞节"))
                .andExpect(redirectedUrl(location + "#days"));
        mvc.perform(get(location).with(as(users, "admin")))
                .andExpect(content().string(allOf(containsString("Asia/Hong_Kong"), containsString("圣诞节"),
                        containsString("09:00-13:00, 14:00-18:00"))));
    }

    @Test
    void badHoursAreAnsweredOnTheFormInTheReadersLanguage() throws Exception {
        mvc.perform(post("/admin/calendars").with(as(users, "admin")).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("name", "错误日历").param("zoneId", "Asia/Shanghai")
                        .params(week("9点到12点", "", "", "", "", "", "")).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是有效的工作时段")));
        mvc.perform(get("/admin/calendars").with(as(users, "admin")))
                .andExpect(content().string(not(containsString("错误日历"))));
    }

    /** The weekly hours as the form posts them, one indexed field per weekday. */
    private static MultiValueMap<String, String> week(String... days) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        for (int i = 0; i < days.length; i++) {
            fields.add("week[" + i + "]", days[i]);
        }
        return fields;
    }

    @Test
    void onlyAdministratorsKeepCalendars() throws Exception {
        mvc.perform(get("/admin/calendars").with(as(users, "wangfang"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendars").with(as(users, "chenjing"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendars").with(as(users, "wangfang")).with(csrf())
                .param("name", "x").param("zoneId", "Asia/Shanghai")).andExpect(status().isForbidden());
    }
}
