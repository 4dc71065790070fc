package io.luodi.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Keeps a session's principal in step with the stored account: what an administrator changes (a role, an
 * organisation, disabling the user) and what the user changes (their password) takes effect at the next request,
 * not at the next login.
 */
@Component
public class SignedInUser {

    private final AccountUserDetailsService users;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedInUser(AccountUserDetailsService users) {
        this.users = users;
    }

    /**
     * Reloads the signed-in user; signs them out if they were disabled or deleted.
     *
     * @return whether a user is still signed in
     */
    public boolean refresh(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof AccountUserDetails principal)) {
            return true;
        }
        Optional<AccountUserDetails> stored = users.loadById(principal.currentUser().id())
                .filter(AccountUserDetails::isEnabled);
        if (stored.isEmpty()) {
            new SecurityContextLogoutHandler().logout(request, response, current);
            return false;
        }
        if (!principal.matches(stored.get())) {
            stored.get().eraseCredentials();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(stored.get(), null,
                    stored.get().getAuthorities()));
            SecurityContextHolder.setContext(context);
            repository.saveContext(context, request, response);
        }
        return true;
    }
}
