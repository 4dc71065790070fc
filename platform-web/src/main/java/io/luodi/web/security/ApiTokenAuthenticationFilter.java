package io.luodi.web.security;

import io.luodi.core.token.ApiTokenManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <personal API token>}. The authentication
 * lives for this request only: no session is created, so the token has to come with every call. Requests that
 * carry another kind of bearer token (the monitoring webhooks' project tokens) are left to their controller.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    static final String BEARER = "Bearer ";

    private final ApiTokenManagement tokens;
    private final AccountUserDetailsService users;
    private final RequestMatcher otherTokens;

    ApiTokenAuthenticationFilter(ApiTokenManagement tokens, AccountUserDetailsService users,
                                 RequestMatcher otherTokens) {
        this.tokens = tokens;
        this.users = users;
        this.otherTokens = otherTokens;
    }

    static boolean carriesBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !carriesBearerToken(request) || otherTokens.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).trim();
        Optional<AccountUserDetails> user = tokens.authenticate(token).flatMap(users::loadById)
                .filter(AccountUserDetails::isEnabled);
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"invalid or revoked token\"}");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
