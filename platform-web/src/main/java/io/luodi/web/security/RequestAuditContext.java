package io.luodi.web.security;

import io.luodi.core.audit.AuditContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/** The signed-in user and the client address of the current request, for the audit trail. */
@Component
class RequestAuditContext implements AuditContext {

    @Override
    public Optional<String> actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountUserDetails user
                ? Optional.of(user.getUsername()) : Optional.empty();
    }

    /** The address as the servlet container sees it; behind a proxy, set server.forward-headers-strategy. */
    @Override
    public Optional<String> remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest().getRemoteAddr()) : Optional.empty();
    }
}
