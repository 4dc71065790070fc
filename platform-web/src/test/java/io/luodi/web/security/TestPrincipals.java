package io.luodi.web.security;

import io.luodi.core.user.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Builds the application's own principal for tests, which sit outside the security package's privacy. */
public final class TestPrincipals {

    private TestPrincipals() {
    }

    public static Authentication authenticated(UserAccount account) {
        AccountUserDetails principal = new AccountUserDetails(account);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
