package io.luodi.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A user whose password was set by someone else (a first administrator's one-time password, a reset) sees only
 * the change-password page until they have chosen their own.
 */
@Component
public class PasswordChangeInterceptor implements HandlerInterceptor {

    public static final String CHANGE_PASSWORD_PATH = "/account/password";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountUserDetails user
                && user.isPasswordChangeRequired()
                && !request.getRequestURI().equals(request.getContextPath() + CHANGE_PASSWORD_PATH)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            return false;
        }
        return true;
    }
}
