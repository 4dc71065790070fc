package io.luodi.migration.engine.process;

import java.time.LocalDate;

/**
 * Excel's serial dates in the 1900 date system: 1 is 1900-01-01, and 60 is the 1900-02-29 that never was (Excel
 * keeps Lotus 1-2-3's leap-year bug), so from 61 on, serials count from 1899-12-30. A fraction is the time of day.
 */
final class ExcelSerial {

    /** 9999-12-31, the last day Excel knows. */
    static final long LAST = 2_958_465;
    private static final LocalDate BEFORE_MARCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate FROM_MARCH_1900 = LocalDate.of(1899, 12, 30);
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private ExcelSerial() {
    }

    /** A {@code LocalDate}, a {@code LocalDateTime} when there is a time of day, or null when not a serial. */
    static Object parse(String text) {
        int length = text.length();
        int point = -1;
        long days = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && point < 0 && i > 0) {
                point = i;
            } else if (c >= '0' && c <= '9') {
                if (point < 0) {
                    days = days * 10 + (c - '0');
                    if (days > LAST) {
                        return null;
                    }
                }
            } else {
                return null;
            }
        }
        if (length == 0 || days < 1 || days == 60) {
            return null;
        }
        LocalDate date = days < 60 ? BEFORE_MARCH_1900.plusDays(days) : FROM_MARCH_1900.plusDays(days);
        if (point < 0 || point == length - 1) {
            return date;
        }
        double fraction = Double.parseDouble("0" + text.substring(point));
        // Excel stores times to the millisecond; round there so 0.5 is 12:00:00 and not 11:59:59.999
        long millis = Math.round(fraction * 86_400_000d);
        if (millis == 0) {
            return date;
        }
        if (millis >= 86_400_000L) {
            return date.plusDays(1).atStartOfDay();
        }
        return date.atStartOfDay().plusNanos(millis * 1_000_000L % NANOS_PER_DAY);
    }
}
