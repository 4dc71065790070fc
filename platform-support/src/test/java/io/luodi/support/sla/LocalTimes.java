package io.luodi.support.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Tests speak in local wall-clock times, as a support engineer would; the engine works in instants. */
final class LocalTimes {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private LocalTimes() {
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
