package io.luodi.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Updates the session's principal after the user changed something it carries. */
@Component
public class SignedInUser {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    /** The session no longer forces a password change; the password itself is checked by the service. */
    public void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof AccountUserDetails user) {
            AccountUserDetails updated = user.withPasswordChanged();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                    updated.getAuthorities()));
            SecurityContextHolder.setContext(context);
            repository.saveContext(context, request, response);
        }
    }
}
