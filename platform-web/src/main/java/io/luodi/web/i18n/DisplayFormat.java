package io.luodi.web.i18n;

import io.luodi.core.CoreProperties;
import io.luodi.core.web.ReaderTimeZone;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates and times as the reader's language writes them, in the reader's time zone (the platform's unless they
 * chose another). Templates call it as
 * {@code ${@fmt.date(d)}}.
 */
@Component("fmt")
public class DisplayFormat {

    private final CoreProperties properties;

    DisplayFormat(CoreProperties properties) {
        this.properties = properties;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    /** The reader's time zone, to say which zone the times on a page are in. */
    public String zone() {
        return ReaderTimeZone.current(properties.timeZone()).getId();
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(ReaderTimeZone.current(properties.timeZone())).format(instant);
    }
}
