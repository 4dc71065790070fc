package io.luodi.web.account;

import io.luodi.core.token.ApiTokenManagement;
import io.luodi.core.token.IssuedToken;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class AccountTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;
    @Autowired
    ApiTokenManagement tokens;

    @Test
    void aUserWithAnAssignedPasswordMustChooseTheirOwnBeforeAnythingElse() throws Exception {
        UserAccount account = testData.user(Role.CONSULTANT, null);
        users.resetPassword(account.getId(), "assigned-1");
        MvcResult login = mvc.perform(post("/login").with(csrf())
                        .param("username", account.getUsername()).param("password", "assigned-1"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", "assigned-1").param("newPassword", "my-own-secret")
                        .param("confirmation", "my-own-secret-typo"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("change", "confirmation",
                        "password.confirmation.mismatch"));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", "assigned-1").param("newPassword", "my-own-secret")
                        .param("confirmation", "my-own-secret"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(users.get(account.getId()).isPasswordChangeRequired()).isFalse();
    }

    @Test
    void theCurrentPasswordMustBeRight() throws Exception {
        mvc.perform(post("/account/password").with(as(users, "zhoumin")).with(csrf())
                        .param("currentPassword", "not-it").param("newPassword", "another-secret")
                        .param("confirmation", "another-secret"))
                .andExpect(model().attributeHasFieldErrorCode("change", "currentPassword", "password.current.wrong"));
    }

    @Test
    void aNewTokenIsShownOnceAndThenOnlyByItsPrefix() throws Exception {
        MvcResult created = mvc.perform(post("/account/tokens").with(as(users, "liqiang")).with(csrf())
                        .param("name", "夜间同步脚本"))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        Object issued = created.getFlashMap().get("issuedToken");
        assertThat(issued).isNotNull();
        String plain = ((IssuedToken) issued).plainToken();

        mvc.perform(get("/account").with(as(users, "liqiang")).flashAttr("issuedToken", issued))
                .andExpect(content().string(containsString(plain)));
        mvc.perform(get("/account").with(as(users, "liqiang")))
                .andExpect(content().string(containsString("夜间同步脚本")))
                .andExpect(content().string(not(containsString(plain))));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + plain))
                .andExpect(status().isOk());
    }

    @Test
    void anEmptyTokenNameIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/account/tokens").with(as(users, "liqiang")).with(csrf()).param("name", " "))
                .andExpect(redirectedUrl("/account"))
                .andExpect(result -> assertThat(result.getFlashMap().get("error")).isEqualTo("token.name.invalid"));
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() throws Exception {
        long owner = users.findByUsername("zhoumin").orElseThrow().getId();
        IssuedToken issued = tokens.issue(owner, "mine");

        mvc.perform(post("/account/tokens/{id}/revoke", issued.id()).with(as(users, "liqiang")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(tokens.authenticate(issued.plainToken())).contains(owner);
    }
}
