package io.luodi.migration.engine.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How a typed value reads as text when a text step or a text column receives it. */
final class Values {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private Values() {
    }

    static boolean isBlank(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.getNano() == 0 ? DATE_TIME.format(dateTime) : dateTime.toString().replace('T', ' ');
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }

    /** Characters as PostgreSQL counts them for {@code varchar(n)}: code points, not UTF-16 units. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
