package io.luodi.core.web;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;

import java.time.ZoneId;

/** The time zone the current reader chose (kept with their language), or the platform's when they chose none. */
public final class ReaderTimeZone {

    private ReaderTimeZone() {
    }

    public static ZoneId current(ZoneId platformZone) {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        if (context instanceof TimeZoneAwareLocaleContext aware && aware.getTimeZone() != null) {
            return aware.getTimeZone().toZoneId();
        }
        return platformZone;
    }
}
