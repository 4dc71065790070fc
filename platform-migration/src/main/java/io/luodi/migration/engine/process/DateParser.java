package io.luodi.migration.engine.process;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses dates and date-times trying several patterns in order; {@code excel} stands for an Excel serial number.
 * Formatters are built once. Parsing stops short of java.time's resolver, which reports an impossible date by
 * throwing: the fields are checked here instead, so a column full of bad dates stays fast.
 */
final class DateParser {

    static final String EXCEL = "excel";

    /** What a date or timestamp column accepts when the mapping has no date step: ISO, with a blank or a T. */
    static final DateParser ISO = new DateParser(List.of(
            NumericDatePattern.compile("yyyy-MM-dd"),
            NumericDatePattern.compile("yyyy-MM-dd HH:mm:ss"),
            NumericDatePattern.compile("yyyy-MM-dd'T'HH:mm:ss"),
            new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalEnd()
            .toFormatter()), false);

    /** In the plan's order, each a {@link NumericDatePattern} where it can be, else a {@link DateTimeFormatter}. */
    private final Object[] patterns;
    private final boolean excel;

    private DateParser(List<Object> patterns, boolean excel) {
        this.patterns = patterns.toArray();
        this.excel = excel;
    }

    /** @throws IllegalArgumentException when a pattern is not a valid {@link DateTimeFormatter} pattern */
    static DateParser of(List<String> patterns) {
        List<Object> compiled = new ArrayList<>();
        boolean excel = false;
        for (String pattern : patterns) {
            if (pattern.equals(EXCEL)) {
                excel = true;
                continue;
            }
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(prolepticYears(pattern));
            NumericDatePattern numeric = NumericDatePattern.compile(pattern);
            compiled.add(numeric != null ? numeric : formatter);
        }
        return new DateParser(compiled, excel);
    }

    /** The same patterns read by java.time alone, to hold the hand-made matcher to java.time's results. */
    static DateParser javaTimeOnly(List<String> patterns) {
        return new DateParser(patterns.stream()
                .<Object>map(p -> DateTimeFormatter.ofPattern(prolepticYears(p))).toList(), false);
    }

    /**
     * {@code yyyy} is the year of an era, which a strict parse cannot place without the era; users mean the plain
     * year {@code uuuu}. Quoted literals are left alone.
     */
    static String prolepticYears(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /** A {@code LocalDate}, a {@code LocalDateTime} when the text has a time, or null when no pattern fits. */
    Object parse(String text) {
        for (Object pattern : patterns) {
            if (pattern instanceof NumericDatePattern numeric) {
                Object value = numeric.parse(text);
                if (value != null) {
                    return value;
                }
                continue;
            }
            DateTimeFormatter formatter = (DateTimeFormatter) pattern;
            ParsePosition position = new ParsePosition(0);
            TemporalAccessor fields = formatter.parseUnresolved(text, position);
            if (fields != null && position.getErrorIndex() < 0 && position.getIndex() == text.length()) {
                // the shape fits but the date may not exist (1985-13-45): then a later pattern may still read it
                Object value = resolve(fields);
                if (value != null) {
                    return value;
                }
            }
        }
        return excel ? ExcelSerial.parse(text) : null;
    }

    private static Object resolve(TemporalAccessor fields) {
        long year;
        if (fields.isSupported(ChronoField.YEAR)) {
            year = fields.getLong(ChronoField.YEAR);
        } else if (fields.isSupported(ChronoField.YEAR_OF_ERA)) {
            year = fields.getLong(ChronoField.YEAR_OF_ERA);
        } else {
            return null;
        }
        if (!fields.isSupported(ChronoField.MONTH_OF_YEAR) || !fields.isSupported(ChronoField.DAY_OF_MONTH)) {
            return null;
        }
        long month = fields.getLong(ChronoField.MONTH_OF_YEAR);
        long day = fields.getLong(ChronoField.DAY_OF_MONTH);
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1
                || day > LocalDate.of((int) year, (int) month, 1).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of((int) year, (int) month, (int) day);
        if (!fields.isSupported(ChronoField.HOUR_OF_DAY)) {
            return date;
        }
        long hour = fields.getLong(ChronoField.HOUR_OF_DAY);
        long minute = value(fields, ChronoField.MINUTE_OF_HOUR);
        long second = value(fields, ChronoField.SECOND_OF_MINUTE);
        long nano = value(fields, ChronoField.NANO_OF_SECOND);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return LocalDateTime.of(date, LocalTime.of((int) hour, (int) minute, (int) second, (int) nano));
    }

    private static long value(TemporalAccessor fields, ChronoField field) {
        return fields.isSupported(field) ? fields.getLong(field) : 0;
    }
}
