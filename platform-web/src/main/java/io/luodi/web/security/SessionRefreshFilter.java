package io.luodi.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Checks a session's user against the stored account on every request (one look-up by primary key), so a
 * disabled user is signed out at once and a changed role applies at once. Token requests load the account
 * afresh anyway and are left alone.
 */
class SessionRefreshFilter extends OncePerRequestFilter {

    private final SignedInUser signedInUser;

    SessionRefreshFilter(SignedInUser signedInUser) {
        this.signedInUser = signedInUser;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getSession(false) == null || ApiTokenAuthenticationFilter.carriesBearerToken(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (signedInUser.refresh(request, response)) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?logout");
        }
    }
}
