package io.luodi.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleContextResolver;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * Lets a reader choose the time zone pages show times in ({@code ?tz=Europe/Berlin}), kept beside their language in
 * the same cookie. An unknown zone is ignored.
 */
class TimeZoneChangeInterceptor implements HandlerInterceptor {

    private final LocaleContextResolver resolver;

    TimeZoneChangeInterceptor(LocaleContextResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String zone = request.getParameter("tz");
        if (zone != null && !zone.isBlank()) {
            try {
                TimeZone timeZone = TimeZone.getTimeZone(ZoneId.of(zone.strip()));
                resolver.setLocaleContext(request, response,
                        new SimpleTimeZoneAwareLocaleContext(resolver.resolveLocale(request), timeZone));
            } catch (DateTimeException unknown) {
                // Keep the zone the reader had.
            }
        }
        return true;
    }
}
