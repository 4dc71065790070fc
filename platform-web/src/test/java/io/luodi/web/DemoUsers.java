package io.luodi.web;

import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.luodi.web.security.TestPrincipals;

/** Signs MockMvc requests in as one of the demo accounts, with the principal the application itself builds. */
public final class DemoUsers {

    public static final String PASSWORD = "luodi-demo";

    private DemoUsers() {
    }

    public static RequestPostProcessor as(UserManagement users, String username) {
        return authentication(TestPrincipals.authenticated(users.findByUsername(username).orElseThrow()));
    }

    public static CurrentUser current(UserManagement users, String username) {
        return CurrentUser.of(users.findByUsername(username).orElseThrow());
    }
}
