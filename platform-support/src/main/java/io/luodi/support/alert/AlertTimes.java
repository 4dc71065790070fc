package io.luodi.support.alert;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads the timestamps monitoring systems send. */
final class AlertTimes {

    /** Zabbix's {EVENT.DATE} {EVENT.TIME}, in the Zabbix server's local time. */
    private static final DateTimeFormatter ZABBIX = DateTimeFormatter.ofPattern("uuuu.MM.dd HH:mm:ss");

    /** Alertmanager's "no time" (Go's zero time), sent as the end of an alert that still fires. */
    private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private AlertTimes() {
    }

    /**
     * An RFC 3339 timestamp, or Zabbix's {@code yyyy.MM.dd HH:mm:ss} read in {@code zone}; {@code null} for a blank
     * value or Go's zero time.
     */
    static Instant parse(String value, ZoneId zone, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            Instant instant = OffsetDateTime.parse(text).toInstant();
            return instant.equals(GO_ZERO_TIME) ? null : instant;
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDateTime.parse(text, ZABBIX).atZone(zone).toInstant();
            } catch (DateTimeParseException notZabbix) {
                throw MalformedAlertException.invalid(field);
            }
        }
    }
}
