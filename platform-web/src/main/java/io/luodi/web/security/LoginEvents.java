package io.luodi.web.security;

import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Audits password logins and feeds the throttle. API-token requests do not pass through here. */
@Component
class LoginEvents {

    private final AuditLog audit;
    private final LoginThrottle throttle;

    LoginEvents(AuditLog audit, LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getPrincipal() instanceof AccountUserDetails user) {
            throttle.succeeded(user.getUsername());
            audit.recordSecurityEvent(AuditAction.LOGIN, user.getUsername(), "user", user.currentUser().id(),
                    null, null);
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        throttle.failed(username, address);
        audit.recordSecurityEvent(AuditAction.LOGIN_FAILED, username, "user", null, null,
                event.getException().getClass().getSimpleName());
    }
}
