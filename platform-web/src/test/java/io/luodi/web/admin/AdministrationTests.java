package io.luodi.web.admin;

import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserChanges;
import io.luodi.core.user.UserManagement;
import io.luodi.web.DemoUsers;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static io.luodi.web.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class AdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    TestData testData;

    @Test
    void anAdministratorCreatesACustomerOrganisationAndAUserInIt() throws Exception {
        String code = "coop" + System.nanoTime() % 1000000;
        mvc.perform(post("/admin/organisations/new").with(as(users, "admin")).with(csrf())
                        .param("code", code).param("name", "县人民医院").param("kind", "CUSTOMER"))
                .andExpect(redirectedUrl("/admin/organisations"));
        mvc.perform(get("/admin/organisations").with(as(users, "admin")))
                .andExpect(content().string(containsString("县人民医院")));

        long organisationId = users.findByUsername("chenjing").orElseThrow().getOrganisationId();
        String username = "nurse" + System.nanoTime() % 1000000;
        mvc.perform(post("/admin/users/new").with(as(users, "admin")).with(csrf())
                        .param("username", username).param("displayName", "护士长 刘洋")
                        .param("email", "").param("role", "CUSTOMER")
                        .param("organisationId", String.valueOf(organisationId))
                        .param("initialPassword", "temporary-1"))
                .andExpect(redirectedUrl("/admin/users"));

        UserAccount created = users.findByUsername(username).orElseThrow();
        assertThat(created.getDisplayName()).isEqualTo("护士长 刘洋");
        assertThat(created.isPasswordChangeRequired()).isTrue();
    }

    @Test
    void aCustomerUserCannotBePutIntoTheImplementer() throws Exception {
        long implementer = users.findByUsername("admin").orElseThrow().getOrganisationId();
        mvc.perform(post("/admin/users/new").with(as(users, "admin")).with(csrf())
                        .param("username", "wrongside").param("displayName", "Wrong side")
                        .param("role", "CUSTOMER").param("organisationId", String.valueOf(implementer))
                        .param("initialPassword", "temporary-1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("user", "organisationId",
                        "user.role.organisation.mismatch"));
        assertThat(users.findByUsername("wrongside")).isEmpty();
    }

    @Test
    void aTakenUsernameAndAShortPasswordAreFieldErrors() throws Exception {
        long implementer = users.findByUsername("admin").orElseThrow().getOrganisationId();
        mvc.perform(post("/admin/users/new").with(as(users, "admin")).with(csrf())
                        .param("username", "WangFang").param("displayName", "Copy")
                        .param("role", "PM").param("organisationId", String.valueOf(implementer))
                        .param("initialPassword", "temporary-1"))
                .andExpect(model().attributeHasFieldErrorCode("user", "username", "user.username.taken"));
        mvc.perform(post("/admin/users/new").with(as(users, "admin")).with(csrf())
                        .param("username", "shortpw").param("displayName", "Short")
                        .param("role", "PM").param("organisationId", String.valueOf(implementer))
                        .param("initialPassword", "abc"))
                .andExpect(model().attributeHasFieldErrors("user", "initialPassword"));
    }

    @Test
    void aDisabledUserCanNoLongerSignIn() throws Exception {
        long implementer = users.findByUsername("admin").orElseThrow().getOrganisationId();
        String username = "leaver" + System.nanoTime() % 1000000;
        mvc.perform(post("/admin/users/new").with(as(users, "admin")).with(csrf())
                .param("username", username).param("displayName", "Leaver").param("role", "CONSULTANT")
                .param("organisationId", String.valueOf(implementer)).param("initialPassword", "temporary-1"));
        long id = users.findByUsername(username).orElseThrow().getId();

        mvc.perform(post("/admin/users/{id}/edit", id).with(as(users, "admin")).with(csrf())
                        .param("displayName", "Leaver").param("role", "CONSULTANT")
                        .param("organisationId", String.valueOf(implementer)).param("_enabled", "on"))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(users.get(id).isEnabled()).isFalse();
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "temporary-1")
                        .with(request -> {
                            request.setRemoteAddr("198.51.100.21");
                            return request;
                        }))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void disablingAUserEndsTheirOpenSessionAndARoleChangeAppliesAtOnce() throws Exception {
        UserAccount user = testData.user(Role.PM, null);
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .param("username", user.getUsername()).param("password", DemoUsers.PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/projects/new").session(session)).andExpect(status().isOk());

        users.update(user.getId(), new UserChanges(user.getDisplayName(), null, Role.CONSULTANT,
                user.getOrganisationId(), true));
        mvc.perform(get("/projects/new").session(session)).andExpect(status().isForbidden());

        users.update(user.getId(), new UserChanges(user.getDisplayName(), null, Role.CONSULTANT,
                user.getOrganisationId(), false));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }
}
